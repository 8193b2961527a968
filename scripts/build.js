// Builds the extension (desktop and web), worker and CLI bundles with esbuild, and compiles sources and tests with tsc into out/.
const path = require('path');
const { execFileSync } = require('child_process');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const bundleOnly = process.argv.includes('--bundle-only');
const src = (file) => path.join(root, 'src', file);
const dist = (file) => path.join(root, 'dist', file);

const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// Minified: the extension host parses these bundles before activation, and they go into the .vsix.
esbuild.buildSync({ ...node, minify: true, entryPoints: [src('extension.ts')], outfile: dist('extension.js'), external: ['vscode'] });
esbuild.buildSync({ ...node, minify: true, entryPoints: [src('worker/node-worker.ts')], outfile: dist('annotate-worker.js') });
esbuild.buildSync({ ...node, entryPoints: [src('cli/news-lens.ts')], outfile: dist('cli.js') });

// The web build must not reach Node: a Node built-in imported anywhere on its path fails the build.
const NODE_BUILTINS = new RegExp(`^(node:)?(${require('module').builtinModules.join('|')})(/|$)`);
const noNodeApis = {
  name: 'no-node-apis',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTINS }, (args) => ({
      errors: [{ text: `the web build imports the Node module "${args.path}" (from ${path.relative(root, args.importer)})` }],
    }));
  },
};
// VS Code for the Web loads extensions as CommonJS in a web worker extension host.
const web = { bundle: true, platform: 'browser', target: 'es2022', format: 'cjs', minify: true, sourcemap: true, logLevel: 'warning', plugins: [noNodeApis] };
esbuild.build({ ...web, entryPoints: [src('web-extension.ts')], outfile: dist('web/extension.js'), external: ['vscode'] })
  .then(() => esbuild.build({ ...web, format: 'iife', entryPoints: [src('worker/web-worker.ts')], outfile: dist('web/annotate-worker.js') }))
  .then(async () => {
    if (bundleOnly) return;
    // tsc both type-checks everything and emits the tests (with the sources they import) for mocha.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit', cwd: root });
    // The web test suite runs in the web worker extension host, which loads one file: a bundle, Node-free too.
    await esbuild.build({ ...web, minify: false, sourcemap: false, entryPoints: [path.join(root, 'test/web/suite.ts')], outfile: path.join(root, 'out/test/web/suite.bundle.js'), external: ['vscode'] });
  })
  .catch(() => { process.exitCode = 1; }); // esbuild has printed the errors
