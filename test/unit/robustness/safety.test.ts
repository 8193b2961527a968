import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const BUNDLES = ['dist/extension.js', 'dist/annotate-worker.js', 'dist/web/extension.js', 'dist/cli.js'];
// What the webview runs, besides the bundles.
const WEBVIEW_SCRIPTS = ['media/timeline.js'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(entry => {
    const file = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** The `require("…")` names in a bundle: what it loads from Node or VS Code at run time. */
const requires = (code: string) =>
  [...new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map(m => m[1]))].sort();

describe('safety of the built code', () => {
  for (const file of [...BUNDLES, ...WEBVIEW_SCRIPTS]) {
    it(`${file} evaluates no strings as code: no eval, no new Function`, () => {
      const code = read(file);
      assert.deepStrictEqual(code.match(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/g), null);
    });

    it(`${file} has no way to the network: no http, https, net, tls, dgram, fetch, XMLHttpRequest or WebSocket`, () => {
      const code = read(file);
      const network = requires(code).filter(name =>
        /^(node:)?(https?|http2|net|tls|dgram|dns|child_process)$/.test(name),
      );
      assert.deepStrictEqual(network, []);
      assert.deepStrictEqual(code.match(/\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b|\bsendBeacon\b/g), null);
    });
  }

  it('the extension loads nothing but VS Code and local Node modules', () => {
    const local = ['vscode', 'os', 'path', 'fs', 'util', 'url', 'crypto', 'worker_threads'];
    assert.deepStrictEqual(
      requires(read('dist/extension.js')).filter(name => !local.includes(name.replace(/^node:/, ''))),
      [],
    );
  });

  it('the sources use no telemetry API', () => {
    const telemetry = sourceFiles('src').filter(file =>
      /createTelemetryLogger|TelemetrySender|appInsights|applicationinsights/i.test(read(file)),
    );
    assert.deepStrictEqual(telemetry, []);
  });

  it('the core imports neither vscode nor Node modules, so it runs in workers and browsers', () => {
    const imports = sourceFiles('src/core').filter(file =>
      /from ['"](vscode|fs|path|os|child_process|worker_threads|crypto)['"]|require\(/.test(read(file)),
    );
    assert.deepStrictEqual(imports, []);
  });

  it('declares limited support of untrusted workspaces, with what is off, and virtual workspaces', () => {
    const { capabilities } = JSON.parse(read('package.json')) as { capabilities: Record<string, unknown> };
    const untrusted = capabilities.untrustedWorkspaces as { supported: unknown; description?: string };
    assert.strictEqual(untrusted.supported, 'limited');
    assert.match(untrusted.description ?? '', /corrections and article dates/);
    assert.strictEqual(capabilities.virtualWorkspaces, true);
  });
});
