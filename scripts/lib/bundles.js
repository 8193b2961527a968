// The esbuild bundles News Lens ships or runs (desktop and web extension, their one worker, the CLI):
// one list for the build and for `npm run watch`.
const path = require('path');

const root = path.join(__dirname, '..', '..');
const src = file => path.join(root, 'src', file);
const dist = file => path.join(root, 'dist', file);

// The web build must not reach Node: a Node built-in imported anywhere on its path fails the build.
const NODE_BUILTINS = new RegExp(`^(node:)?(${require('module').builtinModules.join('|')})(/|$)`);
const noNodeApis = {
  name: 'no-node-apis',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTINS }, args => ({
      errors: [
        { text: `the web build imports the Node module "${args.path}" (from ${path.relative(root, args.importer)})` },
      ],
    }));
  },
};

// Node 20 reads \p{…} in a regular expression literal; lowered, each call would build a new RegExp.
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};
// VS Code for the Web loads extensions as CommonJS in a web worker extension host.
const web = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [noNodeApis],
};

// Minified: the extension host parses these bundles before activation, and they go into the .vsix.
const BUNDLES = [
  {
    ...node,
    minify: true,
    entryPoints: [src('extension.ts')],
    outfile: dist('extension.js'),
    external: ['vscode'],
    metafile: true,
  },
  // One worker for Node threads and web workers alike, so Node-free: built as the web build is.
  { ...web, format: 'iife', entryPoints: [src('worker/annotate-worker.ts')], outfile: dist('annotate-worker.js') },
  { ...node, entryPoints: [src('cli/news-lens.ts')], outfile: dist('cli.js') },
  { ...web, entryPoints: [src('web-extension.ts')], outfile: dist('web/extension.js'), external: ['vscode'] },
];

// The web test suite runs in the web worker extension host, which loads one file: a bundle, Node-free too.
const WEB_TEST_SUITE = {
  ...web,
  minify: false,
  sourcemap: false,
  entryPoints: [path.join(root, 'test/web/suite.ts')],
  outfile: path.join(root, 'out/test/web/suite.bundle.js'),
  external: ['vscode'],
};

module.exports = { root, BUNDLES, WEB_TEST_SUITE };
