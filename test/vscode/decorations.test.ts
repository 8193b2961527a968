import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, eventually, newsLens, openSeed } from './workbench';

describe('decorations', () => {
  it('highlights persons, organizations, places and dates in an open article', async () => {
    const api = await newsLens();
    const { document } = await openSeed(SEED_000);
    const ranges = await eventually(() => api.decoratedRanges(document.uri), 'decorations');
    const texts = (kind: keyof typeof ranges) => ranges[kind].map(r => document.getText(r));
    assert.ok(texts('person').includes('Valery Gerasimov'), texts('person').join('|'));
    assert.ok(texts('place').includes('North Korea'), texts('place').join('|'));
    assert.ok(texts('organization').includes('Central News Agency'), texts('organization').join('|'));
    assert.ok(texts('date').includes('November 29'), texts('date').join('|'));
  });

  it('follows edits of an unsaved article', async () => {
    const api = await newsLens();
    const document = await vscode.workspace.openTextDocument({
      language: 'news',
      content: 'North Korea launched a missile.',
    });
    const editor = await vscode.window.showTextDocument(document);
    await eventually(() => api.decoratedRanges(document.uri)?.place.length === 1, 'the first highlight');
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'Japan protested on Tuesday. '));
    const ranges = await eventually(() => {
      const shown = api.decoratedRanges(document.uri);
      return shown && shown.place.length === 2 ? shown : undefined;
    }, 'highlights after the edit');
    assert.deepStrictEqual(
      ranges.place.map(r => document.getText(r)),
      ['Japan', 'North Korea'],
    );
    assert.deepStrictEqual(
      ranges.date.map(r => document.getText(r)),
      ['Tuesday'],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // Later tests count articles: the scratch buffer must be gone from the index too.
    await eventually(
      () => document.isClosed && !api.eventsTree.getChildren().some(d => d.documentId === document.uri.toString()),
      'the buffer to close',
    );
  });
});
