// `npm run watch`: rebuilds the bundles on every save and type-checks with tsc in watch mode (F5's pre-launch task).
const { spawn } = require('child_process');
const esbuild = require('esbuild');
const { root, BUNDLES } = require('./lib/bundles');

async function main() {
  for (const options of BUNDLES) {
    const context = await esbuild.context({ ...options, logLevel: 'info' });
    await context.watch();
  }
  spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root, '--watch', '--preserveWatchOutput'], {
    stdio: 'inherit',
    cwd: root,
  });
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
