import * as assert from 'assert';
import { ActorIndex, HappeningIndex, annotate } from '../../../../src/core';

// Two reports of one earthquake, and one of an arrest in another story.
const QUAKE_A =
  'A strong earthquake struck eastern Indonesia on Tuesday, killing at least 10 people in Papua province.\nThe quake hit the Papua town of Manokwari at dawn.';
const QUAKE_B =
  'The 7.6-magnitude quake that rocked Papua province on Tuesday killed 10 people in Manokwari, Indonesian officials said.';
const ARREST = 'Police in Queens arrested a Schenectady man on Saturday in the hit-and-run crash that killed a woman.';

function indexOf(docs: Record<string, string>): ActorIndex {
  const index = new ActorIndex();
  for (const [id, text] of Object.entries(docs)) index.set(id, annotate(text, { articleDate: '2009-01-06' }));
  return index;
}

describe('HappeningIndex', () => {
  it('links "earthquake", "quake" and "hit" within and across two reports of one story', () => {
    const index = indexOf({ a: QUAKE_A, b: QUAKE_B, c: ARREST });
    const quakeOf = (id: string) =>
      index
        .annotation(id)!
        .events.flatMap((e, i) =>
          /quake|hit|rocked|struck/.test(e.trigger.text) ? [index.happenings.happeningOf(id, i)!.id] : [],
        );
    const ids = new Set([...quakeOf('a'), ...quakeOf('b')]);
    assert.strictEqual(ids.size, 1, [...ids].join(', '));
    const happening = index.happenings.happening([...ids][0])!;
    assert.deepStrictEqual(happening.documents, ['a', 'b']);
    assert.strictEqual(happening.kind, 'disaster');
  });

  it('keeps the deaths of another story apart', () => {
    const index = indexOf({ a: QUAKE_A, b: QUAKE_B, c: ARREST });
    const killedIn = (id: string) => index.annotation(id)!.events.findIndex(e => /^kill/.test(e.trigger.text));
    assert.notStrictEqual(
      index.happenings.happeningOf('c', killedIn('c'))!.id,
      index.happenings.happeningOf('a', killedIn('a'))!.id,
    );
  });

  it('links an edited article again without regrouping the stories when its actors stay', () => {
    const index = indexOf({ a: QUAKE_A, b: QUAKE_B, c: ARREST });
    const before = index.happenings.happenings().length;
    index.set('b', annotate(QUAKE_B + '\nThe earthquake damaged homes in Manokwari.', { articleDate: '2009-01-06' }));
    const events = index.annotation('b')!.events;
    const damaged = events.findIndex(e => e.trigger.text === 'earthquake');
    assert.deepStrictEqual(index.happenings.happeningOf('b', damaged)!.documents, ['a', 'b']);
    assert.ok(index.happenings.happenings().length >= before);
  });

  it('forgets a deleted article', () => {
    const index = indexOf({ a: QUAKE_A, b: QUAKE_B });
    index.delete('b');
    assert.ok(index.happenings.happenings().every(h => !h.documents.includes('b')));
  });

  it('keeps a statement to its own sentence', () => {
    const index = indexOf({ b: QUAKE_B });
    const said = index.annotation('b')!.events.findIndex(e => e.trigger.text === 'said');
    assert.strictEqual(index.happenings.happeningOf('b', said)!.mentions.length, 1);
  });

  it('keeps apart two earthquakes in one place more than a week apart', () => {
    const index = new ActorIndex();
    const first = 'A strong earthquake struck Qeshm island in Iran on November 27, 2005, killing 10 people in Qeshm.';
    const second = 'A strong earthquake struck Qeshm island in Iran on December 10, 2005, killing 3 people in Qeshm.';
    index.set('a', annotate(first));
    index.set('b', annotate(first.replace('killing 10', 'leaving 10 dead and killing')));
    index.set('c', annotate(second));
    const quakeOf = (id: string) =>
      index.happenings.happeningOf(
        id,
        index.annotation(id)!.events.findIndex(e => e.trigger.text === 'earthquake'),
      )!;
    assert.strictEqual(quakeOf('a').id, quakeOf('b').id);
    assert.notStrictEqual(quakeOf('c').id, quakeOf('a').id);
  });

  it('links the same happenings whether it keeps the events or reads them again from compact annotations', () => {
    const docs: Record<string, string> = { a: QUAKE_A, b: QUAKE_B, c: ARREST };
    const annotations = Object.entries(docs).map(
      ([id, text]) => [id, annotate(text, { articleDate: '2009-01-06' })] as const,
    );
    // More articles than the actor index keeps whole: the first ones are read back from their compact form.
    const fillers = Array.from(
      { length: 100 },
      (_, i) => [`filler${i}`, annotate(`Seoul and Tokyo met in round ${i}.`)] as const,
    );
    const keeping = new HappeningIndex();
    const compact = new ActorIndex();
    for (const [id, annotation] of [...annotations, ...fillers]) {
      keeping.set(id, annotation);
      compact.set(id, annotation);
    }
    assert.deepStrictEqual(compact.happenings.happenings(), keeping.happenings());
    assert.ok(keeping.happenings().some(h => h.documents.length === 2));
  });
});
