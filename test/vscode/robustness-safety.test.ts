// Safety: the timeline webview's content security policy, articles on a virtual file system (read through
// workspace.fs, as in a virtual workspace), and sidecars written without leftovers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, eventually, hoverText, newsLens, openSeed, positionOf, seedUri } from './workbench';

// A photo caption: names of no seed and no event, since VS Code keeps a document opened by an extension
// (and so its article in the index) for minutes after its editor closes, while later tests count the seeds'.
const CAPTION =
  'WELLINGTON, New Zealand — Prime Minister Jacinda Ardern at Parliament House in Wellington. Photo: Marty Melville.\n';

/** The smallest file system VS Code accepts: files in a map, as a remote or virtual workspace would serve them. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    const isFolder = !file && [...this.files.keys()].some(path => path.startsWith(uri.path.replace(/\/?$/, '/')));
    if (!file && !isFolder) throw vscode.FileSystemError.FileNotFound(uri);
    return {
      type: file ? vscode.FileType.File : vscode.FileType.Directory,
      ctime: 0,
      mtime: 0,
      size: file?.length ?? 0,
    };
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {}
  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    this.files.set(uri.path, content);
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }
  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('read-only test file system');
  }
}

describe('robustness: safety', () => {
  it('gives the timeline webview a strict content security policy: no inline or eval’d script, nothing from the network', async () => {
    await newsLens();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('newsLens.timeline.open');
    try {
      const html = panel.webview.html;
      const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
      assert.ok(csp, 'a CSP meta tag');
      const directives = new Map(
        csp
          .split(';')
          .map(d => d.trim())
          .filter(Boolean)
          .map(d => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)] as const),
      );
      assert.deepStrictEqual(directives.get('default-src'), ["'none'"]);
      const nonce = directives
        .get('script-src')
        ?.find(source => source.startsWith("'nonce-"))
        ?.slice(7, -1);
      assert.deepStrictEqual(directives.get('script-src'), [`'nonce-${nonce}'`]);
      assert.ok(nonce && nonce.length >= 16, 'a long nonce');
      // Images, styles and fonts only from the extension's files as the webview serves them (its cspSource).
      const own = panel.webview.cspSource.split(/\s+/);
      for (const [directive, sources] of directives) {
        if (directive === 'default-src' || directive === 'script-src') continue;
        assert.deepStrictEqual(
          sources.filter(source => !own.includes(source)),
          [],
          `${directive} in ${csp}`,
        );
      }
      assert.deepStrictEqual(csp.match(/unsafe-|data:|blob:|\s\*[\s;]/g), null);
      // Every script carries the nonce and comes from the extension; no inline handlers that the policy would block.
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(m => m[1]);
      assert.ok(scripts.length > 0);
      for (const attributes of scripts)
        assert.match(attributes, new RegExp(`nonce="${nonce}" src="[^"]+timeline\\.js"`));
      assert.deepStrictEqual(html.match(/\son[a-z]+\s*=/gi), null);
      assert.deepStrictEqual(
        panel.webview.options.localResourceRoots?.map(uri => uri.path.split('/').pop()),
        ['media'],
      );
    } finally {
      panel.dispose();
    }
  });

  it('annotates an article on a virtual file system, read through workspace.fs', async () => {
    const api = await newsLens();
    const provider = new MemoryFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('newslens-mem', provider);
    try {
      const uri = vscode.Uri.parse('newslens-mem:/wire/story.txt');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CAPTION));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const places = await eventually(() => {
        const ranges = api.decoratedRanges(uri)?.place;
        return ranges && ranges.length > 0 && ranges;
      }, 'places highlighted in the virtual article');
      // The dateline's city and country and the town of the caption (a building such as "Parliament House"
      // is the tagger's to find or miss, and no part of what this test is about).
      const placeNames = places.map(range => editor.document.getText(range));
      for (const name of ['WELLINGTON', 'New Zealand', 'Wellington']) assert.ok(placeNames.includes(name), name);
      assert.deepStrictEqual(
        api.decoratedRanges(uri)!.person.map(range => editor.document.getText(range)),
        ['Jacinda Ardern', 'Marty Melville'],
      );
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        positionOf(editor.document, 'Jacinda Ardern'),
      );
      assert.match(hoverText(hovers), /person/i);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      registration.dispose();
    }
  });

  it('writes a sidecar whole and leaves no temporary file behind', async () => {
    await newsLens();
    const { document } = await openSeed(SEED_000);
    const folder = seedUri('.newslens');
    const listing = async () =>
      (
        await vscode.workspace.fs.readDirectory(folder).then(
          entries => entries,
          () => [],
        )
      )
        .map(([name]) => name)
        .sort();
    const before = await listing();
    try {
      assert.ok(await vscode.commands.executeCommand('newsLens.setArticleDate', document.uri, '2017-12-11'));
      assert.deepStrictEqual(await listing(), [...new Set([...before, 'article-dates.json'])].sort());
      const stored = JSON.parse(
        new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'article-dates.json'))),
      );
      assert.strictEqual(stored[SEED_000], '2017-12-11');
    } finally {
      assert.ok(await vscode.commands.executeCommand('newsLens.clearArticleDate', document.uri));
    }
    assert.deepStrictEqual(
      (await listing()).filter(name => name.endsWith('.tmp')),
      [],
    );
  });
});
