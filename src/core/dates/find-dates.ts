// Finds every time expression of an article and normalizes it to a TIMEX3 value against the article date.
//
// Each rule module finds one kind of expression; here they are pooled, the longest wins where two
// overlap ("Tuesday, December 9, 2008" over "Tuesday" and "2008"), modifiers join the extent ("early
// Sunday", "the end of 2017"), and a clock time takes the day written beside it ("10:24 a.m. Friday").
import type { ArticleDate, DateMention } from '../types';
import { referenceOf } from './reference';
import { tenseAround } from './tense';
import type { DateRule, Found, RuleContext } from './rules/rule';
import { findCalendarDates } from './rules/calendar-dates';
import { findWeekdays } from './rules/weekdays';
import { findRelativeDates } from './rules/relative';
import { findPeriods } from './rules/periods';
import { findYears } from './rules/years';
import { findDurations } from './rules/durations';
import { findReferences } from './rules/references';
import { findClockTimes } from './rules/clock-times';
import { findHolidays } from './rules/holidays';

const RULES: DateRule[] = [
  findCalendarDates, findWeekdays, findRelativeDates, findPeriods, findYears, findDurations, findReferences, findClockTimes, findHolidays,
];

// Photo credits ("© AFP 2023") carry the picture's year, not a time the story talks about.
const CREDIT_LINE = /©|\bcopyright\b|\bphoto\s*(?::|by\b)|\bimage\s*:/i;
// "early Sunday", "mid-December", "the end of 2017": TimeML keeps these words in the extent.
const MODIFIER_BEFORE = /(?:\b(?:early|late)\s+|\bmid-?\s*|\b(?:the\s+)?(?:beginning|start|end|middle|turn|close)\s+of\s+(?:the\s+)?)$/i;
// "about 7:30 a.m.": an approximate clock time, like an approximate duration, keeps its "about".
const APPROXIMATELY_BEFORE = /\b(?:about|around|approximately|roughly)\s+$/i;
const MODIFIABLE = new Set(['time', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century']);
const CLOCK = /T(\d{2}:\d{2})$/;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-\d)$/;
// What may stand between a clock time and its day: "10:24 a.m. Friday", "Friday at 7 p.m.", "7 p.m. on Friday".
const CLOCK_DAY_GAP = /^(?:\s*,?\s*(?:on|at|around|about)?\s*)$/i;

export function findDates(text: string, articleDate: ArticleDate): DateMention[] {
  const context: RuleContext = { text, reference: referenceOf(articleDate), tenseAt: (start, end, options) => tenseAround(text, start, end, options) };
  const candidates: Found[] = [];
  for (const rule of RULES) {
    try {
      candidates.push(...rule(context));
    } catch {
      // One rule failing on odd text must not cost the others' dates.
    }
  }
  const kept = longestFirst(candidates.filter(c => c.end > c.start && !onCreditLine(text, c.start)).map(c => withModifier(text, c)));
  return joinClockTimes(text, kept).map(d => ({ start: d.start, end: d.end, text: text.slice(d.start, d.end), value: d.value, grain: d.grain }));
}

function onCreditLine(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  return CREDIT_LINE.test(text.slice(lineStart, start));
}

function withModifier(text: string, date: Found): Found {
  if (!MODIFIABLE.has(date.grain)) return date;
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  const modifier = MODIFIER_BEFORE.exec(before) ?? (CLOCK.test(date.value) ? APPROXIMATELY_BEFORE.exec(before) : null);
  return modifier ? { ...date, start: date.start - modifier[0].length } : date;
}

/** Keeps the longest of overlapping candidates (the earlier rule on a tie), in text order. */
function longestFirst(candidates: Found[]): Found[] {
  const ranked = candidates.map((c, order) => ({ c, order }))
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.c.start - b.c.start || a.order - b.order);
  const kept: Found[] = [];
  for (const { c } of ranked) {
    if (!kept.some(k => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function joinClockTimes(text: string, dates: Found[]): Found[] {
  const joined: Found[] = [];
  for (const date of dates) {
    const previous = joined[joined.length - 1];
    const pair = previous && clockAndDay(previous, date);
    if (pair && CLOCK_DAY_GAP.test(text.slice(previous.end, date.start))) {
      joined[joined.length - 1] = { start: previous.start, end: date.end, value: `${pair.day.value}T${pair.clock}`, grain: 'time' };
    } else {
      joined.push(date);
    }
  }
  return joined;
}

function clockAndDay(a: Found, b: Found): { clock: string; day: Found } | null {
  const clockA = CLOCK.exec(a.value);
  const clockB = CLOCK.exec(b.value);
  if (clockA && DAY_VALUE.test(b.value)) return { clock: clockA[1], day: b };
  if (clockB && DAY_VALUE.test(a.value)) return { clock: clockB[1], day: a };
  return null;
}
