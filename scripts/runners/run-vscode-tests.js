// Runs the integration tests (out/test/vscode) inside a real VS Code — desktop VS Code if found, else code-server + headless Chromium — then the screenshot smoke test.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const host = require('../lib/vscode-host');
const { ensureTestEnv } = require('../ensure-deps');
const { runScreenshotTest, runActorsScreenshot } = require('../screenshots/workbench');
const { runEventsScreenshots } = require('../screenshots/events');
const { runWalkthroughScreenshots } = require('../screenshots/walkthrough');
const { runOutlineScreenshot, runWordWrapScreenshots } = require('../screenshots/editor');
const { runEventsGroupingScreenshots } = require('../screenshots/events-groupings');
const { runDateHoverScreenshots } = require('../screenshots/date-hovers');

const ROOT = host.ROOT;
const SEED_SOURCE = path.join(ROOT, 'seeds');
// The tests open a copy of the seeds, so a test that edits an article can never change the committed ones;
// after the run the copy must still be byte-identical (the extension never writes an article).
const SEEDS = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-seeds-'));
for (const name of fs.readdirSync(SEED_SOURCE)) fs.copyFileSync(path.join(SEED_SOURCE, name), path.join(SEEDS, name));
const TESTS = path.join(ROOT, 'out', 'test', 'vscode'); // index.js exports run()
const OUT = path.join(ROOT, 'test-output');
const REPORT = path.join(OUT, 'vscode-report.txt'); // -> VSCODE_TEST_REPORT
const SUMMARY = path.join(OUT, 'vscode-summary.json'); // -> NEWS_LENS_TEST_SUMMARY
const TIMEOUT_MS = Number(process.env.NEWS_LENS_VSCODE_TIMEOUT_MS) || 5 * 60 * 1000;
const suiteEnv = { VSCODE_TEST_REPORT: REPORT, NEWS_LENS_TEST_SUMMARY: SUMMARY };

const log = m => process.stderr.write(`[vscode-tests] ${m}\n`);
const rel = p => path.relative(process.cwd(), p) || '.';

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise(r => {
      timer = setTimeout(() => r('timeout'), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Desktop route: @vscode/test-electron with the local install (downloads nothing). Resolves to an exit code. */
async function runInDesktop(codeCli) {
  const { runTests } = require('@vscode/test-electron');
  const vscodeExecutablePath = host.electronFor(codeCli);
  log(`desktop VS Code: ${vscodeExecutablePath}`);
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-vscode-'));
  host.writeUserSettings(userData);
  return runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS,
    extensionTestsEnv: suiteEnv,
    launchArgs: [
      SEEDS,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir',
      userData,
    ],
  })
    .then(
      () => 0,
      () => 1,
    )
    .finally(() => fs.rmSync(userData, { recursive: true, force: true }));
}

/** code-server route: the workbench calls codeAutomationExit(code) when run() settles. Resolves to an exit code or 'timeout'. */
async function runInCodeServer(server, browser) {
  const page = await browser.newPage();
  const wbLog = fs.createWriteStream(path.join(OUT, 'workbench.log'));
  let done;
  const exited = new Promise(r => {
    done = r;
  });
  await page.exposeFunction('codeAutomationExit', code => done(code)); // before goto
  await page.exposeFunction('codeAutomationLog', (level, args) =>
    wbLog.write(`${level} ${util.format(...[].concat(args))}\n`),
  );
  const url = host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: ROOT, extensionTestsPath: TESTS });
  await page.goto(url, { timeout: 60000 });
  const code = await withTimeout(exited, TIMEOUT_MS);
  await page.close().catch(() => {});
  wbLog.end();
  return code;
}

/** Lines of the extension host's logs where VS Code warns that News Lens read a resource setting without a resource. */
function configurationWarnings(server) {
  const logs = [];
  const walk = dir => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/exthost.*\.log$/i.test(entry.name)) logs.push(full);
    }
  };
  try {
    walk(path.join(server.dir, 'user-data', 'logs'));
  } catch {
    /* no logs yet */
  }
  const lines = logs.flatMap(file => fs.readFileSync(file, 'utf8').split('\n'));
  const warnings = lines.filter(
    line => /news-lens/i.test(line) && /resource/i.test(line) && /configuration/i.test(line),
  );
  return { logs: logs.length, warnings: [...new Set(warnings.map(line => line.replace(/^\S+ \S+ /, '')))] };
}

