// The new user's path, in the browser-hosted VS Code of the tests: the .vsix is built, checked for size
// and contents, installed with `code-server --install-extension`, and works on the seeds with nothing
// under development; then the web build runs in the web worker extension host and works on the seeds;
// then the seeds open untrusted (Restricted Mode), where News Lens reads and writes nothing.
// Prints one line per test and writes {"passed","failed"} to $NEWS_LENS_RESULTS.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const host = require('../lib/vscode-host');
const { ensureTestEnv } = require('../ensure-deps');
const { packageVsix, MAX_BYTES } = require('../package');

const ROOT = host.ROOT;
const SEEDS = path.join(ROOT, 'seeds');
const PROBE = path.join(ROOT, 'test', 'package', 'probe');
const INSTALLED_SUITE = path.join(ROOT, 'out', 'test', 'package', 'installed.js');
const WEB_SUITE = path.join(ROOT, 'out', 'test', 'web', 'suite.bundle.js');
const RESTRICTED_SUITE = path.join(ROOT, 'out', 'test', 'package', 'restricted.js');
const SERVER_LOG = path.join(ROOT, 'test-output', 'ship-code-server.log'); // the servers' logs, one after another
const RESULTS_FILE = 'news-lens-test-results.json'; // written by test/package/checks.ts
const SUITE_TIMEOUT_MS = 3 * 60 * 1000;
// What the installed extension may hold, relative to its folder; anything else is a packaging leak.
const ALLOWED =
  /^(package\.json|readme\.md|changelog\.md|license(\.\w+)?|\.vsixmanifest|media\/.+|syntaxes\/.+|dist\/(web\/extension|extension|annotate-worker)\.js)$/i;

const log = m => process.stderr.write(`[ship-tests] ${m}\n`);
const results = [];
const record = (name, ok, error) => {
  results.push({ name, ok });
  console.log(`  ${ok ? '✔' : '✘'} ${name}${ok ? '' : ` — ${error}`}`);
};

function filesUnder(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    );
}

/** A throwaway copy of the seeds: the suites write their results there, and the sidecars stay out of the repo. */
function seedsCopy(tmp, name) {
  const dir = path.join(tmp, name);
  fs.cpSync(SEEDS, dir, { recursive: true });
  return dir;
}

/** Opens `folder` with `payload`, waits for the suite to finish, and records the results it wrote. */
async function runSuite({ server, browser, folder, payload, label }) {
  const page = await browser.newPage();
  let done;
  const exited = new Promise(resolve => {
    done = resolve;
  });
  await page.exposeFunction('codeAutomationExit', code => done(code)); // before goto
  await page.goto(host.workbenchUrl(server.port, folder, payload), { timeout: 60000 });
  let timer;
  const code = await Promise.race([
    exited,
    new Promise(resolve => {
      timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  await page.close().catch(() => {});
  let checks = [];
  try {
    checks = JSON.parse(fs.readFileSync(path.join(folder, RESULTS_FILE), 'utf8'));
  } catch {
    /* reported below */
  }
  for (const check of checks) record(`${label}: ${check.name}`, check.ok, check.error);
  if (checks.length === 0 || (code !== 0 && checks.every(c => c.ok))) {
    record(
      `${label}: the suite ran`,
      false,
      `exit ${code}, ${checks.length} results (see test-output/ship-code-server.log)`,
    );
  }
}

/** Starts a code-server with `server` options, runs a suite on a fresh copy of the seeds, and keeps the server's log. */
async function runOnFreshServer(tmp, browser, { server: options, label, seeds, payload }) {
  const server = await host.startCodeServer(options);
  try {
    await runSuite({ server, browser, folder: seedsCopy(tmp, seeds), label, payload });
  } finally {
    fs.appendFileSync(SERVER_LOG, fs.readFileSync(server.logFile));
    await server.stop();
  }
}

async function installTest(tmp, browser) {
  const vsix = packageVsix({ out: path.join(tmp, 'news-lens.vsix') });
  const bytes = fs.statSync(vsix).size;
  record(`the .vsix is at most 2 MB (${(bytes / 1024).toFixed(0)} KB)`, bytes <= MAX_BYTES, `${bytes} bytes`);

  const extensionsDir = path.join(tmp, 'extensions');
  execFileSync(
    process.execPath,
    [
      host.CODE_SERVER_ENTRY,
      '--install-extension',
      vsix,
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      path.join(tmp, 'install-user-data'),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const installed = fs.readdirSync(extensionsDir).filter(name => name.startsWith('news-lens.news-lens-'));
  record(
    'code-server --install-extension installs the .vsix',
    installed.length === 1,
    `extensions folder: ${fs.readdirSync(extensionsDir).join(', ')}`,
  );
  if (installed.length !== 1) return;
  const leaks = filesUnder(path.join(extensionsDir, installed[0])).filter(file => !ALLOWED.test(file));
  record(
    'the installed extension holds only the bundles, media, grammar and docs',
    leaks.length === 0,
    `also: ${leaks.slice(0, 10).join(', ')}`,
  );

  await runOnFreshServer(tmp, browser, {
    server: { extensionsDir, env: { NEWS_LENS_EXTENSIONS_DIR: extensionsDir } },
    label: 'installed .vsix',
    seeds: 'install-seeds',
    payload: { extensionDevelopmentPath: PROBE, extensionTestsPath: INSTALLED_SUITE },
  });
}

async function webTest(tmp, browser) {
  // VS Code 1.100's browser workbench ignores the extensionDevelopmentKind payload key (it reads another
  // name), so the user setting puts News Lens in the web worker extension host, as vscode.dev would.
  await runOnFreshServer(tmp, browser, {
    server: { settings: { 'remote.extensionKind': { 'news-lens.news-lens': ['web'] } } },
    label: 'web build',
    seeds: 'web-seeds',
    payload: { extensionDevelopmentPath: ROOT, extensionTestsPath: WEB_SUITE },
  });
}

async function restrictedTest(tmp, browser) {
  // Workspace trust on and never asked for: the seeds' folder opens in Restricted Mode.
  await runOnFreshServer(tmp, browser, {
    server: {
      workspaceTrust: true,
      settings: {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
      },
    },
    label: 'Restricted Mode',
    seeds: 'restricted-seeds',
    payload: { extensionDevelopmentPath: ROOT, extensionTestsPath: RESTRICTED_SUITE },
  });
}

async function main() {
  for (const file of [INSTALLED_SUITE, WEB_SUITE, RESTRICTED_SUITE]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first`);
  }
  ensureTestEnv();
  fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  fs.writeFileSync(SERVER_LOG, '');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ship-'));
  const browser = await host.launchBrowser();
  try {
    for (const [name, test] of [
      ['install', installTest],
      ['web', webTest],
      ['restricted', restrictedTest],
    ]) {
      const started = Date.now();
      await test(tmp, browser).catch(err => record(`${name} test`, false, err.message.split('\n')[0]));
      log(`${name} test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const report = () => {
  const passed = results.filter(r => r.ok).length;
  const failed = results.length - passed;
  if (process.env.NEWS_LENS_RESULTS)
    fs.writeFileSync(process.env.NEWS_LENS_RESULTS, JSON.stringify({ passed, failed }) + '\n');
  console.log(`install, web and Restricted Mode: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
};
setTimeout(
  () => {
    record('install and web tests finish in time', false, 'watchdog');
    process.exit(report());
  },
  10 * 60 * 1000,
).unref();
main().then(
  () => process.exit(report()),
  err => {
    record('install and web tests', false, err.stack || String(err));
    process.exit(report());
  },
);
