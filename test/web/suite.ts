// Web test suite (extensionTestsPath, bundled for the browser): runs in the extension host of the
// extension under development, which the test asks to be the web worker one, and checks that News Lens
// runs there — its browser entry, no Node — and works on the seeds.
import { eventually, expect, newsLensExtension, runChecks, seedChecks } from '../package/checks';

declare const navigator: { userAgent: string } | undefined;

export function run(): Promise<void> {
  return runChecks([
    {
      name: 'runs in the web worker extension host, not the Node one',
      async run() {
        const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
        expect(typeof scope.importScripts === 'function', 'this host has no importScripts: it is not a web worker');
        expect(!scope.process?.versions?.node, `this host is Node ${scope.process?.versions?.node}`);
        expect(typeof navigator !== 'undefined' && /Chrom/.test(navigator.userAgent), 'no browser navigator');
        // An extension host sees only its own extensions: News Lens is found here only if it runs here.
        const extension = newsLensExtension();
        await eventually(() => extension.isActive, 'the extension to activate');
        expect(
          extension.exports && typeof extension.exports.decoratedRanges === 'function',
          'News Lens exports nothing to this host',
        );
      },
    },
    ...seedChecks(),
  ]);
}
