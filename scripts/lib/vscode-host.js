// Shared helpers to run the extension in a real VS Code: find desktop VS Code, start/stop code-server, build its URL, launch headless Chromium.
'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const http = require('http');
const { spawn } = require('child_process');
const { which, ROOT, TEST_ENV } = require('../ensure-deps');

const CODE_SERVER_ENTRY = path.join(TEST_ENV, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.NEWS_LENS_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Desktop VS Code CLI: $NEWS_LENS_VSCODE_EXECUTABLE, else `code` on PATH (not code-server's remote CLI shim). */
function findDesktopCode() {
  const env = process.env.NEWS_LENS_VSCODE_EXECUTABLE;
  if (env) return fs.existsSync(env) ? env : null;
  const code = which(process.platform === 'win32' ? 'code.cmd' : 'code');
  return code && !code.includes(`${path.sep}remote-cli${path.sep}`) ? code : null;
}

/** The Electron binary behind a `code` CLI script (what @vscode/test-electron wants); the path itself if it isn't a CLI script. */
function electronFor(cli) {
  const real = fs.realpathSync(cli);
  if (path.basename(path.dirname(real)) !== 'bin') return real;
  const candidates =
    {
      linux: [path.resolve(real, '..', '..', path.basename(real))], // /usr/share/code/bin/code -> /usr/share/code/code
      darwin: [path.resolve(real, '..', '..', '..', '..', 'MacOS', 'Electron')],
      win32: [path.resolve(real, '..', '..', 'Code.exe'), path.resolve(real, '..', '..', 'Code - Insiders.exe')],
    }[process.platform] || [];
  return candidates.find(c => fs.existsSync(c)) || real;
}

function isPortFree(port, host = '127.0.0.1') {
  return new Promise(resolve => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** `preferred` or the next free port after it; a random free port when not given. */
async function findFreePort(preferred) {
  if (preferred) {
    for (let p = preferred; p < preferred + 50; p++) if (await isPortFree(p)) return p;
    throw new Error(`no free port in ${preferred}..${preferred + 49}`);
  }
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise(resolve => {
    const req = http.get(url, res => {
      res.resume();
      resolve(res.statusCode);
    });
    req.setTimeout(timeoutMs, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Quiet user settings for a fresh user-data dir (no git prompt about the parent repo, no welcome page). */
function writeUserSettings(userDataDir, settings = {}) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'git.openRepositoryInParentFolders': 'never',
        'workbench.startupEditor': 'none',
        'extensions.ignoreRecommendations': true,
        ...settings,
      },
      null,
      2,
    ),
  );
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Start code-server on 127.0.0.1 in its own process group with its own temp dirs.
 * `env` is added to this process's env (code-server passes it on to the extension host).
 * `extensionsDir`: installed extensions to load (default: a fresh, empty folder); `settings`: user settings to add.
 * Returns { port, pid, dir, logFile, stop() }.
 */
async function startCodeServer({
  env = {},
  port,
  timeoutMs = 60000,
  extensionsDir,
  settings,
  workspaceTrust = false,
} = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY))
    throw new Error(`code-server not installed (${CODE_SERVER_ENTRY}); run ensureTestEnv() first`);
  port = await findFreePort(port);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-vscode-'));
  const logFile = path.join(dir, 'server.log');
  writeUserSettings(path.join(dir, 'user-data'), settings);
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      path.join(dir, 'user-data'),
      '--extensions-dir',
      extensionsDir || path.join(dir, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    ],
    {
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(dir, 'c'),
        XDG_DATA_HOME: path.join(dir, 'd'),
        XDG_CACHE_HOME: path.join(dir, 'k'),
        ...env,
      },
      stdio: ['ignore', out, out],
      detached: true, // own process group: server, extension hosts, watchers
    },
  );
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  let stopped = false;
  const killGroup = sig => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* gone */
    }
  };
  const onExit = () => {
    killGroup('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }; // never leave a server behind
  process.on('exit', onExit);
  const server = {
    port,
    pid: child.pid,
    dir,
    logFile,
    child,
    get exited() {
      return exited;
    },
    async stop({ keepDir = false } = {}) {
      if (stopped) return;
      stopped = true;
      killGroup('SIGTERM');
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      killGroup('SIGKILL');
      process.removeListener('exit', onExit);
      if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + timeoutMs;
  while ((await httpStatus(`http://127.0.0.1:${port}/healthz`, 1000)) !== 200) {
    if (exited || Date.now() > deadline) {
      const why = exited ? `exited (${exited.code ?? exited.signal})` : `not healthy after ${timeoutMs / 1000} s`;
      const logText = tail(logFile);
      await server.stop();
      throw new Error(`code-server ${why}; last log lines:\n${logText}`);
    }
    await sleep(200);
  }
  return server;
}

/** vscode-remote:// URI for an absolute path; the authority must match the page's host:port. */
const remoteUri = (port, p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p).split(path.sep).join('/')}`;

/**
 * Workbench URL opening `folder`. `payload` maps keys to values; values for
 * extensionDevelopmentPath, extensionTestsPath and openFile are local paths, turned into remote URIs here.
 */
function workbenchUrl(port, folder, payload = {}) {
  const uriKeys = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'openFile']);
  const pairs = Object.entries({ skipWelcome: 'true', ...payload }).map(([k, v]) => [
    k,
    uriKeys.has(k) ? remoteUri(port, v) : String(v),
  ]);
  return (
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}` +
    `&payload=${encodeURIComponent(JSON.stringify(pairs))}`
  );
}

/** playwright-core lives in test-env/, not in the extension's node_modules. */
function playwright() {
  return require(require.resolve('playwright-core', { paths: [TEST_ENV] }));
}

/** Headless Debian Chromium with the flags that work on a closed network, as root. */
async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found (apt-get install chromium, or set NEWS_LENS_CHROMIUM)`);
  return playwright().chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Runs `work({ server, browser })` against a fresh code-server and browser, then closes both: for the
 * screenshot scripts run on their own (`node scripts/screenshot.js`). `work` returns true when it passed.
 */
function runStandalone(work) {
  (async () => {
    require('../ensure-deps').ensureTestEnv();
    const server = await startCodeServer();
    const browser = await launchBrowser();
    try {
      process.exitCode = (await work({ server, browser })) ? 0 : 1;
    } finally {
      await browser.close();
      await server.stop();
    }
  })().catch(err => {
    console.error(err);
    process.exit(1);
  });
}

/** The News Lens view container in the activity bar. */
const NEWS_LENS_VIEW = '[id="workbench.view.extension.newsLens"]';

/** Runs a command by its title from the Command Palette of a workbench page. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

module.exports = {
  NEWS_LENS_VIEW,
  runCommand,
  runStandalone,
  ROOT,
  TEST_ENV,
  CODE_SERVER_ENTRY,
  findDesktopCode,
  electronFor,
  findFreePort,
  isPortFree,
  httpStatus,
  startCodeServer,
  writeUserSettings,
  remoteUri,
  workbenchUrl,
  launchBrowser,
  tail,
  sleep,
};