function readSummary() {
  try {
    return JSON.parse(fs.readFileSync(SUMMARY, 'utf8'));
  } catch {
    return null;
  }
}

async function main() {
  for (const f of [path.join(ROOT, 'dist', 'extension.js'), path.join(TESTS, 'index.js')]) {
    if (!fs.existsSync(f)) throw new Error(`${rel(f)} is missing: run \`npm run build\` first`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.rmSync(REPORT, { force: true });
  fs.rmSync(SUMMARY, { force: true });
  const started = Date.now();
  let suiteExit;
  let shot = null;
  let actorsShot = null;
  let eventsShots = null;
  let walkthroughShots = null;
  let editorShots = null;
  let configWarnings = null;

  const desktop = host.findDesktopCode();
  if (desktop) {
    suiteExit = await withTimeout(runInDesktop(desktop), TIMEOUT_MS);
  } else {
    ensureTestEnv();
  }
  // The screenshot test always needs code-server; with desktop VS Code it runs only if test-env is already installed.
  const useServer = !desktop || (fs.existsSync(host.CODE_SERVER_ENTRY) && fs.existsSync('/usr/bin/chromium'));
  if (useServer) {
    // Articles wrapped, as after the word-wrap offer: its notification would cover the other screenshots
    // (runWordWrapScreenshots shows it on a server of its own, with VS Code's defaults).
    const wrapped = { 'editor.wordWrap': 'on' };
    const server = await host.startCodeServer({
      env: suiteEnv,
      settings: { '[plaintext]': wrapped, '[markdown]': wrapped },
    });
    log(`code-server on port ${server.port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    let browser;
    try {
      browser = await host.launchBrowser();
      if (!desktop) {
        suiteExit = await runInCodeServer(server, browser);
        log(`suite finished: ${suiteExit} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
      shot = await runScreenshotTest({ server, browser });
      actorsShot = await runActorsScreenshot({ server, browser });
      eventsShots = await runEventsScreenshots({ server, browser });
      walkthroughShots = await runWalkthroughScreenshots({ server, browser });
      const outline = await runOutlineScreenshot({ server, browser });
      const groupings = await runEventsGroupingScreenshots({ server, browser });
      const hovers = await runDateHoverScreenshots({ server, browser });
      configWarnings = configurationWarnings(server);
      const wrap = await runWordWrapScreenshots({ browser });
      editorShots = { outline, groupings, hovers, wrap };
    } finally {
      if (browser) await browser.close().catch(() => {});
      fs.copyFileSync(server.logFile, path.join(OUT, 'code-server.log'));
      await server.stop();
    }
  } else {
    log('screenshot smoke test skipped: needs test-env (code-server) and /usr/bin/chromium');
  }

  // Report.
  if (fs.existsSync(REPORT)) process.stdout.write(fs.readFileSync(REPORT, 'utf8'));
  const summary = readSummary();
  let passed = summary ? summary.passed : 0;
  let failed = summary ? summary.failed : 0;
  if (suiteExit === 'timeout') {
    console.log(
      `VS Code integration tests TIMED OUT after ${TIMEOUT_MS / 1000} s ` +
        `(see ${rel(path.join(OUT, 'code-server.log'))}, ${rel(path.join(OUT, 'workbench.log'))})`,
    );
  }
  if (!summary || passed + failed === 0 || (suiteExit !== 0 && failed === 0)) {
    console.log(
      `VS Code integration suite did not run properly (exit ${suiteExit}, summary ${summary ? JSON.stringify(summary) : 'missing'})`,
    );
    failed += 1;
  }
  const changedSeeds = fs
    .readdirSync(SEED_SOURCE)
    .filter(name => !fs.readFileSync(path.join(SEED_SOURCE, name)).equals(fs.readFileSync(path.join(SEEDS, name))));
  console.log(
    `the seed articles after the tests: ${changedSeeds.length ? `CHANGED ON DISK: ${changedSeeds.join(', ')}` : 'unchanged'}`,
  );
  if (changedSeeds.length) failed += 1;
  else passed += 1;
  fs.rmSync(SEEDS, { recursive: true, force: true });
  if (summary && summary.failures.length)
    console.log(`failed tests:\n${summary.failures.map(t => `  - ${t}`).join('\n')}`);
  if (shot) {
    console.log(`screenshot: ${rel(shot.file)}`);
    console.log(
      `screenshot smoke test: ${shot.ok ? 'passed' : `FAILED (${shot.error})`} — hover: ${shot.hover ? 'yes' : 'no'}, Events rows: ${shot.rows}`,
    );
    if (shot.ok) passed += 1;
    else failed += 1;
  }
  if (actorsShot) {
    console.log(`screenshot: ${rel(actorsShot.file)}`);
    console.log(
      `Actors view screenshot test: ${actorsShot.ok ? 'passed' : `FAILED (${actorsShot.error})`} — rows: ${actorsShot.rows}, mention revealed: ${actorsShot.revealed ? 'yes' : 'no'}, F2 says no rename: ${actorsShot.noRename ? 'yes' : 'no'}`,
    );
    if (actorsShot.ok) passed += 1;
    else failed += 1;
  }
  if (eventsShots) {
    for (const file of eventsShots.files) console.log(`screenshot: ${rel(file)}`);
    console.log(
      `events screenshots: ${eventsShots.ok ? 'passed' : `FAILED (${eventsShots.error})`} — selected from the cursor: "${eventsShots.selected}", timeline lanes: ${eventsShots.lanes}`,
    );
    if (eventsShots.ok) passed += 1;
    else failed += 1;
  }
  if (walkthroughShots) {
    for (const file of walkthroughShots.files) console.log(`screenshot: ${rel(file)}`);
    const { article, hover, peek, events } = walkthroughShots.steps;
    console.log(
      `walkthrough screenshots: ${walkthroughShots.ok ? 'passed' : `FAILED (${walkthroughShots.error})`} — article: ${article || 'none'}, hover: ${hover ? 'yes' : 'no'}, peek rows: ${peek}, Events rows: ${events}`,
    );
    if (walkthroughShots.ok) passed += 1;
    else failed += 1;
  }
  if (editorShots) {
    const { outline, groupings, hovers, wrap } = editorShots;
    for (const file of [outline.file, ...groupings.files, ...hovers.files, ...wrap.files])
      console.log(`screenshot: ${rel(file)}`);
    const report = [
      [
        'outline screenshot',
        outline,
        `breadcrumb: ${outline.breadcrumbs.join(' › ')}; sticky: ${outline.sticky.join(' | ') || 'none'}`,
      ],
      [
        'events grouping screenshots',
        groupings,
        Object.entries(groupings.groups)
          .map(([by, g]) => `by ${by}: ${g.groups} groups`)
          .join(', ') + (groupings.codes.length ? `; ${groupings.codes.length} labels show a code or file name` : ''),
      ],
      [
        'date hover screenshots',
        hovers,
        hovers.codes.length ? `${hovers.codes.length} cards show a TIMEX3 code` : 'no TIMEX3 code outside small print',
      ],
      [
        'word-wrap screenshots',
        wrap,
        `offered: ${wrap.offered ? 'yes' : 'no'}, wrapped: ${wrap.wrapped ? 'yes' : 'no'}`,
      ],
    ];
    for (const [name, shot, detail] of report) {
      console.log(`${name}: ${shot.ok ? 'passed' : `FAILED (${shot.error})`} — ${detail}`);
      if (shot.ok) passed += 1;
      else failed += 1;
    }
  }
  if (configWarnings) {
    const clean = configWarnings.logs > 0 && configWarnings.warnings.length === 0;
    console.log(
      `no configuration warning at activation: ${clean ? 'passed' : `FAILED (${configWarnings.logs ? configWarnings.warnings.join('; ') : 'no extension host log found'})`}`,
    );
    if (clean) passed += 1;
    else failed += 1;
  }
  if (process.env.NEWS_LENS_RESULTS)
    fs.writeFileSync(process.env.NEWS_LENS_RESULTS, JSON.stringify({ passed, failed }) + '\n');
  log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`vscode: ${passed} passed, ${failed} failed`); // plain closing line
  return failed === 0 ? 0 : 1;
}

// Watchdog in case something outside the suite timeout hangs (server start, browser); exit handlers kill the server group.
const WATCHDOG_MS = TIMEOUT_MS + 5 * 60 * 1000; // suite + install check, server start, screenshot test
setTimeout(() => {
  log(`giving up after ${WATCHDOG_MS / 1000} s`);
  process.exit(1);
}, WATCHDOG_MS).unref();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

main().then(
  code => process.exit(code),
  err => {
    console.error(`[vscode-tests] error: ${err.stack || err}`);
    if (process.env.NEWS_LENS_RESULTS)
      fs.writeFileSync(process.env.NEWS_LENS_RESULTS, JSON.stringify({ passed: 0, failed: 1 }) + '\n');
    process.exit(1);
  },
);
