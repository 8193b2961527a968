import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ActorsNode, ActorsTreeProvider } from '../../src/features/actors/actors-tree';
import { SEEDS, SEED_004, baseName, eventually, newsLens } from './workbench';

/** The actor rows of the view, by label. */
function actorRows(tree: ActorsTreeProvider): Map<string, { node: ActorsNode; item: vscode.TreeItem }> {
  return new Map(
    tree.getChildren().map(node => {
      const item = tree.getTreeItem(node);
      return [String(item.label), { node, item }];
    }),
  );
}

function articlesOf(tree: ActorsTreeProvider, node: ActorsNode): string[] {
  return tree
    .getChildren(node)
    .map(d => baseName(tree.getTreeItem(d).resourceUri!))
    .sort();
}

/** Every mention row under an actor, with the editor text it points at. */
async function mentionTexts(tree: ActorsTreeProvider, actor: ActorsNode): Promise<string[]> {
  const texts: string[] = [];
  for (const document of tree.getChildren(actor)) {
    for (const mention of tree.getChildren(document)) {
      const command = tree.getTreeItem(mention).command!;
      const [uri, { selection }] = command.arguments as [vscode.Uri, { selection: vscode.Range }];
      texts.push((await vscode.workspace.openTextDocument(uri)).getText(selection));
    }
  }
  return texts;
}

describe('actors tree', () => {
  it('lists North Korea, Japan and the Korean Peninsula in all three articles, and Russia in several', async () => {
    const { actorsTree } = await newsLens();
    const rows = actorRows(actorsTree);
    for (const name of ['North Korea', 'Japan', 'Korean Peninsula']) {
      const row = rows.get(name);
      assert.ok(row, `${name} in ${[...rows.keys()].join(', ')}`);
      assert.match(String(row.item.description), /^3 articles · \d+ mentions$/);
      assert.deepStrictEqual(articlesOf(actorsTree, row.node), SEEDS);
    }
    const russia = rows.get('Russia');
    assert.ok(russia);
    assert.ok(articlesOf(actorsTree, russia.node).length >= 2, String(russia.item.description));
  });

  it('sorts actors by the number of articles that mention them', async () => {
    const { actorsTree } = await newsLens();
    const counts = actorsTree
      .getChildren()
      .map(node => Number(/^(\d+) articles?/.exec(String(actorsTree.getTreeItem(node).description))![1]));
    assert.ok(counts.length > 10, `${counts.length} actors`);
    assert.deepStrictEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    assert.strictEqual(counts[0], 3);
  });

  it('keeps "Sergey Lavrov", "Sergei Lavrov" and "Lavrov" in seed 004 under one actor', async () => {
    const { actorsTree } = await newsLens();
    const rows = actorRows(actorsTree);
    const lavrovs = [...rows.keys()].filter(label => /lavrov/i.test(label));
    assert.deepStrictEqual(lavrovs, ['Sergei Lavrov']);
    const { node, item } = rows.get('Sergei Lavrov')!;
    assert.deepStrictEqual(articlesOf(actorsTree, node), [SEED_004]);
    const texts = await mentionTexts(actorsTree, node);
    assert.deepStrictEqual([...new Set(texts)].sort(), ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
    assert.strictEqual(item.description, `1 article · ${texts.length} mentions`);
  });

  it('shows each mention with its line, the name highlighted, under its article', async () => {
    const { actorsTree } = await newsLens();
    const { node } = actorRows(actorsTree).get('Korean Peninsula')!;
    const documents = actorsTree.getChildren(node);
    let total = 0;
    for (const document of documents) {
      assert.deepStrictEqual(actorsTree.getParent(document), node);
      const mentions = actorsTree.getChildren(document);
      total += mentions.length;
      assert.strictEqual(
        actorsTree.getTreeItem(document).description,
        `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
      );
      for (const mention of mentions) {
        assert.deepStrictEqual(actorsTree.getParent(mention), document);
        const label = actorsTree.getTreeItem(mention).label as vscode.TreeItemLabel;
        const [[start, end]] = label.highlights!;
        assert.strictEqual(label.label.slice(start, end), 'Korean Peninsula');
        assert.match(String(actorsTree.getTreeItem(mention).description), /^\d+:\d+$/);
      }
    }
    assert.match(String(actorsTree.getTreeItem(node).description), new RegExp(`· ${total} mentions$`));
  });

  it('gives every row an id that is unique and the same after a refresh', async () => {
    const { actorsTree } = await newsLens();
    const ids = () =>
      actorsTree
        .getChildren()
        .flatMap(actor => [actor, ...actorsTree.getChildren(actor).flatMap(d => [d, ...actorsTree.getChildren(d)])])
        .map(node => actorsTree.getTreeItem(node).id);
    const before = ids();
    assert.strictEqual(new Set(before).size, before.length);
    assert.ok(before.every(Boolean));
    actorsTree.refresh();
    assert.deepStrictEqual(ids(), before);
  });

  it('draws persons, organizations and places with their own product icons', async () => {
    const { actorsTree } = await newsLens();
    const rows = actorRows(actorsTree);
    const icon = (name: string) => (rows.get(name)?.item.iconPath as vscode.ThemeIcon | undefined)?.id;
    assert.strictEqual(icon('Sergei Lavrov'), 'person');
    assert.strictEqual(icon('TASS'), 'organization');
    assert.strictEqual(icon('North Korea'), 'location');
  });

  it('reveals and selects the mention when a mention is clicked', async () => {
    const { actorsTree } = await newsLens();
    const { node } = actorRows(actorsTree).get('Sergei Lavrov')!;
    const [document] = actorsTree.getChildren(node);
    const mention = actorsTree.getChildren(document)[2];
    const item = actorsTree.getTreeItem(mention);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await eventually(() => vscode.window.activeTextEditor, 'an editor');
    assert.strictEqual(baseName(editor.document.uri), SEED_004);
    assert.ok(mention.kind === 'mention');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), mention.mention.start);
    assert.match(editor.document.getText(editor.selection), /Lavrov$/);
  });

  it('can reveal an actor in the view', async () => {
    const { actorsTree, actorsView } = await newsLens();
    await vscode.commands.executeCommand('newsLens.actors.focus');
    await eventually(() => actorsView.visible, 'the Actors view to show');
    const { node } = actorRows(actorsTree).get('Japan')!;
    // The workbench loads the rows of a view that has just opened asynchronously; until they are
    // there, reveal fails with "Data tree node not found".
    for (let attempt = 1; ; attempt++) {
      try {
        await actorsView.reveal(node, { select: true, expand: true });
        break;
      } catch (error) {
        if (attempt === 5) throw error;
        await new Promise(resolve => setTimeout(resolve, 200));
      }
    }
    await eventually(
      () => actorsView.selection.some(n => n.kind === 'actor' && n.actorId === (node as { actorId: string }).actorId),
      'Japan selected',
    );
  });
});
