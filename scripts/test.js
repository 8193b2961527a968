// `npm test`: lint and format checks, unit tests under Node, then the integration and screenshot tests in a real
// VS Code, then the .vsix install and web tests, closing with one line "N passed, N failed" and a non-zero exit
// on any failure.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const Mocha = require('mocha');

const root = path.join(__dirname, '..');

function unitFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return unitFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

function runUnitTests() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000 });
  for (const file of unitFiles(path.join(root, 'out', 'test', 'unit')).sort()) mocha.addFile(file);
  return new Promise(resolve => {
    const runner = mocha.run();
    runner.on('end', () => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}

// A file inside an installed package, past its "exports" map.
const packageFile = (name, file) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

// eslint and prettier --check, each counted as one test: their own output says what to fix.
function runCodeChecks() {
  const checks = [
    ['lint (eslint)', packageFile('eslint', 'bin/eslint.js'), ['.']],
    ['format (prettier --check)', packageFile('prettier', 'bin/prettier.cjs'), ['--check', '--log-level', 'warn', '.']],
  ];
  let passed = 0;
  let failed = 0;
  for (const [name, bin, args] of checks) {
    const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
    if (run.status === 0) passed++;
    else failed++;
    console.log(
      `${run.status === 0 ? '✔' : '✘'} ${name}${run.status === 0 ? '' : ' found problems: `npm run format` fixes formatting'}`,
    );
  }
  return { passed, failed };
}

// A script that runs tests in a real VS Code and writes {"passed","failed"} to $NEWS_LENS_RESULTS.
function runVscodeTests(script = 'run-vscode-tests.js', what = 'VS Code integration tests') {
  const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-results-')), 'results.json');
  const run = spawnSync(process.execPath, [path.join(__dirname, 'runners', script)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEWS_LENS_RESULTS: resultsFile },
  });
  try {
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    // A run that crashed after writing its counts still failed.
    return { passed: results.passed, failed: results.failed + (run.status === 0 ? 0 : Number(results.failed === 0)) };
  } catch {
    console.log(`The ${what} did not report results (exit ${run.status}).`);
    return { passed: 0, failed: 1 };
  } finally {
    fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv[2];
  const totals = { passed: 0, failed: 0 };
  const add = r => {
    totals.passed += r.passed;
    totals.failed += r.failed;
  };
  if (!only || only === 'lint') add(runCodeChecks());
  if (!only || only === 'unit') add(await runUnitTests());
  if (!only || only === 'vscode') add(runVscodeTests());
  if (!only || only === 'vscode') add(runVscodeTests('run-ship-tests.js', 'install and web tests'));
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
}

main();
