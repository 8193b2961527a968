import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, newsLens } from './workbench';

describe('events updates', () => {
  it('follows edits of an unsaved article, and forgets it when it is closed', async () => {
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDocument');
    const document = await vscode.workspace.openTextDocument({
      language: 'news',
      content: 'North Korea launched a ballistic missile on Tuesday.',
    });
    const editor = await vscode.window.showTextDocument(document);
    const id = document.uri.toString();
    const eventsOfBuffer = () => {
      const node = eventsTree.getChildren().find(d => d.kind === 'document' && d.documentId === id);
      return node ? eventsTree.getChildren(node) : undefined;
    };
    const first = await eventually(() => eventsOfBuffer()?.length === 1 && eventsOfBuffer(), 'the buffer’s event');
    assert.ok(first[0].kind === 'event' && first[0].event.action === 'launched a ballistic missile');

    await editor.edit(edit =>
      edit.insert(new vscode.Position(0, 0), 'Japanese Prime Minister Shinzo Abe arrived in Seoul on Monday. '),
    );
    const after = await eventually(
      () => eventsOfBuffer()?.length === 2 && eventsOfBuffer(),
      'two events after the edit',
    );
    const actions = after.map(n => (n.kind === 'event' ? n.event.action : ''));
    assert.deepStrictEqual(actions, ['arrived', 'launched a ballistic missile']);
    const arrival = after[0];
    assert.ok(arrival.kind === 'event' && arrival.event.placeKey === 'place:seoul');

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // Later tests count articles: the scratch buffer must be gone from the tree too.
    await eventually(() => document.isClosed && eventsOfBuffer() === undefined, 'the buffer to leave the tree');
  });
});
