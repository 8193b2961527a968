import * as assert from 'assert';
import * as vscode from 'vscode';
import { compareEventDates } from '../../src/core';
import type { EventsNode } from '../../src/features/events/events-tree';
import { newsLens } from './workbench';

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
});
