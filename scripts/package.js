// `npm run package`: builds the bundles and packs them with @vscode/vsce into news-lens-<version>.vsix.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const MAX_BYTES = 2 * 1024 * 1024;

/** Builds and packs the extension; returns the .vsix path (default: news-lens-<version>.vsix in the repo). */
function packageVsix({ out } = {}) {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  out ??= path.join(ROOT, `${name}-${version}.vsix`);
  const quietly = { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(process.execPath, [path.join(__dirname, 'build.js'), '--bundle-only'], quietly);
  // The bundles carry their dependencies (--no-dependencies). No repository is published yet, and the
  // license may not be there yet: vsce would otherwise stop and ask. The README's pictures are in the
  // package (media/screenshots), so its relative links stay as they are.
  const flags = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];
  if (!fs.readdirSync(ROOT).some(f => /^licen[cs]e/i.test(f))) flags.push('--skip-license');
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', ...flags, '--out', out], quietly);
  return out;
}

module.exports = { packageVsix, MAX_BYTES };

if (require.main === module) {
  try {
    const vsix = packageVsix();
    const bytes = fs.statSync(vsix).size;
    console.log(`${path.relative(process.cwd(), vsix)}: ${(bytes / 1024).toFixed(0)} KB`);
    if (bytes > MAX_BYTES) {
      console.error(
        `larger than ${MAX_BYTES / 1024 / 1024} MB: see \`npx vsce ls --no-dependencies\` for what goes in`,
      );
      process.exitCode = 1;
    }
  } catch (err) {
    console.error(`package: ${err.message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}
