#!/usr/bin/env node
// The news-lens command: runs the bundled CLI, building it first on a fresh clone.
const fs = require('fs');
const path = require('path');
const { execFileSync, spawn } = require('child_process');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  const quietly = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-deps.js')], quietly);
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--bundle-only'], quietly);
}

// The annotating workers fill the cores, so V8's parallel garbage-collection threads only compete with them:
// without them two workers annotate 20x ECB+ 1.8x as fast as one on two cores, with them 1.6x. V8 takes the
// flag only when a process starts, so the CLI runs in a process of its own started with it. glibc keeps
// memory freed by each thread in arenas of its own; two arenas hold two workers' peak on 5x ECB+ at 270
// instead of 287 MB, for the same time.
const SINGLE_THREADED_GC = '--single-threaded-gc';
if (process.execArgv.includes(SINGLE_THREADED_GC)) {
  require(cli);
} else {
  const args = [SINGLE_THREADED_GC, ...process.execArgv, cli, ...process.argv.slice(2)];
  const env = { MALLOC_ARENA_MAX: '2', ...process.env };
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of forwarded) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of forwarded) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
}
