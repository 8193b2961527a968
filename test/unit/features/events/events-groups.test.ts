import * as assert from 'assert';
import { ActorIndex, annotate } from '../../../../src/core';
import { groupEvents, nodeId } from '../../../../src/features/events/events-groups';
import { readSeed, seedNames } from '../../seeds';

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
    const withEvents = index.documentIds().filter(id => index.annotation(id)!.events.length > 0);
    assert.deepStrictEqual(
      groups.map(g => nodeId(g.group)),
      withEvents.map(id => `document:${id}`),
    );
    for (const group of groups) {
      const events = group.events();
      assert.strictEqual(group.size, events.length);
      assert.deepStrictEqual(
        events.map(e => e.event),
        index.annotation(group.group.documentId!)!.events,
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
});
