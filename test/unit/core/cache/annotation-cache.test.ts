import * as assert from 'assert';
import { ActorIndex, annotate } from '../../../../src/core';
import { AnnotationCache, shareStrings } from '../../../../src/core/cache/annotation-cache';
import { compactAnnotation } from '../../../../src/core/cache/compact-annotation';
import type { Annotation } from '../../../../src/core/types';

const TEXT = 'Seoul and Tokyo met on Monday. Tokyo said talks with Seoul would go on in Seoul.';

// Structured clone and JSON make a new string for every value; `shareStrings` makes them one again.
const copy = (annotation: Annotation): Annotation => JSON.parse(JSON.stringify(annotation));

describe('AnnotationCache', () => {
  it('keeps an annotation as it was, with its repeated strings shared with the other entries', () => {
    const cache = new AnnotationCache('v1');
    const original = annotate(TEXT);
    const first = copy(original);
    const second = copy(original);
    cache.set('a', first);
    cache.set('b', second);
    assert.deepStrictEqual(cache.get('a'), original, 'the same values');
    assert.deepStrictEqual(cache.get('b'), original);
    assert.ok(original.entities.length >= 2 && original.events.length >= 1);
    // V8 cannot tell two equal strings' storage apart; the shared copy is the same entry of the map.
    const strings = new Map<string, string>();
    const third = copy(original);
    shareStrings(third, strings);
    assert.strictEqual(strings.get(third.entities[0].actorKey), third.entities[0].actorKey);
    assert.ok(strings.has(third.events[0].kind) && strings.has(third.entities[0].type));
    assert.ok(strings.has(third.entities[0].text) && strings.has(third.events[0].lemma), 'names and lemmas too');
    // A sentence is shared within its article only: the table across articles would hold every sentence.
    assert.ok(!strings.has(third.events[0].text));
  });

  it('keeps a compact form as a worker sends it, and gives back the annotation it stands for', () => {
    const cache = new AnnotationCache('v1');
    const original = annotate(TEXT);
    const compact = compactAnnotation(copy(original))!;
    cache.set('a', compact);
    assert.strictEqual(cache.stored('a'), compact, 'not expanded and packed again');
    assert.deepStrictEqual(cache.get('a'), original);
    const readBack = AnnotationCache.fromJSON(JSON.parse(JSON.stringify(cache)), 'v1');
    assert.deepStrictEqual(readBack.get('a'), original);
  });

  it('reads back what it stored, and ignores a cache of another version', () => {
    const cache = new AnnotationCache('v1');
    cache.set('a', annotate(TEXT));
    const stored = JSON.parse(JSON.stringify(cache));
    assert.deepStrictEqual(AnnotationCache.fromJSON(stored, 'v1').get('a'), annotate(TEXT));
    assert.strictEqual(AnnotationCache.fromJSON(stored, 'v2').size, 0);
  });

  it('never throws on a stored entry that is not an annotation', () => {
    const stored = {
      version: 'v1',
      entries: [
        ['a', { entities: 3, events: [null, { actorKeys: 'x' }], dates: [{ grain: 7 }] }],
        ['b', {}],
      ],
    };
    const cache = AnnotationCache.fromJSON(stored, 'v1');
    assert.strictEqual(cache.size, 2);
    assert.deepStrictEqual(cache.get('a'), stored.entries[0][1]);
  });

  it('reads a stored entry with a damaged happening profile, and makes the profile again when indexed', () => {
    const annotation = annotate('Pyongyang fired a missile on Monday, officials in Seoul said.');
    const cache = new AnnotationCache('test');
    cache.set('k', annotation);
    const stored = JSON.parse(JSON.stringify(cache));
    stored.entries[0][1].profile = { features: ['a:place:seoul'], weights: 'heavy', year: 2017 };
    const entry = AnnotationCache.fromJSON(stored, 'test').stored('k')!;
    assert.ok('packed' in entry && entry.profile === undefined, JSON.stringify(entry).slice(0, 200));
    const fromDamaged = new ActorIndex();
    fromDamaged.set('a', entry);
    const fromWhole = new ActorIndex();
    fromWhole.set('a', annotation);
    assert.deepStrictEqual(fromDamaged.happenings.happenings(), fromWhole.happenings.happenings());
    assert.ok(fromWhole.happenings.happenings().length > 0);
  });

  it('drops what the workspace no longer has', () => {
    const cache = new AnnotationCache('v1');
    cache.set('a', annotate(TEXT));
    cache.set('b', annotate('Tokyo.'));
    cache.retain(new Set(['b']));
    assert.strictEqual(cache.get('a'), undefined);
    assert.ok(cache.get('b'));
  });
});
