// Stale work never lands: a slow annotation overtaken by a newer edit, or still running when its document
// closes, is dropped; an edit waiting for the debounce when its document closes is never annotated.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, newsLens, type NewsLensApi } from './workbench';

// After the wire reports of Vanuatu's 2017 cabinet changes; "Charlot Salwai" is in no seed.
const SLOW = 'PORT VILA (Reuters) - Vanuatu Prime Minister Charlot Salwai named a new foreign minister on Monday.\n';
const FAST = 'SEOUL (Reuters) - South Korean President Moon Jae-in met Chinese President Xi Jinping in Beijing.\n';
// Long enough that annotating it takes a good while longer than the short text; each test has its own,
// since a text annotated before comes from the cache at once.
const long = (test: number) =>
  SLOW + `The cabinet met in Port Vila to discuss the budget and the cyclone season ahead (${test}).\n`.repeat(4000);
// Well past the index's edit debounce and any annotation of these texts.
const SETTLE_MS = 4000;

const settle = () => new Promise(resolve => setTimeout(resolve, SETTLE_MS));

/** The names of the actors in the Actors view. */
function actorNames({ actorsTree }: NewsLensApi): string[] {
  return actorsTree.getChildren().map(node => String(actorsTree.getTreeItem(node).label));
}

async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  assert.ok(
    await editor.edit(edit =>
      edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text),
    ),
  );
}

describe('robustness: cancellation of stale work', () => {
  // Untitled buffers closed unsaved are gone at once, and so are their articles: later tests count the seeds'.
  afterEach(async () => {
    while (vscode.window.activeTextEditor)
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps the newer edit when an older, slower annotation of the document finishes after it', async () => {
    const api = await newsLens();
    const editor = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: 'news', content: 'Draft.' }),
    );
    await replaceAll(editor, long(1));
    // Past the debounce: the long text is being annotated when the short one comes.
    await new Promise(resolve => setTimeout(resolve, 400));
    await replaceAll(editor, FAST);
    await eventually(() => api.decoratedRanges(editor.document.uri)?.person.length, 'the short text highlighted');
    await settle();
    const persons = api.decoratedRanges(editor.document.uri)!.person.map(range => editor.document.getText(range));
    assert.deepStrictEqual(persons, ['Moon Jae-in', 'Xi Jinping']);
    assert.ok(!actorNames(api).includes('Charlot Salwai'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await eventually(() => !actorNames(api).includes('Xi Jinping'), 'the closed buffer out of the index');
  });

  it('drops the annotation of a document closed while it ran', async () => {
    const api = await newsLens();
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: 'news', content: long(2) }),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await settle();
    assert.ok(!actorNames(api).includes('Charlot Salwai'));
  });

  it('never annotates an edit still waiting when its document closes', async () => {
    const api = await newsLens();
    const editor = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: 'news', content: FAST }),
    );
    await eventually(() => api.decoratedRanges(editor.document.uri)?.person.length, 'the first text highlighted');
    assert.ok(actorNames(api).includes('Xi Jinping'));
    await replaceAll(editor, SLOW);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await settle();
    const names = actorNames(api);
    assert.ok(!names.includes('Charlot Salwai') && !names.includes('Xi Jinping'), names.join(', '));
  });
});
