import * as assert from 'assert';
import { displayDate, distanceToArticleDate, splitNote, weekdayNamedIn } from '../../../src/presentation/dates';

// Every shape of value the core's date rules write (src/core/dates), as a reader sees it.
const TABLE: [value: string | null, enGB: string, en: string][] = [
  ['2017-12-11', 'Mon, 11 Dec 2017', 'Mon, Dec 11, 2017'],
  ['XXXX-12-11', '11 Dec (year unknown)', 'Dec 11 (year unknown)'],
  ['XXXX-02-29', '29 Feb (year unknown)', 'Feb 29 (year unknown)'],
  ['XXXX-XX-XX', 'a day (date unknown)', 'a day (date unknown)'],
  ['XXXX-WXX-7', 'a Sunday (week unknown)', 'a Sunday (week unknown)'],
  ['XXXX-WXX-2', 'a Tuesday (week unknown)', 'a Tuesday (week unknown)'],
  ['2017-W50', 'the week of 11 Dec 2017', 'the week of Dec 11, 2017'],
  ['2021-W01', 'the week of 4 Jan 2021', 'the week of Jan 4, 2021'],
  ['2017-W50-WE', 'the weekend of 16 Dec 2017', 'the weekend of Dec 16, 2017'],
  ['XXXX-WXX', 'a week (date unknown)', 'a week (date unknown)'],
  ['XXXX-WXX-WE', 'a weekend (date unknown)', 'a weekend (date unknown)'],
  ['2003-08', 'August 2003', 'August 2003'],
  ['XXXX-12', 'December (year unknown)', 'December (year unknown)'],
  ['XXXX-XX', 'a month (date unknown)', 'a month (date unknown)'],
  ['2017-Q4', 'Q4 2017', 'Q4 2017'],
  ['XXXX-Q1', 'Q1 (year unknown)', 'Q1 (year unknown)'],
  ['XXXX-QX', 'a quarter (date unknown)', 'a quarter (date unknown)'],
  ['2017-SU', 'summer 2017', 'summer 2017'],
  ['XXXX-FA', 'autumn (year unknown)', 'autumn (year unknown)'],
  ['1950', '1950', '1950'],
  ['XXXX', 'a year (unknown)', 'a year (unknown)'],
  ['199', 'the 1990s', 'the 1990s'],
  ['XXX', 'a decade (unknown)', 'a decade (unknown)'],
  ['19', 'the 20th century', 'the 20th century'],
  ['20', 'the 21st century', 'the 21st century'],
  ['PAST_REF', 'earlier (unspecified)', 'earlier (unspecified)'],
  ['PRESENT_REF', 'now (at the time of writing)', 'now (at the time of writing)'],
  ['FUTURE_REF', 'later (unspecified)', 'later (unspecified)'],
  ['P3Y', '3 years', '3 years'],
  ['P1W', '1 week', '1 week'],
  ['PT30M', '30 minutes', '30 minutes'],
  ['PXY', 'years', 'years'],
  ['2017-12-11T15:30', 'Mon, 11 Dec 2017, 15:30', 'Mon, Dec 11, 2017, 3:30 PM'],
  ['XXXX-12-11TMO', '11 Dec (year unknown), morning', 'Dec 11 (year unknown), morning'],
  ['XXXX-WXX-5TNI', 'a Friday (week unknown), night', 'a Friday (week unknown), night'],
  [null, 'undated', 'undated'],
];

describe('displayDate', () => {
  for (const [value, enGB, en] of TABLE) {
    it(`writes ${value} as "${enGB}" in British English and "${en}" in English`, () => {
      assert.strictEqual(displayDate(value, 'en-GB'), enGB);
      assert.strictEqual(displayDate(value, 'en'), en);
    });
  }

  it('leaves the weekday out where room is short', () => {
    assert.strictEqual(displayDate('2021-10-19', 'en', { short: true }), 'Oct 19, 2021');
    assert.strictEqual(displayDate('2021-10-19T09:30', 'en-GB', { short: true }), '19 Oct 2021, 9:30');
  });

  it('names days and months in the display language', () => {
    assert.strictEqual(displayDate('2017-12-11', 'de'), 'Mo., 11. Dez. 2017');
    assert.strictEqual(displayDate('2003-08', 'fr'), 'août 2003');
  });

  it('shows a value it cannot read as it is, and never throws on an odd locale', () => {
    for (const value of ['2017-02-30', 'XXXX-13', 'nonsense', '']) assert.strictEqual(displayDate(value, 'en'), value);
    assert.doesNotThrow(() => displayDate('2017-12-11', 'not a locale!'));
  });

  it('never writes a TIMEX3 code for a value of the table', () => {
    for (const [value] of TABLE) assert.doesNotMatch(displayDate(value, 'en'), /XXXX|_REF|W\d\d|^P\d/, String(value));
  });
});

describe('distanceToArticleDate', () => {
  it('counts days when both years are known', () => {
    assert.strictEqual(distanceToArticleDate('2017-11-29', '2017-12-11'), '12 days before the article date');
  });

  it('still counts days when the year is unknown, reading the nearest year', () => {
    assert.strictEqual(
      distanceToArticleDate('XXXX-11-29', 'XXXX-12-11'),
      '12 days before the article date, reading the nearest year',
    );
    assert.strictEqual(
      distanceToArticleDate('XXXX-01-03', '2017-12-28'),
      '6 days after the article date, reading the nearest year',
    );
  });

  it('says nothing when the nearest reading is months away, or there is no article date', () => {
    assert.strictEqual(distanceToArticleDate('XXXX-06-01', 'XXXX-12-11'), null);
    assert.strictEqual(distanceToArticleDate('XXXX-11-29', null), null);
  });
});

describe('date words', () => {
  it('finds the weekday a date mention names', () => {
    assert.strictEqual(weekdayNamedIn('Wednesday, November 29'), 'Wednesday');
    assert.strictEqual(weekdayNamedIn('November 29'), null);
  });

  it('splits the note off a date in words', () => {
    assert.deepStrictEqual(splitNote('Dec 11 (year unknown)'), ['Dec 11', 'year unknown']);
    assert.deepStrictEqual(splitNote('Mon, Dec 11, 2017'), ['Mon, Dec 11, 2017', null]);
  });
});
