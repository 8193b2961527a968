// `npm start`: opens seeds/ in VS Code with News Lens loaded — desktop VS Code if found, else code-server in the browser (Ctrl+C stops it).
'use strict';
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const host = require('./lib/vscode-host');
const { ensureTestEnv, which } = require('./ensure-deps');

const ROOT = host.ROOT;
const SEEDS = path.join(ROOT, 'seeds');
const FIRST_SEED = path.join(SEEDS, '000_d6490ba55f8250cf.txt');
const SMOKE = process.env.NEWS_LENS_START_SMOKE === '1'; // start, check the URL answers 200, stop
const NO_OPEN = process.argv.includes('--no-open');

const log = m => process.stderr.write(`[start] ${m}\n`);

function openBrowser(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  const opener = which('xdg-open') || which('chromium');
  if (!opener) return false;
  try {
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const desktop = SMOKE ? null : host.findDesktopCode();
  if (desktop) {
    log(`opening desktop VS Code: ${desktop}`);
    const r = spawnSync(desktop, [`--extensionDevelopmentPath=${ROOT}`, SEEDS, FIRST_SEED], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    return r.status ?? 1;
  }

  ensureTestEnv();
  const server = await host.startCodeServer({ port: Number(process.env.PORT) || 8080 });
  const url = host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: ROOT, openFile: FIRST_SEED });
  let stopping = false;
  const stop = async code => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => {
    log('stopping');
    stop(0);
  });
  process.on('SIGTERM', () => stop(0));

  if (SMOKE) {
    const status = await host.httpStatus(url, 10000);
    console.log(url);
    console.log(`start smoke: HTTP ${status} from code-server on port ${server.port}`);
    return stop(status === 200 ? 0 : 1);
  }

  const bar = '='.repeat(72);
  console.log(
    `\n${bar}\n News Lens is running in VS Code (code-server). Open this URL in a browser:\n\n ${url}\n\n` +
      ` (server: http://127.0.0.1:${server.port}/ , log: ${server.logFile})\n Press Ctrl+C to stop.\n${bar}\n`,
  );
  if (!NO_OPEN && openBrowser(url)) log('opened in the browser');

  server.child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`code-server exited (${code ?? signal}); last log lines:\n${host.tail(server.logFile)}`);
    stop(1);
  });
  return new Promise(() => {}); // run until Ctrl+C
}

main().then(
  code => process.exit(code),
  err => {
    console.error(`[start] error: ${err.message}`);
    process.exit(1);
  },
);
