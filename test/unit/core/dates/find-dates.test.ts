import * as assert from 'assert';
import { findDates } from '../../../../src/core/dates/find-dates';
import type { ArticleDate } from '../../../../src/core/types';
import { failOnThrowingDateRules } from './failing-rules';

const given = (value: string): ArticleDate => ({ value, source: 'given', confidence: 1 });
const dateline = (value: string): ArticleDate => ({ value, source: 'dateline', confidence: 0.9 });
const UNKNOWN: ArticleDate = { value: null, source: 'unknown', confidence: 0 };

function values(text: string, articleDate: ArticleDate) {
  return findDates(text, articleDate).map(d => [d.text, d.value]);
}

describe('findDates', () => {
  failOnThrowingDateRules();
  it('resolves a month-day against the article year and leaves out the preposition', () => {
    const text = 'On November 29, North Korea conducted a missile launch, the first since September 15.';
    assert.deepStrictEqual(values(text, given('2017-12-11')), [
      ['November 29', '2017-11-29'],
      ['September 15', '2017-09-15'],
    ]);
  });

  it('keeps XXXX for the year when the article year is unknown', () => {
    const text = 'On November 29, North Korea conducted a missile launch.';
    assert.deepStrictEqual(values(text, dateline('XXXX-12-11')), [['November 29', 'XXXX-11-29']]);
  });

  it('keeps XXXX in every relative date that depends on an unknown year', () => {
    const text =
      'The envoy arrived yesterday, met the minister last week and will return next month; this year was hard.';
    assert.deepStrictEqual(values(text, dateline('XXXX-12-11')), [
      ['yesterday', 'XXXX-12-10'],
      ['last week', 'XXXX-WXX'],
      ['next month', 'XXXX-01'],
      ['this year', 'XXXX'],
    ]);
  });

  it('places a month-day in the previous year when a past clause needs it', () => {
    assert.deepStrictEqual(values('The talks held on December 28 were useful.', given('2018-01-03')), [
      ['December 28', '2017-12-28'],
    ]);
    assert.deepStrictEqual(values('The talks will be held on January 10.', given('2017-12-28')), [
      ['January 10', '2018-01-10'],
    ]);
  });

  it('resolves "said Tuesday" to the Tuesday before the article date and "will meet on Friday" to the one after', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said Tuesday that he will meet Kishida on Friday.';
    assert.deepStrictEqual(values(text, given('2016-01-14')), [
      ['Tuesday', '2016-01-12'],
      ['Friday', '2016-01-15'],
    ]);
  });

  it('takes a weekday that is the article day itself for that day', () => {
    assert.deepStrictEqual(values('Shares closed higher on Tuesday.', given('2021-10-26')), [
      ['Tuesday', '2021-10-26'],
    ]);
  });

  it('leaves a weekday unresolved without an article date', () => {
    assert.deepStrictEqual(values('Lavrov said Tuesday.', UNKNOWN), [['Tuesday', 'XXXX-WXX-2']]);
  });

  it('gives ISO weeks across the turn of the year', () => {
    assert.deepStrictEqual(values('Prices rose last week.', given('2021-01-04')), [['last week', '2020-W53']]);
    assert.deepStrictEqual(values('Prices rose last week.', given('2017-12-04')), [['last week', '2017-W48']]);
  });

  it('gives the grain of each kind of expression', () => {
    const text =
      'In January 2003, in 2005, in the 1990s, last summer, in the first quarter, last week, on Friday night, ' +
      'on November 29, for four days, and recently, the 20th century.';
    const grains = findDates(text, given('2017-12-11')).map(d => [d.text, d.grain]);
    assert.deepStrictEqual(grains, [
      ['January 2003', 'month'],
      ['2005', 'year'],
      ['the 1990s', 'decade'],
      ['last summer', 'season'],
      ['the first quarter', 'quarter'],
      ['last week', 'week'],
      ['Friday night', 'time'],
      ['November 29', 'day'],
      ['four days', 'duration'],
      ['recently', 'reference'],
      ['the 20th century', 'century'],
    ]);
  });

  it('finds bare years but not numbers, measures or photo-credit years', () => {
    const text =
      '© AFP 2023 / DOMINICK REUTER\nNorth Korea conducted nuclear tests in 2006, 2009 and 2013, ' +
      'reaching an altitude of 4,475 kilometers and a distance of 1950 km.';
    assert.deepStrictEqual(values(text, UNKNOWN), [
      ['2006', '2006'],
      ['2009', '2009'],
      ['2013', '2013'],
    ]);
  });

  it('keeps the longest of overlapping expressions', () => {
    const text = 'The deal was signed on Tuesday, December 9, 2008, and revised on December 15 of this year.';
    assert.deepStrictEqual(values(text, given('2017-12-11')), [
      ['Tuesday, December 9, 2008', '2008-12-09'],
      ['December 15 of this year', '2017-12-15'],
    ]);
  });

  it('joins a clock time to the day written beside it', () => {
    assert.deepStrictEqual(values('The quake struck at 10:24 a.m. Friday.', given('2017-12-11')), [
      ['10:24 a.m. Friday', '2017-12-08T10:24'],
    ]);
    assert.deepStrictEqual(values('Police arrived Tuesday at 7 p.m.', given('2017-12-11')), [
      ['Tuesday at 7 p.m.', '2017-12-05T19:00'],
    ]);
  });

  it('keeps modifiers in the extent: "early Sunday", "mid-December", "the end of 2017"', () => {
    const text = 'The vote ended early Sunday; talks stalled in mid-December and resume at the end of 2017.';
    assert.deepStrictEqual(
      values(text, given('2017-12-11')).map(([t]) => t),
      ['early Sunday', 'mid-December', 'the end of 2017'],
    );
  });

  it('gives every date an exact span of the text, in UTF-16 units', () => {
    const text =
      '🇰🇵 On Sunday, a four-day visit began; since the beginning of this year, in April 2009.\r\n😀 Tuesday at 2:09 a.m.';
    const dates = findDates(text, given('2016-01-14'));
    assert.strictEqual(dates.length, 5);
    for (const d of dates) assert.strictEqual(text.slice(d.start, d.end), d.text);
  });

  it('never throws on odd input', () => {
    const odd = [
      '',
      '\u0000\u0001',
      '((((',
      'May '.repeat(3000),
      '\uD800 lone surrogate',
      '31 February 2017',
      'Q9 0000 99/99/9999',
      'the 00s',
      'in 0000',
      'at 99:99 p.m.',
      '1999-2000-2001-2002',
    ];
    for (const text of odd) {
      for (const date of [given('2016-02-29'), dateline('XXXX-02-29'), UNKNOWN])
        assert.doesNotThrow(() => findDates(text, date), text);
    }
  });
});
