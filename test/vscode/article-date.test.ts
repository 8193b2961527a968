import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, hoverText, newsLens, openSeed, positionOf, seedUri } from './workbench';

const sidecarFolder = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.newslens');
const sidecar = () => vscode.Uri.joinPath(sidecarFolder(), 'article-dates.json');

/** The hover card's Markdown as it reads, without the backslashes that keep punctuation from being syntax. */
async function hoverOn(document: vscode.TextDocument, text: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    positionOf(document, text),
  );
  return hoverText(hovers).replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Polls an asynchronous check, for what the extension does after a file event. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

async function readSidecar(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar()));
}

// The seeds folder is the workspace of every integration test: leave it as it was found.
async function removeSidecar(): Promise<void> {
  if (await exists(sidecarFolder())) await vscode.workspace.fs.delete(sidecarFolder(), { recursive: true });
}

describe('article date', () => {
  before(newsLens);
  after(async () => {
    await removeSidecar();
    const { document } = await openSeed(SEED_000);
    await until(
      async () => /XXXX-11-29/.test(await hoverOn(document, 'November 29')),
      'seed 000 back to its inferred date',
    );
  });

  it('sets a date passed to the command, keeps it in the sidecar and resolves "November 29" against it', async () => {
    const { document } = await openSeed(SEED_000);
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    assert.match(await hoverOn(document, 'November 29'), /Normalized: <code>XXXX-11-29<\/code>/);
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.setArticleDate', seedUri(SEED_000), '2017-12-11'),
      true,
    );
    assert.deepStrictEqual(JSON.parse(await readSidecar()), { [SEED_000]: '2017-12-11' });
    const card = await hoverOn(document, 'November 29');
    assert.match(card, /^\*\*Wed, Nov 29, 2017\*\* — date$/m);
    assert.match(card, /^12 days before the article date\.$/m);
    assert.match(card, /Article date: Mon, Dec 11, 2017, set with News Lens: Set Article Date/);
    assert.match(card, /Normalized: <code>2017-11-29<\/code> \(day\)/);
    assert.ok(!document.getText().includes('2017-12-11'), 'the article itself is not changed');
  });

  it('clears the date: the sidecar goes and the dateline rules again', async () => {
    const { document } = await openSeed(SEED_000);
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.clearArticleDate', seedUri(SEED_000)), true);
    assert.strictEqual(await exists(sidecar()), false);
    const card = await hoverOn(document, 'November 29');
    assert.match(card, /^\*\*Nov 29 \(year unknown\)\*\* — date$/m);
    assert.match(card, /Article date: Dec 11 \(year unknown\), from the dateline/);
  });

  it('refuses a date that is not a real day and writes nothing', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.setArticleDate', seedUri(SEED_000), '2017-02-30'),
      false,
    );
    assert.strictEqual(await exists(sidecar()), false);
  });

  it('follows a sidecar edited by hand', async () => {
    const { document } = await openSeed(SEED_000);
    await vscode.workspace.fs.createDirectory(sidecarFolder());
    await vscode.workspace.fs.writeFile(
      sidecar(),
      new TextEncoder().encode(JSON.stringify({ [SEED_000]: '2017-12-11' })),
    );
    await until(async () => /2017-11-29/.test(await hoverOn(document, 'November 29')), 'the hand-set date');
    await removeSidecar();
    await until(async () => /XXXX-11-29/.test(await hoverOn(document, 'November 29')), 'the inferred date again');
  });

  it('keeps a corrupt sidecar as it is and does not overwrite it', async () => {
    await vscode.workspace.fs.createDirectory(sidecarFolder());
    await vscode.workspace.fs.writeFile(sidecar(), new TextEncoder().encode('{"000_d6490ba55f8250cf.txt": "2017-12-'));
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.setArticleDate', seedUri(SEED_000), '2017-12-11'),
      false,
    );
    assert.strictEqual(await readSidecar(), '{"000_d6490ba55f8250cf.txt": "2017-12-');
    await removeSidecar();
  });
});
