import * as assert from 'assert';
import { ActorIndex, annotate } from '../../../../src/core';
import { groupEvents, nodeId, reportsIn, type EventNode } from '../../../../src/features/events/events-groups';
import { readSeed, seedNames } from '../../seeds';
import { REPUBLISHED, SEED_001, republishedText } from './republished';

const order = { articleDate: () => null, nameOf: (key: string) => key };

function seedIndex(): ActorIndex {
  const index = new ActorIndex();
  for (const name of seedNames()) index.set(name, annotate(readSeed(name)));
  return index;
}

describe('groupEvents', () => {
  it('groups by article in document order, each group sized by its events and opening to them in text order', () => {
    const index = seedIndex();
    const groups = groupEvents(index, 'document', {}, order);
    const withEvents = index.documentIds().filter(id => index.annotation(id)!.events.some(e => e.main));
    assert.deepStrictEqual(
      groups.map(g => nodeId(g.group)),
      withEvents.map(id => `document:${id}`),
    );
    for (const group of groups) {
      const events = group.events();
      assert.strictEqual(group.size, events.length);
      assert.deepStrictEqual(
        events.map(e => e.event),
        index.annotation(group.group.documentId!)!.events.filter(e => e.main),
      );
      assert.ok(
        events.every(e => e.group === group.group),
        'each event node knows its group',
      );
      assert.strictEqual(group.events(), events, 'the nodes are made once, so the view sees the same ones');
    }
  });

  it('counts and opens only the events that pass the filter, and leaves out articles with none', () => {
    const index = seedIndex();
    const all = groupEvents(index, 'document', {}, order)
      .flatMap(g => g.events())
      .map(e => e.event);
    const kind = all.find(e => e.kind !== 'other')!.kind;
    const groups = groupEvents(index, 'document', { kind }, order);
    assert.ok(groups.length > 0);
    for (const group of groups) {
      assert.ok(group.size > 0);
      assert.ok(group.events().every(e => e.event.kind === kind));
    }
    assert.strictEqual(
      groups.reduce((n, g) => n + g.size, 0),
      all.filter(e => e.kind === kind).length,
    );
  });

  it('places every event once by date, with sizes that match the events', () => {
    const index = seedIndex();
    // The view lists each clause's main mention (issue 16): the others are in the CLI's JSON only.
    const total = index.documentIds().reduce((n, id) => n + index.annotation(id)!.events.filter(e => e.main).length, 0);
    const groups = groupEvents(index, 'date', {}, order);
    assert.strictEqual(
      groups.reduce((n, g) => n + g.size, 0),
      total,
    );
    for (const group of groups) assert.strictEqual(group.size, group.events().length);
  });

  it('lists each happening once by happening, opening to the articles that report it and their sentences', () => {
    const index = seedIndex();
    const groups = groupEvents(index, 'happening', {}, order);
    const ids = groups.map(g => nodeId(g.group));
    assert.strictEqual(new Set(ids).size, ids.length, 'each happening once');
    assert.ok(groups.every(g => g.group.kind === 'happening'));
    for (const group of groups) {
      const happening =
        group.group.kind === 'happening' ? index.happenings.happening(group.group.happeningId) : undefined;
      assert.ok(happening, nodeId(group.group));
      const articles = group.children();
      assert.deepStrictEqual(articles.map(a => a.documentId).sort(), [...happening.documents].sort());
      const reports = articles.flatMap(a => (a.kind === 'article' ? reportsIn(group, a) : []));
      assert.strictEqual(reports.length, group.size, 'its size counts its sentences');
      assert.strictEqual(group.children(), articles, 'the nodes are made once');
      for (const report of reports) {
        assert.strictEqual(report.group.kind, 'article');
        assert.ok(
          report.mentions!.every(e => e.start === report.event.start),
          'one sentence per report',
        );
        for (const event of report.mentions!) {
          const i = index.annotation(report.documentId)!.events.indexOf(event);
          assert.strictEqual(index.happenings.happeningOf(report.documentId, i)?.id, happening.id);
        }
      }
    }
  });

  it('gives every listed main mention a report under its happening, and only happenings with one', () => {
    const index = seedIndex();
    const groups = groupEvents(index, 'happening', {}, order);
    const reports = groups.flatMap(g => g.events());
    for (const documentId of index.documentIds()) {
      index.annotation(documentId)!.events.forEach((event, i) => {
        if (!event.main) return;
        const happening = index.happenings.happeningOf(documentId, i)!;
        const report = reports.find(r => r.mentions!.includes(event));
        assert.ok(report, `${documentId}: ${event.trigger.text}`);
        assert.strictEqual(
          nodeId(report.group.kind === 'article' ? report.group.group : report.group),
          `happening:${happening.id}`,
        );
        assert.ok(report.event.main, 'a sentence with a main mention shows that one');
      });
    }
    // The denied signing of a peace treaty (seed 004) has no main mention: it is no happening of the view.
    const listed = new Set(groups.map(g => (g.group.kind === 'happening' ? g.group.happeningId : '')));
    const signed = index.happenings.happenings().find(h => h.label === 'signed');
    assert.ok(signed && !listed.has(signed.id));
  });

  it('puts a happening reported in two articles under one node, with both articles beneath it', () => {
    const index = seedIndex();
    index.set(REPUBLISHED, annotate(republishedText()));
    const groups = groupEvents(index, 'happening', {}, order);
    const shared = groups.filter(g => g.children().length > 1);
    assert.ok(shared.length >= 1, 'a happening in both reports');
    const discuss = shared.find(g => g.events().some(e => e.event.trigger.text === 'discussed'))!;
    assert.deepStrictEqual(
      discuss.children().map(a => a.documentId),
      [SEED_001, REPUBLISHED],
    );
    assert.strictEqual(groups[0].children().length, 2, 'the happenings in most articles first');
    const ids = discuss.events().map((e: EventNode) => nodeId(e));
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.ok(ids.every(id => id.startsWith(`${nodeId(discuss.group)}/`)));
  });

  it('keeps a happening when one of its main mentions passes the filter', () => {
    const index = seedIndex();
    const groups = groupEvents(index, 'happening', { kind: 'military' }, order);
    assert.ok(groups.length > 0);
    for (const group of groups) assert.ok(group.events().some(e => e.event.main && e.event.kind === 'military'));
  });
});
