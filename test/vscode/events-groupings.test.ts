import * as assert from 'assert';
import * as vscode from 'vscode';
import { compareEventDates } from '../../src/core';
import type { EventsNode } from '../../src/features/events/events-tree';
import { SEED_000, baseName, newsLens } from './workbench';

function eventsUnder(tree: vscode.TreeDataProvider<EventsNode>, group: EventsNode): EventsNode[] {
  return tree.getChildren(group) as EventsNode[];
}

describe('events groupings', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('newsLens.events.clearFilter');
    await vscode.commands.executeCommand('newsLens.events.groupByDocument');
  });

  it('groups by date across the articles, oldest first and undated last', async () => {
    const { eventsTree, eventsView } = await newsLens();
    const total = eventsTree.getChildren().flatMap(d => eventsTree.getChildren(d)).length;
    await vscode.commands.executeCommand('newsLens.events.groupByDate');
    assert.strictEqual(eventsTree.grouping, 'date');
    assert.match(String(eventsView.description), /^by date/);
    const groups = eventsTree.getChildren();
    assert.ok(groups.every(g => g.kind === 'date'));
    const dates = groups.map(g => (g.kind === 'date' ? g.date : undefined) as string | null);
    assert.deepStrictEqual(dates, [...dates].sort(compareEventDates));
    assert.ok(dates.includes('2003-08') && dates.includes('XXXX-11-29'), dates.join(' '));
    assert.ok(dates.indexOf('2003-08') < dates.indexOf('XXXX-11-29'), 'known years before unknown ones');
    const documents = new Set<string>();
    for (const group of groups) {
      const events = eventsUnder(eventsTree, group);
      assert.match(String(eventsTree.getTreeItem(group).description), new RegExp(`^${events.length} events?$`));
      for (const node of events) {
        assert.ok(node.kind === 'event' && group.kind === 'date');
        assert.strictEqual(node.event.date, group.date);
        documents.add(node.documentId);
      }
    }
    assert.strictEqual(groups.flatMap(g => eventsUnder(eventsTree, g)).length, total, 'every event once');
    assert.strictEqual(documents.size, 3, 'a timeline across the three articles');
    if (dates.includes(null)) assert.strictEqual(dates[dates.length - 1], null);
  });

  it('names the date groups in words and the events’ articles by headline', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDate');
    const groups = eventsTree.getChildren();
    const label = (date: string) =>
      eventsTree.getTreeItem(groups.find(g => g.kind === 'date' && g.date === date)!).label;
    assert.strictEqual(label('2003-08'), 'August 2003');
    assert.strictEqual(label('XXXX-11-29'), 'Nov 29 (year unknown)');
    for (const group of groups) {
      assert.doesNotMatch(String(eventsTree.getTreeItem(group).label), /XXXX|_REF|W\d\d/);
      for (const node of eventsUnder(eventsTree, group)) {
        const description = String(eventsTree.getTreeItem(node).description);
        assert.doesNotMatch(description, /\.txt/, 'an article by headline, not by file name');
      }
    }
    const launch = eventsUnder(
      eventsTree,
      groups.find(g => g.kind === 'date' && g.date === 'XXXX-11-29')!,
    ).find(node => node.kind === 'event' && node.event.action === 'missile launch')!;
    assert.match(
      String(eventsTree.getTreeItem(launch).description),
      /^Russian General Staff chief, Japanese defense minister discuss North Korean missile issue/,
    );
  });

  it('groups by actor, the actor in most events first', async () => {
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByActor');
    const groups = eventsTree.getChildren();
    assert.ok(groups.length > 5 && groups.every(g => g.kind === 'actor'));
    const counts = groups.map(g => eventsUnder(eventsTree, g).length);
    assert.deepStrictEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    const northKorea = groups.find(g => g.kind === 'actor' && g.actorId === 'place:north-korea');
    assert.ok(northKorea, 'North Korea has events');
    assert.strictEqual(eventsTree.getTreeItem(northKorea).label, 'North Korea');
    const events = eventsUnder(eventsTree, northKorea);
    assert.ok(events.length >= 3);
    for (const node of events) {
      assert.ok(node.kind === 'event' && node.event.actorKeys.includes('place:north-korea'));
      assert.deepStrictEqual(eventsTree.getParent(node), northKorea);
    }
  });

  it('filters by kind and by actor, and keeps the choice in the workspace state', async () => {
    const { eventsTree, eventsView } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByDate');
    await vscode.commands.executeCommand('newsLens.events.filter', { kind: 'military' });
    const military = eventsTree.getChildren().flatMap(g => eventsUnder(eventsTree, g));
    assert.ok(military.length >= 3);
    assert.ok(military.every(n => n.kind === 'event' && n.event.kind === 'military'));
    assert.deepStrictEqual(eventsTree.savedState(), { grouping: 'date', filter: { kind: 'military' } });
    assert.strictEqual(eventsView.description, 'by date · military');

    await vscode.commands.executeCommand('newsLens.events.filter', { actor: 'place:north-korea' });
    const northKorea = eventsTree.getChildren().flatMap(g => eventsUnder(eventsTree, g));
    assert.ok(
      northKorea.length > 0 &&
        northKorea.every(n => n.kind === 'event' && n.event.actorKeys.includes('place:north-korea')),
    );
    assert.strictEqual(eventsView.description, 'by date · North Korea');

    await vscode.commands.executeCommand('newsLens.events.clearFilter');
    assert.deepStrictEqual(eventsTree.savedState()?.filter, {});
    assert.ok(eventsTree.getChildren().flatMap(g => eventsUnder(eventsTree, g)).length > northKorea.length);
  });

  it('groups by happening: each once, in words, its reports beneath the headline of each article', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    const { eventsTree, eventsView } = await newsLens();
    const listed = eventsTree.getChildren().flatMap(d => eventsUnder(eventsTree, d));
    await vscode.commands.executeCommand('newsLens.events.groupByHappening');
    assert.strictEqual(eventsTree.grouping, 'happening');
    assert.strictEqual(eventsView.description, 'by happening');
    assert.deepStrictEqual(eventsTree.savedState(), { grouping: 'happening', filter: {} });
    const groups = eventsTree.getChildren();
    assert.ok(groups.length > 5 && groups.every(g => g.kind === 'happening'));
    const ids = groups.map(g => eventsTree.getTreeItem(g).id);
    assert.strictEqual(new Set(ids).size, ids.length, 'each happening once');
    for (const group of groups) {
      const item = eventsTree.getTreeItem(group);
      assert.doesNotMatch(String(item.label), /XXXX|_REF|W\d\d|\.txt/, 'in words');
      assert.match(String(item.description), /^\d+ articles? · \d+ reports?$/);
    }
    const launch = groups.find(
      g => eventsTree.getTreeItem(g).label === 'Nov 29 (year unknown) · North Korea — missile launch',
    );
    assert.ok(launch, groups.map(g => eventsTree.getTreeItem(g).label).join('\n'));
    assert.strictEqual((eventsTree.getTreeItem(launch).iconPath as vscode.ThemeIcon).id, 'rocket');
    const [article, ...others] = eventsUnder(eventsTree, launch);
    assert.strictEqual(others.length, 0, 'reported in seed 000 only');
    assert.strictEqual(
      eventsTree.getTreeItem(article).label,
      'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue',
    );
    assert.strictEqual(baseName(eventsTree.getTreeItem(article).resourceUri!), SEED_000);
    const sentences = eventsUnder(eventsTree, article).map(
      r => (eventsTree.getTreeItem(r).label as vscode.TreeItemLabel).label,
    );
    assert.ok(
      sentences.includes('On November 29, North Korea conducted a missile launch, the first since September 15.'),
    );
    assert.ok(
      sentences.some(s => s.startsWith('After the launch, Pyongyang announced')),
      sentences.join('\n'),
    );
    // Every event the view lists by article is in the sentence of a report of its happening.
    const reports = groups.flatMap(g => eventsUnder(eventsTree, g).flatMap(a => eventsUnder(eventsTree, a)));
    for (const node of listed) {
      assert.ok(node.kind === 'event');
      assert.ok(
        reports.some(r => r.kind === 'event' && r.documentId === node.documentId && r.mentions?.includes(node.event)),
        node.event.trigger.text,
      );
    }
  });

  it('keeps the ids by happening across a refresh, and makes a happening’s nodes only when opened', async () => {
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByHappening');
    const ids = () =>
      eventsTree
        .getChildren()
        .flatMap(g => [g, ...eventsUnder(eventsTree, g).flatMap(a => [a, ...eventsUnder(eventsTree, a)])])
        .map(n => eventsTree.getTreeItem(n).id);
    const before = ids();
    assert.strictEqual(new Set(before).size, before.length, 'ids are unique');
    eventsTree.refresh();
    assert.deepStrictEqual(ids(), before);
    const [first] = eventsTree.getChildren();
    assert.strictEqual(eventsTree.getTreeItem(first).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });
});
