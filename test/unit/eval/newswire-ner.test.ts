// The newswire NER measure (scripts/eval/newswire-ner.js) scores exact spans of the right type only.
import * as assert from 'assert';
import * as path from 'path';

const { score } = require(path.join(__dirname, '..', '..', '..', '..', 'scripts', 'eval', 'newswire-ner.js'));

const text = 'MOSCOW (Sputnik) Russian Foreign Minister Sergei Lavrov said Tuesday.';
const gold = [
  {
    id: 'a',
    text,
    entities: [
      { start: 0, end: 6, text: 'MOSCOW', type: 'place' },
      { start: 8, end: 15, text: 'Sputnik', type: 'organization' },
      { start: 42, end: 55, text: 'Sergei Lavrov', type: 'person' },
    ],
  },
];

describe('newswire NER measure', () => {
  it('counts a title kept inside the span as both a false positive and a false negative', () => {
    const predicted = new Map([
      [
        'a',
        [
          { start: 0, end: 6, text: 'MOSCOW', type: 'place' },
          { start: 8, end: 15, text: 'Sputnik', type: 'place' },
          { start: 34, end: 55, text: 'Minister Sergei Lavrov', type: 'person' },
        ],
      ],
    ]);
    const s = score(gold, predicted);
    assert.deepStrictEqual([s.all.gold, s.all.predicted, s.all.correct], [3, 3, 1]);
    assert.strictEqual(s.byType.place.precision, 0.5);
    assert.strictEqual(s.byType.person.recall, 0);
    assert.strictEqual(s.untyped.correct, 2, 'Sputnik has the right span, only the wrong type');
    assert.deepStrictEqual(
      s.falsePositives.map((e: { text: string }) => e.text),
      ['Sputnik', 'Minister Sergei Lavrov'],
    );
    assert.deepStrictEqual(s.falseNegatives[1].predictedThere, ['"Minister Sergei Lavrov" person']);
  });

  it('gives F1 of 1 when every gold mention comes back exactly', () => {
    const s = score(gold, new Map([['a', gold[0].entities]]));
    assert.strictEqual(s.all.f1, 1);
    assert.strictEqual(s.falsePositives.length + s.falseNegatives.length, 0);
  });
});
