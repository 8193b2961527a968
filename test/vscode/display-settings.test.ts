import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, eventually, hoverText, newsLens, openSeed, positionOf } from './workbench';

const SETTINGS = [
  'entityTypes.persons',
  'entityTypes.organizations',
  'entityTypes.places',
  'entityTypes.dates',
  'hover.detail',
  'debounceMs',
];

// User settings, never the workspace's: those would be written into seeds/.vscode. Resolves once the
// change event went round: the extension's listener, registered before this one, has run by then.
async function setSetting(name: string, value: unknown): Promise<void> {
  const current = vscode.workspace.getConfiguration('newsLens').inspect(name)?.globalValue;
  if (current === value) return;
  const changed = new Promise<void>(resolve => {
    const listener = vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration(`newsLens.${name}`)) {
        listener.dispose();
        resolve();
      }
    });
  });
  await vscode.workspace.getConfiguration('newsLens').update(name, value, vscode.ConfigurationTarget.Global);
  await changed;
}

async function hoverAt(document: vscode.TextDocument, text: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    positionOf(document, text),
  );
  return hoverText(hovers);
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('display settings, applied without reload', () => {
  before(newsLens);
  afterEach(async () => {
    for (const name of SETTINGS) await setSetting(name, undefined);
  });

  it('hides person highlights and hover cards when newsLens.entityTypes.persons is off, and brings them back', async () => {
    const api = await newsLens();
    const { document } = await openSeed(SEED_000);
    const persons = () => api.decoratedRanges(document.uri)?.person.map(r => document.getText(r)) ?? [];
    await eventually(() => persons().includes('Valery Gerasimov'), 'person highlights');

    await setSetting('entityTypes.persons', false);
    await eventually(() => persons().length === 0, 'person highlights to go');
    assert.ok(
      api
        .decoratedRanges(document.uri)!
        .place.map(r => document.getText(r))
        .includes('North Korea'),
      'places stay highlighted',
    );
    assert.strictEqual(await hoverAt(document, 'Gerasimov stressed'), '');
    assert.match(await hoverAt(document, 'North Korea is the most'), /North Korea\*\* — place/);

    await setSetting('entityTypes.persons', true);
    await eventually(() => persons().includes('Valery Gerasimov'), 'person highlights to come back');
    assert.match(await hoverAt(document, 'Gerasimov stressed'), /Valery Gerasimov\*\* — person/);
  });

  it('turns off date highlights and date cards with newsLens.entityTypes.dates', async () => {
    const api = await newsLens();
    const { document } = await openSeed(SEED_000);
    await eventually(() => api.decoratedRanges(document.uri)?.date.length, 'date highlights');
    await setSetting('entityTypes.dates', false);
    await eventually(() => api.decoratedRanges(document.uri)?.date.length === 0, 'date highlights to go');
    assert.ok(api.decoratedRanges(document.uri)!.person.length > 0, 'persons stay highlighted');
    assert.strictEqual(await hoverAt(document, 'November 29'), '');
  });

  it('shows one-line cards with newsLens.hover.detail "compact" and none with "off"', async () => {
    const { document } = await openSeed(SEED_000);
    assert.match(await hoverAt(document, 'North Korea is the most'), /Mentioned in 3 articles/);

    await setSetting('hover.detail', 'compact');
    assert.strictEqual(await hoverAt(document, 'North Korea is the most'), '**North Korea** — place · 3 articles');
    assert.strictEqual(
      await hoverAt(document, 'November 29'),
      '**Nov 29 \\(year unknown\\)** — date',
      'the date in words, its parentheses escaped',
    );
    assert.strictEqual(
      await hoverAt(document, 'missile launch, the first'),
      '**missile launch** — happening · 1 article',
    );

    await setSetting('hover.detail', 'off');
    assert.strictEqual(await hoverAt(document, 'North Korea is the most'), '');
    assert.strictEqual(await hoverAt(document, 'November 29'), '');
    assert.strictEqual(await hoverAt(document, 'missile launch, the first'), '');

    await setSetting('hover.detail', 'full');
    assert.match(await hoverAt(document, 'North Korea is the most'), /Mentioned in 3 articles/);
  });

  it('waits newsLens.debounceMs after typing before it annotates again', async () => {
    const api = await newsLens();
    const document = await vscode.workspace.openTextDocument({
      language: 'news',
      content: 'North Korea launched a missile.',
    });
    const editor = await vscode.window.showTextDocument(document);
    const places = () => api.decoratedRanges(document.uri)?.place.map(r => document.getText(r)) ?? [];
    try {
      await eventually(() => places().length === 1, 'the first highlight');

      await setSetting('debounceMs', 3000);
      await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'Japan protested. '));
      // The default delay (250 ms) would have highlighted Japan long before this.
      await sleep(1500);
      assert.strictEqual(places().length, 1, `still the one highlight from before the edit: ${places().join('|')}`);
      await eventually(() => places().length === 2, 'highlights after the delay');
      assert.deepStrictEqual(places(), ['Japan', 'North Korea']);

      await setSetting('debounceMs', 0);
      await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'Russia objected. '));
      await eventually(() => places().length === 3, 'highlights right after the edit', 1500);
      assert.deepStrictEqual(places(), ['Russia', 'Japan', 'North Korea']);
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // Later tests count articles: the scratch buffer must be gone from the index too.
      await eventually(
        () => document.isClosed && !api.eventsTree.getChildren().some(d => d.documentId === document.uri.toString()),
        'the buffer to close',
      );
    }
  });
});
