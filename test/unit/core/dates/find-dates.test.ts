import * as assert from 'assert';
import { findDates } from '../../../../src/core/dates/find-dates';
import type { ArticleDate } from '../../../../src/core/types';

const given = (value: string): ArticleDate => ({ value, source: 'given', confidence: 1 });
const UNKNOWN: ArticleDate = { value: null, source: 'unknown', confidence: 0 };

function values(text: string, articleDate: ArticleDate) {
  return findDates(text, articleDate).map(d => [d.text, d.value]);
}

describe('findDates', () => {
  it('resolves a month-day against the article year and leaves out the preposition', () => {
    const text = 'On November 29, North Korea conducted a missile launch, the first since September 15.';
    assert.deepStrictEqual(values(text, given('2017-12-11')), [['November 29', '2017-11-29'], ['September 15', '2017-09-15']]);
  });

  it('keeps XXXX for the year when the article year is unknown', () => {
    const text = 'On November 29, North Korea conducted a missile launch.';
    assert.deepStrictEqual(values(text, { value: 'XXXX-12-11', source: 'dateline', confidence: 0.9 }), [['November 29', 'XXXX-11-29']]);
  });

  it('resolves "said Tuesday" to the Tuesday before the article date', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said Tuesday.';
    assert.deepStrictEqual(values(text, given('2016-01-14')), [['Tuesday', '2016-01-12']]);
  });

  it('leaves a weekday unresolved without an article date', () => {
    assert.deepStrictEqual(values('Lavrov said Tuesday.', UNKNOWN), [['Tuesday', 'XXXX-WXX-2']]);
  });

  it('gives month and year grains', () => {
    const dates = findDates('In January 2003, North Korea announced its withdrawal from the treaty.', UNKNOWN);
    assert.deepStrictEqual(dates.map(d => [d.text, d.value, d.grain]), [['January 2003', '2003-01', 'month']]);
  });

  it('finds bare years but not numbers, measures or photo-credit years', () => {
    const text = '© AFP 2023 / DOMINICK REUTER\nNorth Korea conducted nuclear tests in 2006, 2009 and 2013, ' +
      'reaching an altitude of 4,475 kilometers and a distance of 1950 km.';
    assert.deepStrictEqual(values(text, UNKNOWN), [['2006', '2006'], ['2009', '2009'], ['2013', '2013']]);
  });

  it('gives every date an exact span of the text', () => {
    const text = '🇰🇵 On Sunday, a four-day visit began; since the beginning of this year, in April 2009.';
    for (const d of findDates(text, given('2016-01-14'))) assert.strictEqual(text.slice(d.start, d.end), d.text);
  });
});
