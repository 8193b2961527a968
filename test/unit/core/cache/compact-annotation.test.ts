import * as v8 from 'v8';
import * as assert from 'assert';
import { annotate } from '../../../../src/core';
import {
  compactAnnotation,
  expandAnnotation,
  expandMainEvents,
  isCompactAnnotation,
  type CompactAnnotation,
} from '../../../../src/core/cache/compact-annotation';
import type { Annotation } from '../../../../src/core/types';
import { readSeed, seedNames } from '../../seeds';

const seedAnnotations = (): Annotation[] => seedNames().map(name => annotate(readSeed(name)));

function compactOf(annotation: Annotation): CompactAnnotation {
  const compact = compactAnnotation(annotation);
  assert.ok(compact, 'an annotator annotation has the compact form');
  return compact;
}

describe('compactAnnotation', () => {
  it('expands to what was stored, field for field and in the same order, for every seed article', () => {
    for (const annotation of seedAnnotations()) {
      const expanded = expandAnnotation(compactOf(annotation));
      assert.deepStrictEqual(expanded, annotation);
      // Exports write the expanded annotation: its JSON must be the same text, key order included.
      assert.strictEqual(JSON.stringify(expanded), JSON.stringify(annotation));
      assert.ok(annotation.events.some(e => !e.main) && annotation.dates.length > 0, 'the seeds have all kinds');
    }
  });

  it('expands the same after a trip through JSON, as a stored cache is read back', () => {
    for (const annotation of seedAnnotations()) {
      const stored: unknown = JSON.parse(JSON.stringify(compactOf(annotation)));
      assert.ok(isCompactAnnotation(stored));
      assert.deepStrictEqual(expandAnnotation(stored), annotation);
    }
  });

  it('keeps the names as the same objects, and reads the main mentions alone', () => {
    const annotation = annotate(readSeed(seedNames()[0]));
    const compact = compactOf(annotation);
    assert.strictEqual(expandAnnotation(compact).entities, annotation.entities);
    const mains = annotation.events.filter(e => e.main);
    assert.ok(mains.length > 0 && mains.length < annotation.events.length);
    assert.deepStrictEqual(expandMainEvents(compact), mains);
    assert.deepStrictEqual(
      compact.mainIndices,
      mains.map(e => annotation.events.indexOf(e)),
    );
  });

  it('keeps its strings one byte a character, whatever the article writes', () => {
    const annotation = annotate('“We will rebuild,” said Françoise Dubois, the mayor of Nîmes — on Monday.');
    const compact = compactOf(annotation);
    assert.ok(/[\u0100-\uffff]/.test(JSON.stringify(annotation)), 'the article has curly quotes and a dash');
    assert.ok(!/[\u0100-\uffff]/.test(compact.mains + compact.packed));
    // How V8 holds a string, not only what it holds: after its header (and a padding byte that aligns
    // two-byte strings), v8.serialize tags one-byte strings '"' and two-byte ones 'c'.
    const representation = (text: string) =>
      String.fromCharCode(
        v8
          .serialize(text)
          .subarray(2)
          .find(byte => byte !== 0)!,
      );
    assert.strictEqual(
      representation(annotation.events[0].text),
      'c',
      'a sentence of the article is two bytes a character',
    );
    assert.strictEqual(representation(compact.mains), '"');
    assert.strictEqual(representation(compact.packed), '"');
    assert.deepStrictEqual(expandAnnotation(compact), annotation);
  });

  it('keeps a null date, place and speaker null, and an event with no actors without them', () => {
    const annotation = annotate('The earthquake struck on Monday. Officials in Jakarta said nothing more.');
    const bare = { ...annotation, events: annotation.events.map(e => ({ ...e, main: false, actorKeys: [] })) };
    bare.events[0] = { ...bare.events[0], date: null, dateSource: null, placeKey: null, speakerKey: null };
    assert.deepStrictEqual(expandAnnotation(compactOf(bare)), bare);
  });

  it('refuses an annotation with a field it does not know, rather than lose it', () => {
    const annotation = annotate(readSeed(seedNames()[1]));
    const extended = { ...annotation, events: annotation.events.map((e, i) => (i === 0 ? { ...e, extra: 1 } : e)) };
    assert.strictEqual(compactAnnotation(extended), null);
    const badDate = { ...annotation, dates: [...annotation.dates, null as never] };
    assert.strictEqual(compactAnnotation(badDate), null);
  });

  it('shows the names and the main mentions of a compact form whose packed part is damaged', () => {
    const annotation = annotate(readSeed(seedNames()[2]));
    const expanded = expandAnnotation({ ...compactOf(annotation), packed: '[["a"' });
    assert.strictEqual(expanded.entities, annotation.entities);
    assert.deepStrictEqual(
      expanded.events,
      annotation.events.filter(e => e.main),
    );
    assert.deepStrictEqual(expanded.dates, []);
  });
});
