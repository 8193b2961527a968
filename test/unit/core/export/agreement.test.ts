import * as assert from 'assert';
import { agreementMarkdown, disagreements, scoreSpans, type LabeledSpan } from '../../../../src/core';

const TEXT =
  'Russian Deputy Foreign Minister Igor Morgulov and Director General of the Asian and Oceanian Affairs Bureau at Japan’s Foreign Ministry Takehiro Funakoshi have discussed the situation on the Korean Peninsula.';
const span = (exact: string, label: LabeledSpan['label']): LabeledSpan => ({
  start: TEXT.indexOf(exact),
  end: TEXT.indexOf(exact) + exact.length,
  text: exact,
  label,
});

const GOLD = [
  span('Igor Morgulov', 'person'),
  span('Asian and Oceanian Affairs Bureau', 'organization'),
  span('Japan’s Foreign Ministry', 'organization'),
  span('Takehiro Funakoshi', 'person'),
  span('Korean Peninsula', 'place'),
];
const FOUND = [
  span('Igor Morgulov', 'person'),
  span('Asian and Oceanian Affairs Bureau', 'organization'),
  span('Japan', 'place'),
  span('Foreign Ministry', 'organization'),
  span('Takehiro Funakoshi', 'person'),
  span('Korean Peninsula', 'place'),
];

describe('agreement', () => {
  it('scores precision, recall and F1 per type and over all, on exact spans', () => {
    const scores = scoreSpans(GOLD, FOUND);
    assert.deepStrictEqual(
      scores.map(s => s.label),
      ['person', 'organization', 'place', 'all'],
    );
    const organization = scores[1];
    assert.deepStrictEqual([organization.gold, organization.predicted, organization.matched], [2, 2, 1]);
    assert.strictEqual(organization.precision, 0.5);
    assert.strictEqual(organization.f1, 0.5);
    assert.strictEqual(organization.overlapF1, 1, '"Foreign Ministry" overlaps "Japan’s Foreign Ministry"');
    const place = scores[2];
    assert.deepStrictEqual([place.precision, place.recall], [0.5, 1]);
    const all = scores[3];
    assert.deepStrictEqual([all.gold, all.predicted, all.matched], [5, 6, 4]);
    assert.ok(Math.abs(all.f1! - 8 / 11) < 1e-12);
  });

  it('has no precision without predictions, and full scores for identical lists', () => {
    assert.strictEqual(scoreSpans(GOLD, [])[0].precision, null);
    assert.strictEqual(scoreSpans(GOLD, [])[0].recall, 0);
    assert.ok(scoreSpans(GOLD, GOLD).every(s => s.f1 === 1));
  });

  it('lists what was missed and what is extra', () => {
    const { missed, extra } = disagreements(GOLD, FOUND);
    assert.deepStrictEqual(
      missed.map(s => s.text),
      ['Japan’s Foreign Ministry'],
    );
    assert.deepStrictEqual(
      extra.map(s => s.text),
      ['Japan', 'Foreign Ministry'],
    );
  });

  it('writes a markdown report with a table per system and the gold lines not used', () => {
    const report = agreementMarkdown({
      title: '001.txt',
      goldSource: 'gold/001.ann',
      gold: GOLD,
      systems: [{ name: 'News Lens (automatic)', spans: FOUND }],
      problems: ['line 7: type "MISC" is not a person, organization, place or date'],
    });
    assert.match(report, /^# Agreement with gold: 001\.txt/);
    assert.match(report, /\| organization \| 2 \| 2 \| 1 \| 50\.0% \| 50\.0% \| 50\.0% \| 100\.0% \|/);
    assert.match(report, /\| \*\*all\*\* \| 5 \| 6 \| 4 \| 66\.7% \| 80\.0% \| 72\.7% \|/);
    assert.match(report, /Missed \(in gold only\): 1\n\n- organization “Japan’s Foreign Ministry” at/);
    assert.match(report, /## Gold lines not used\n\n- line 7: type "MISC"/);
  });
});
