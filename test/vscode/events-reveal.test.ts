import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, SEED_004, eventually, newsLens, openSeed, positionOf } from './workbench';

describe('events reveal', () => {
  after(async () => {
    await vscode.commands.executeCommand('newsLens.events.groupByDocument');
  });

  it('selects the event in the view when the cursor moves into its sentence', async () => {
    const { eventsView } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDocument');
    await vscode.commands.executeCommand('newsLens.events.focus');
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'conducted a missile launch');
    editor.selection = new vscode.Selection(at, at);
    const selected = await eventually(() => {
      const node = eventsView.selection[0];
      return node?.kind === 'event' && node.event.trigger.text === 'conducted a missile launch' ? node : undefined;
    }, 'the launch selected in the Events view');
    assert.strictEqual(selected.documentId, editor.document.uri.toString());
  });

  it('selects the event under its date when the view is grouped by date', async () => {
    const { eventsView } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDate');
    await vscode.commands.executeCommand('newsLens.events.focus');
    const editor = await openSeed(SEED_004);
    const at = positionOf(editor.document, 'MasahikoKomura arrived');
    editor.selection = new vscode.Selection(at, at);
    const selected = await eventually(() => {
      const node = eventsView.selection[0];
      return node?.kind === 'event' && node.event.trigger.text === 'arrived' ? node : undefined;
    }, 'the arrival selected under its date');
    assert.ok(selected.group.kind === 'date' && selected.group.date === selected.event.date);
  });

  it('selects the sentence in the editor when an event of the date grouping is clicked', async () => {
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDate');
    const node = eventsTree
      .getChildren()
      .flatMap(g => eventsTree.getChildren(g))
      .find(n => n.kind === 'event' && n.event.action === 'Six-party talks began');
    assert.ok(node && node.kind === 'event');
    const { command } = eventsTree.getTreeItem(node);
    await vscode.commands.executeCommand(command!.command, ...(command!.arguments ?? []));
    const editor = await eventually(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === node.documentId ? active : undefined;
    }, 'the article of the event');
    assert.strictEqual(editor.document.getText(editor.selection), node.event.text);
  });

  it('selects the report under its happening and article when the view is grouped by happening', async () => {
    const { eventsTree, eventsView } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByHappening');
    await vscode.commands.executeCommand('newsLens.events.focus');
    const editor = await openSeed(SEED_000);
    const at = positionOf(editor.document, 'conducted a missile launch');
    editor.selection = new vscode.Selection(at, at);
    const selected = await eventually(() => {
      const node = eventsView.selection[0];
      return node?.kind === 'event' &&
        node.group.kind === 'article' &&
        node.event.trigger.text === 'conducted a missile launch'
        ? node
        : undefined;
    }, 'the launch selected under its happening');
    const article = eventsTree.getParent(selected);
    assert.ok(article?.kind === 'article' && article.documentId === editor.document.uri.toString());
    assert.strictEqual(
      eventsTree.getTreeItem(eventsTree.getParent(article)!).label,
      'Nov 29 (year unknown) · North Korea — missile launch',
    );
  });
});
