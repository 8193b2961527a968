import * as assert from 'assert';
import { ActorIndex, type Annotation, type Coreference, type Mention } from '../../../../src/core';
import { ReferredForms } from '../../../../src/features/navigation/referred-forms';

// Seed 000's sentences, with the references a reader resolves by hand.
function annotation(
  text: string,
  names: [string, string][],
  references: [string, string, Coreference['kind']][],
): Annotation {
  const at = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    assert.ok(start >= 0, word);
    return { start, end: start + word.length, text: word };
  };
  const entities: Mention[] = names.map(([word, actorKey]) => ({ ...at(word), type: 'person', actorKey }));
  let from = 0;
  const coreferences = references.map(([word, actorKey, kind]) => {
    const span = at(word, from);
    from = span.end;
    return { ...span, actorKey, kind };
  });
  return {
    articleDate: { value: null, source: 'unknown', confidence: 0 },
    entities,
    dates: [],
    events: [],
    coreferences,
  };
}

describe('ReferredForms', () => {
  const index = new ActorIndex();
  index.set(
    'a',
    annotation(
      'Chief of Russia’s General Staff Army General Valery Gerasimov and Japanese Foreign Minister Itsunori Onodera ' +
        'have discussed the North Korean missile issue. The issue was brought up by the Japanese defense minister. ' +
        '"For Japan, North Korea is the most pressing issue," he said, adding that he would like to discuss ways to ' +
        'cooperate in this field.',
      [
        ['Valery Gerasimov', 'person:valery-gerasimov'],
        ['Itsunori Onodera', 'person:itsunori-onodera'],
      ],
      [
        ['the Japanese defense minister', 'person:itsunori-onodera', 'description'],
        ['he', 'person:itsunori-onodera', 'pronoun'],
        ['he', 'person:itsunori-onodera', 'pronoun'],
      ],
    ),
  );
  index.set(
    'b',
    annotation(
      'In response, the Russian General Staff chief reiterated Moscow’s stance. "We believe that the issue should be ' +
        'resolved only through political and diplomatic means," Gerasimov stressed.',
      [['Gerasimov', 'person:gerasimov']],
      [['the Russian General Staff chief', 'person:gerasimov', 'description']],
    ),
  );
  const forms = new ReferredForms(index);

  it('counts the forms that refer to an actor, most used first', () => {
    assert.deepStrictEqual(forms.of('person:itsunori-onodera'), [
      { text: 'he', count: 2 },
      { text: 'the Japanese defense minister', count: 1 },
    ]);
  });

  it('counts across the workspace, a bare surname’s references with the full name’s', () => {
    assert.strictEqual(index.resolve('person:gerasimov'), 'person:valery-gerasimov');
    assert.deepStrictEqual(forms.of('person:valery-gerasimov'), [
      { text: 'the Russian General Staff chief', count: 1 },
    ]);
    assert.deepStrictEqual(forms.of('person:gerasimov'), forms.of('person:valery-gerasimov'));
  });

  it('finds none for an actor nothing refers to, and counts again after a clear', () => {
    assert.deepStrictEqual(forms.of('place:japan'), []);
    index.delete('b');
    assert.strictEqual(forms.of('person:valery-gerasimov').length, 1, 'kept until cleared');
    forms.clear();
    assert.deepStrictEqual(forms.of('person:valery-gerasimov'), []);
  });
});
