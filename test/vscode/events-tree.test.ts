import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, baseName, eventually, newsLens } from './workbench';

describe('events tree', () => {
  it('lists the three seed articles, each with its events', async () => {
    const { eventsTree } = await newsLens();
    const documents = eventsTree.getChildren();
    assert.deepStrictEqual(documents.map(d => baseName((eventsTree.getTreeItem(d).resourceUri!))).sort(), SEEDS);
    for (const document of documents) {
      const events = eventsTree.getChildren(document);
      assert.ok(events.length > 0);
      assert.match(String(eventsTree.getTreeItem(document).description), new RegExp(`${events.length} events?$`));
      for (const event of events) assert.deepStrictEqual(eventsTree.getParent(event), document);
    }
  });

  it('labels an event with its trigger and actors, and its date', async () => {
    const { eventsTree } = await newsLens();
    const items = eventsTree.getChildren().flatMap(d => eventsTree.getChildren(d)).map(e => eventsTree.getTreeItem(e));
    const launch = items.find(item => item.label === 'conducted — North Korea');
    assert.ok(launch, items.map(i => i.label).join('\n'));
    assert.strictEqual(launch.description, 'XXXX-11-29');
  });

  it('reveals and selects the event sentence when an event is clicked', async () => {
    const { eventsTree } = await newsLens();
    const [document] = eventsTree.getChildren();
    const event = eventsTree.getChildren(document)[1];
    const item = eventsTree.getTreeItem(event);
    assert.ok(item.command, 'a click runs a command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = await eventually(() => vscode.window.activeTextEditor, 'an editor');
    assert.strictEqual(editor.document.uri.toString(), eventsTree.getTreeItem(document).resourceUri!.toString());
    assert.ok(event.kind === 'event');
    assert.strictEqual(editor.document.getText(editor.selection), event.event.text);
  });
});
