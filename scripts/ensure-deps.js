// Installs what `npm start` / `npm test` need (extension deps; for code-server also apt packages, rg cache, test-env), and does nothing when it is already there.
'use strict';
// Only Node built-ins here: this runs before node_modules exists.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const TEST_ENV = path.join(ROOT, 'test-env');
const HASH_FILE = '.news-lens-deps-hash';
// fonts-liberation is only a recommendation of Chromium's, but screenshots need its fonts; parallel (GNU
// parallel) runs the test of the README's map/reduce recipe.
const APT_PACKAGES = ['chromium', 'fonts-liberation', 'libkrb5-dev', 'ripgrep', 'parallel'];
// @vscode/ripgrep inside code-server 4.100.3 downloads rg in its postinstall; we hand it Debian's rg instead.
const RG_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RG_ASSET = `ripgrep-v13.0.0-10-${os.arch() === 'arm64' ? 'aarch64' : 'x86_64'}-unknown-linux-musl.tar.gz`;

const log = msg => process.stderr.write(`[ensure-deps] ${msg}\n`);

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const file = path.join(dir, cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* next */
    }
  }
  return null;
}

function run(cmd, args, opts = {}) {
  const started = Date.now();
  // Child output goes to stderr so stdout stays for test results.
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], shell: process.platform === 'win32', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  return Date.now() - started;
}

// Hash of the lockfile plus the Node ABI (native addons must be rebuilt for another Node).
function lockHash(dir) {
  const lock = path.join(dir, 'package-lock.json');
  if (!fs.existsSync(lock)) return null;
  return crypto
    .createHash('sha256')
    .update(fs.readFileSync(lock))
    .update(`\n${process.platform}-${process.arch}-abi${process.versions.modules}`)
    .digest('hex');
}

function isUpToDate(dir, hash) {
  try {
    return fs.readFileSync(path.join(dir, 'node_modules', HASH_FILE), 'utf8').trim() === hash;
  } catch {
    return false;
  }
}

function npmCi(dir, label, env) {
  const hash = lockHash(dir);
  if (hash && isUpToDate(dir, hash)) return false;
  log(`${label}: installing (npm ${hash ? 'ci' : 'install'}) ...`);
  const ms = run('npm', [hash ? 'ci' : 'install', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: { ...process.env, ...env },
  });
  const newHash = lockHash(dir); // `npm install` may just have written the lockfile
  if (newHash) fs.writeFileSync(path.join(dir, 'node_modules', HASH_FILE), newHash + '\n');
  log(`${label}: done in ${(ms / 1000).toFixed(0)} s`);
  return true;
}

/** (a) The extension's own node_modules, from package-lock.json. */
function ensureExtensionDeps() {
  return npmCi(ROOT, 'extension deps');
}

function ensureAptPackages(needKrb) {
  const missing = [];
  if (!fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep');
  if (!which('parallel')) missing.push('parallel');
  if (needKrb && !fs.existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const isRoot = process.getuid && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    throw new Error(
      `missing system packages: ${missing.join(', ')}. Install them first, e.g. ` +
        `\`sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}\` (Debian/Ubuntu; /usr/bin/chromium, rg and parallel on PATH are needed).`,
    );
  }
  log(`apt: installing ${APT_PACKAGES.join(' ')} (missing: ${missing.join(', ')}) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let ms = run('apt-get', ['update'], { env });
  // Without recommended packages: Chromium alone would otherwise bring printers, avahi and ~480 MB.
  const install = ['install', '-y', '--no-install-recommends', ...APT_PACKAGES];
  const plan = spawnSync('apt-get', ['--simulate', ...install], { env, encoding: 'utf8' });
  const packages = (plan.stdout || '')
    .split('\n')
    .filter(line => line.startsWith('Inst '))
    .map(line => line.split(' ')[1]);
  log(`apt: ${packages.length} packages to install: ${packages.join(' ')}`);
  ms += run('apt-get', install, { env });
  log(`apt: done in ${(ms / 1000).toFixed(0)} s`);
}

function ensureRgCache() {
  const file = path.join(RG_CACHE, RG_ASSET);
  if (fs.existsSync(file)) return;
  const rg = which('rg');
  if (!rg) throw new Error('rg (ripgrep) not found on PATH');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync(rg, path.join(tmp, 'rg')); // follows symlinks; the archive must hold a file named rg
  fs.chmodSync(path.join(tmp, 'rg'), 0o755);
  fs.mkdirSync(RG_CACHE, { recursive: true });
  run('tar', ['czf', file, '-C', tmp, 'rg']);
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`rg cache: ${file}`);
}

/** (b) Everything the code-server route needs: apt packages, rg cache, test-env/node_modules. */
function ensureTestEnv() {
  const hash = lockHash(TEST_ENV);
  const needInstall = !hash || !isUpToDate(TEST_ENV, hash);
  if (needInstall && process.versions.node.split('.')[0] !== '20') {
    throw new Error(`test-env (code-server 4.100.3) needs Node 20; this is Node ${process.versions.node}`);
  }
  ensureAptPackages(needInstall);
  if (!needInstall) return false;
  ensureRgCache();
  // unsafe_perm: code-server's postinstall stops as root without it; yes: node-pty's postinstall runs `npx node-gyp`.
  return npmCi(TEST_ENV, 'test-env (code-server + playwright-core)', {
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
  });
}

module.exports = { ensureExtensionDeps, ensureTestEnv, lockHash, which, ROOT, TEST_ENV };

if (require.main === module) {
  // CLI: `node scripts/ensure-deps.js [--test-env]`
  try {
    ensureExtensionDeps();
    if (process.argv.includes('--test-env')) ensureTestEnv();
  } catch (err) {
    log(`error: ${err.message}`);
    process.exit(1);
  }
}
