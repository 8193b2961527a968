// Builds the extension (desktop and web), worker and CLI bundles with esbuild, and compiles sources and tests with tsc into out/.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const esbuild = require('esbuild');
const { root, BUNDLES, WEB_TEST_SUITE } = require('./lib/bundles');

const bundleOnly = process.argv.includes('--bundle-only');

async function main() {
  const results = await Promise.all(BUNDLES.map(options => esbuild.build(options)));
  // What went into the extension bundle, for the guard that keeps the annotators out of it.
  const extension = results.find(result => result.metafile);
  fs.writeFileSync(path.join(root, 'dist', 'extension.meta.json'), JSON.stringify(extension.metafile));
  if (bundleOnly) return;
  // A fresh out/: tsc never deletes what a removed source compiled to, and mocha would run a stale test.
  fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
  // tsc both type-checks everything and emits the tests (with the sources they import) for mocha.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit', cwd: root });
  await esbuild.build(WEB_TEST_SUITE);
}

main().catch(() => {
  process.exitCode = 1; // esbuild and tsc have printed the errors
});
