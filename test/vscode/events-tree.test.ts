import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, baseName, eventually, newsLens } from './workbench';

describe('events tree', () => {
  it('lists the three seed articles by headline and article date, each with its events', async () => {
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDocument');
    const documents = eventsTree.getChildren();
    assert.deepStrictEqual(documents.map(d => baseName(eventsTree.getTreeItem(d).resourceUri!)).sort(), SEEDS);
    const first = documents.find(d => baseName(eventsTree.getTreeItem(d).resourceUri!) === SEEDS[0])!;
    assert.strictEqual(
      eventsTree.getTreeItem(first).label,
      'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue · Dec 11 (year unknown)',
    );
    for (const document of documents) {
      const events = eventsTree.getChildren(document);
      assert.ok(events.length > 0);
      assert.match(String(eventsTree.getTreeItem(document).description), new RegExp(`${events.length} events?$`));
      for (const event of events) assert.deepStrictEqual(eventsTree.getParent(event), document);
    }
  });

  it('labels an event "date · actors — what happened", the date in words, with an icon for its kind', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    const { eventsTree } = await newsLens();
    const items = eventsTree
      .getChildren()
      .flatMap(d => eventsTree.getChildren(d))
      .map(e => eventsTree.getTreeItem(e));
    const launch = items.find(item => item.label === 'Nov 29 (year unknown) · North Korea — missile launch');
    assert.ok(launch, items.map(i => i.label).join('\n'));
    assert.strictEqual((launch.iconPath as vscode.ThemeIcon).id, 'rocket');
    assert.match((launch.tooltip as vscode.MarkdownString).value, /conducted a missile launch/);
  });

  it('gives every item a stable id', async () => {
    const { eventsTree } = await newsLens();
    const ids = () =>
      eventsTree
        .getChildren()
        .flatMap(d => [d, ...eventsTree.getChildren(d)])
        .map(n => eventsTree.getTreeItem(n).id);
    const before = ids();
    assert.strictEqual(new Set(before).size, before.length, 'ids are unique');
    eventsTree.refresh();
    assert.deepStrictEqual(ids(), before);
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
