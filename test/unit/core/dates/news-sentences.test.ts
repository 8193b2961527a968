// Runs the table of wire-copy sentences (news-sentences.json): each sentence's time expressions, their
// extents and TIMEX3 values, and nothing else, resolved against the sentence's article date.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { inferArticleDate } from '../../../../src/core/dates/article-date';
import { findDates } from '../../../../src/core/dates/find-dates';
import { failOnThrowingDateRules } from './failing-rules';

interface TableEntry {
  kind: string;
  /** The article date as given (CLI --date), or null when the text itself must say it. */
  date: string | null;
  text: string;
  /** Every time expression in text order: its extent's text and its value. */
  expect: [string, string][];
}

const TABLE_FILE = path.join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'test',
  'unit',
  'core',
  'dates',
  'news-sentences.json',
);
const TABLE: TableEntry[] = JSON.parse(fs.readFileSync(TABLE_FILE, 'utf8'));

const KINDS = [
  'month-day',
  'month-year',
  'year',
  'year-range',
  'weekday',
  'relative-day',
  'week',
  'relative-month',
  'relative-year',
  'reference',
  'duration',
  'decade',
  'century',
  'season',
  'quarter',
  'time',
  'holiday',
  'numeric',
  'article-date',
  'negative',
];

/** The expected mentions with offsets: each expected text is looked up after the previous one. */
function expectedMentions(entry: TableEntry): { start: number; text: string; value: string }[] {
  let from = 0;
  return entry.expect.map(([text, value]) => {
    const start = entry.text.indexOf(text, from);
    assert.ok(start >= 0, `the table expects "${text}" in "${entry.text}"`);
    from = start + text.length;
    return { start, text, value };
  });
}

describe('time expressions in news sentences (news-sentences.json)', () => {
  failOnThrowingDateRules();

  it('holds at least 150 sentences covering every kind of expression and the negatives', () => {
    assert.ok(TABLE.length >= 150, `${TABLE.length} sentences`);
    assert.deepStrictEqual([...new Set(TABLE.map(e => e.kind))].sort(), [...KINDS].sort());
  });

  for (const entry of TABLE) {
    const shown = entry.expect.length
      ? entry.expect.map(([text, value]) => `"${text}" = ${value}`).join(', ')
      : 'no time expression';
    it(`${entry.kind}: finds ${shown} in "${entry.text.replace(/\n/g, ' ')}"${entry.date ? ` (article date ${entry.date})` : ''}`, () => {
      const dates = findDates(entry.text, inferArticleDate(entry.text, entry.date ?? undefined));
      for (const d of dates) assert.strictEqual(entry.text.slice(d.start, d.end), d.text);
      assert.deepStrictEqual(
        dates.map(d => ({ start: d.start, text: d.text, value: d.value })),
        expectedMentions(entry),
      );
    });
  }
});
