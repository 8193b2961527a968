import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import { withAppositivePersons } from '../../../../src/core/entities/appositive-persons';
import { mention } from './mentions';

// Sentences written here for these tests (no test set's text), giving an age or a role the way news does.
const read = (text: string, found: ReturnType<typeof mention>[]) => {
  const out = withAppositivePersons(tokenize(text), found);
  for (const m of out) assert.strictEqual(text.slice(m.start, m.end), m.text, m.text);
  return out.map(m => `${m.text}/${m.type}`);
};

describe('withAppositivePersons', () => {
  it('reads a surname alone before an age as a person, without the everyday words and titles before it', () => {
    assert.deepStrictEqual(read('Adeyemi, 31, joined the club in 2019.', []), ['Adeyemi/person']);
    assert.deepStrictEqual(read('Police said Unemployed Tom Varga, 23, was arrested.', []), ['Tom Varga/person']);
    assert.deepStrictEqual(read('Later Coach Brandt, 58, said he was sorry.', []), ['Brandt/person']);
  });

  it('retypes a name the model read otherwise, unless the lists know it', () => {
    const text = 'Ngozi-Adebayo, 66, a former minister, spoke in Geneva. Boeing, 3, said nothing.';
    assert.deepStrictEqual(
      read(text, [mention(text, 'Ngozi-Adebayo', 'organization'), mention(text, 'Geneva', 'place')]),
      ['Ngozi-Adebayo/person', 'Geneva/place'],
    );
    const listed = 'Pakistan, 12, was not a person.';
    assert.deepStrictEqual(read(listed, [mention(listed, 'Pakistan', 'place')]), ['Pakistan/place']);
  });

  it('reads a name before a role between commas as a person', () => {
    assert.deepStrictEqual(read('Adeyemi, the Flying Eagles captain, said they were ready.', []), ['Adeyemi/person']);
    const text = 'Mbeki-Obi, a spokesman for the ministry, declined to comment.';
    assert.deepStrictEqual(read(text, [mention(text, 'Mbeki-Obi', 'organization')]), ['Mbeki-Obi/person']);
  });

  it('leaves a name the model read in part as it was read', () => {
    const text = 'Abu Karim al-Zahrani, the group’s leader, spoke.';
    assert.deepStrictEqual(read(text, [mention(text, 'Abu Karim')]), ['Abu Karim/person']);
  });

  it('reads no role in an appositive of other words, past its noun or after a listed country', () => {
    for (const text of [
      'Zenthos, the world’s largest steel producer, said so.',
      'Halvard, the major shareholder, sold.',
      'Germany, the president of the bloc, agreed.',
    ])
      assert.deepStrictEqual(read(text, []), [], text);
  });

  it('reads two ages joined by "and", not a list of figures, a place after a preposition or a team', () => {
    assert.deepStrictEqual(read('Tom Varga, 45, and Ann Lesko, 52, were charged.', []), [
      'Tom Varga/person',
      'Ann Lesko/person',
    ]);
    for (const text of [
      'Highs on Sunday: Denver, 45, Phoenix, 88, Seattle, 52.',
      'The fire broke out in Oakland, a spokesman for the fire department said.',
      'The Warriors, 12, and the Celtics, 11, lead the league.',
      'Leeds, the league leader, beat Hull.',
    ])
      assert.deepStrictEqual(read(text, []), [], text);
  });

  it('reads no age in a list of figures, a year, a figure past a lifetime or across lines', () => {
    for (const text of [
      'It runs on Windows XP, Vista, 7, 8, and 10.',
      'Born in Lagos, 1961, she moved away.',
      'Section Nine, 400, was closed.',
      'The Council\n, 45, met.',
      'Everyone, 30, agreed.',
    ])
      assert.deepStrictEqual(read(text, []), [], text);
  });
});
