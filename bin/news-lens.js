#!/usr/bin/env node
// The news-lens command: runs the bundled CLI, building it first on a fresh clone.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  const quietly = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-deps.js')], quietly);
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--bundle-only'], quietly);
}
require(cli);
