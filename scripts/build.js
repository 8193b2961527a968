// Builds the extension and CLI bundles with esbuild, and compiles sources and tests with tsc into out/.
const path = require('path');
const { execFileSync } = require('child_process');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const bundleOnly = process.argv.includes('--bundle-only');

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// Minified: the extension host parses this bundle before activation.
esbuild.buildSync({ ...common, minify: true, entryPoints: [path.join(root, 'src/extension.ts')], outfile: path.join(root, 'dist/extension.js'), external: ['vscode'] });
esbuild.buildSync({ ...common, entryPoints: [path.join(root, 'src/cli/news-lens.ts')], outfile: path.join(root, 'dist/cli.js') });
esbuild.buildSync({ ...common, entryPoints: [path.join(root, 'src/node/annotate-worker.ts')], outfile: path.join(root, 'dist/annotate-worker.js') });
esbuild.buildSync({ ...common, entryPoints: [path.join(root, 'src/core/annotate.ts')], outfile: path.join(root, 'dist/annotate-inline.js') });

if (!bundleOnly) {
  // tsc both type-checks everything and emits the tests (with the sources they import) for mocha.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit', cwd: root });
}
