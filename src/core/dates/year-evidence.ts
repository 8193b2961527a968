// Finds the year of a dateline that names only month and day, from evidence in the article's own text.
//
// - An article is not older than the latest year it mentions in the past or present ("as in 2015 and
//   2019"); that is a lower bound, never an answer by itself.
// - A weekday said of the article's own day in the lead ("discussed … on Tuesday") fixes the year
//   together with that bound: the first year from the bound in which the dateline's day is that weekday.
// - Relative phrases tied to a year fix it outright: "last year (2020)", "two years ago, in 2019".
// - A full date in the text on the dateline's own month and day, not older than the bound.
// Where none of these applies the year stays unknown: a wrong year would be worse than `XXXX`.
import type { ArticleDate, DateMention } from '../types';
import { MONTHS, isRealDay, weekdayOf, weekdayNumber } from './calendar';
import { findDates } from './find-dates';
import { tenseAround } from './tense';
import { COUNT, countValue } from './rules/words';

export interface YearEvidence {
  year: number;
  confidence: number;
  evidence: string;
}

/** The lead paragraph, where a weekday is said of the article's own day. */
export interface Lead {
  start: number;
  end: number;
}

const MONTH_NAMES = MONTHS.map(m => m[0].toUpperCase() + m.slice(1));
const UNKNOWN: ArticleDate = { value: null, source: 'unknown', confidence: 0 };
// Years after these words are targets and deadlines ("by 2030"), not times already reached.
const TARGET_BEFORE =
  /\b(?:by|until|till|through|to|before|in time for)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$/i;
const YEAR_OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };
const RELATIVE_YEAR_THEN_YEAR = /\b(this|last|next) year\s*[(,]\s*(?:in\s+)?(\d{4})\b/gi;
const YEAR_THEN_RELATIVE_YEAR = /\b(\d{4})\s*[(,]\s*(this|last|next) year\b/gi;
const AGO_THEN_YEAR = new RegExp(
  `\\b(${COUNT}) years? ago\\s*,?\\s*(?:in|on)\\s+(?:[A-Z][a-z]+\\.?\\s+(?:\\d{1,2},?\\s+)?|\\d{1,2}\\s+[A-Z][a-z]+\\s+)?(\\d{4})\\b`,
  'gi',
);
const YEAR_THEN_AGO = new RegExp(`\\b(\\d{4})\\s*,\\s*(${COUNT}) years? ago\\b`, 'gi');
// The lead weekday must be the day itself: not "last Tuesday", "Tuesday night" or "late Tuesday".
const PLAIN_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Enough years to meet every weekday on any month-day, 29 February included.
const WEEKDAY_SEARCH_YEARS = 28;

/** The latest year the text speaks of as past or present, ignoring targets and future clauses. */
export function latestYearMentioned(text: string, mentions: DateMention[] = findDates(text, UNKNOWN)): number | null {
  let latest: number | null = null;
  for (const date of mentions) {
    const year = /^(\d{4})(?:-|$)/.exec(date.value);
    if (!year || date.grain === 'duration') continue;
    if (TARGET_BEFORE.test(text.slice(Math.max(0, date.start - 40), date.start))) continue;
    if (tenseAround(text, date.start, date.end) === 'future') continue;
    latest = Math.max(latest ?? 0, Number(year[1]));
  }
  return latest;
}

/** Years that relative phrases tie to the article's year ("last year (2020)" says 2021). */
export function yearsFromRelativePhrases(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(RELATIVE_YEAR_THEN_YEAR)) years.push(Number(m[2]) - YEAR_OFFSETS[m[1].toLowerCase()]);
  for (const m of text.matchAll(YEAR_THEN_RELATIVE_YEAR)) years.push(Number(m[1]) - YEAR_OFFSETS[m[2].toLowerCase()]);
  for (const m of text.matchAll(AGO_THEN_YEAR)) {
    const count = countValue(m[1]);
    if (count !== 'X') years.push(Number(m[2]) + count);
  }
  for (const m of text.matchAll(YEAR_THEN_AGO)) {
    const count = countValue(m[2]);
    if (count !== 'X') years.push(Number(m[1]) + count);
  }
  return years;
}

/** The weekday the lead says of the article's own day ("discussed … on Tuesday"), or null. */
export function leadWeekday(
  text: string,
  lead: Lead,
  mentions: DateMention[] = findDates(text, UNKNOWN),
): { weekday: number; text: string } | null {
  const first = mentions.find(d => d.start >= lead.start && d.end <= lead.end && /^XXXX-WXX-\d$/.test(d.value));
  if (!first || !PLAIN_WEEKDAY.test(first.text)) return null;
  // A weekday in a present or future clause is a day to come ("the ministers meet on Friday").
  const tense = tenseAround(text, first.start, first.end);
  if (tense === 'future' || tense === 'present') return null;
  return { weekday: weekdayNumber(first.text)!, text: first.text };
}

export function yearOfDateline(text: string, month: number, day: number, lead: Lead): YearEvidence | null {
  const mentions = findDates(text, UNKNOWN);
  const lowerBound = latestYearMentioned(text, mentions);
  const relative = [...new Set(yearsFromRelativePhrases(text))];
  if (
    relative.length === 1 &&
    isRealDay(relative[0], month, day) &&
    (lowerBound === null || relative[0] >= lowerBound)
  ) {
    return { year: relative[0], confidence: 0.8, evidence: `a relative phrase ties the text to ${relative[0]}` };
  }
  const sameDay = fullDatesOn(mentions, month, day).filter(year => lowerBound === null || year >= lowerBound);
  if (sameDay.length === 1)
    return {
      year: sameDay[0],
      confidence: 0.8,
      evidence: `the text gives the dateline's day in full with ${sameDay[0]}`,
    };
  const weekday = leadWeekday(text, lead, mentions);
  if (!weekday || lowerBound === null) return null;
  for (let year = lowerBound; year < lowerBound + WEEKDAY_SEARCH_YEARS; year++) {
    if (isRealDay(year, month, day) && weekdayOf({ year, month, day }) === weekday.weekday) {
      return {
        year,
        confidence: 0.6,
        evidence: `the lead says ${weekday.text}, and ${MONTH_NAMES[month - 1]} ${day} is a ${weekday.text} first in ${year} from ${lowerBound}, the latest year the text mentions`,
      };
    }
  }
  return null;
}

function fullDatesOn(mentions: DateMention[], month: number, day: number): number[] {
  const suffix = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const years = mentions
    .filter(d => /^\d{4}-\d{2}-\d{2}$/.test(d.value) && d.value.endsWith(suffix))
    .map(d => Number(d.value.slice(0, 4)));
  return [...new Set(years)];
}
