// Finds every time expression of an article and normalizes it to a TIMEX3 value against the article date.
//
// Each rule module finds one kind of expression; here they are pooled, the longest wins where two
// overlap ("Tuesday, December 9, 2008" over "Tuesday" and "2008"), modifiers join the extent ("early
// Sunday", "the end of 2017"), and a clock time takes the day written beside it ("10:24 a.m. Friday").
import type { ArticleDate, DateMention } from '../types';
import { consoleLog } from '../log';
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

// By name (object keys survive minification, function names do not), earlier rules first: a tie goes to
// them. Exported for the test that a failing rule is told.
export const DATE_RULES: Record<string, DateRule> = {
  'calendar dates': findCalendarDates,
  weekdays: findWeekdays,
  'relative dates': findRelativeDates,
  periods: findPeriods,
  years: findYears,
  durations: findDurations,
  references: findReferences,
  'clock times': findClockTimes,
  holidays: findHolidays,
};

/** Told when a date rule throws on a text: that rule's dates are lost, the others' kept, and the failure is not hidden. */
export type DateRuleFailure = (rule: string, error: unknown) => void;

let ruleFailed: DateRuleFailure = (rule, error) => consoleLog.error(`the date rule '${rule}' failed`, error);

/**
 * Where date rule failures go from now on (a worker collects them into its answer, the CLI writes them
 * to stderr, the unit tests throw); returns the reporter it replaces, to put back.
 */
export function reportDateRuleFailures(reporter: DateRuleFailure): DateRuleFailure {
  const previous = ruleFailed;
  ruleFailed = reporter;
  return previous;
}

// Photo credits ("© AFP 2023") carry the picture's year, not a time the story talks about.
const CREDIT = /©|\bcopyright\b|\bphoto\s*(?::|by\b)|\bimage\s*:/gi;
// "early Sunday", "mid-December", "the end of 2017": TimeML keeps these words in the extent.
const MODIFIER_BEFORE =
  /(?:\b(?:early|late)\s+|\bmid-?\s*|\b(?:the\s+)?(?:beginning|start|end|middle|turn|close)\s+of\s+(?:the\s+)?)$/i;
// "about 7:30 a.m.": an approximate clock time, like an approximate duration, keeps its "about".
const APPROXIMATELY_BEFORE = /\b(?:about|around|approximately|roughly)\s+$/i;
const MODIFIABLE = new Set(['time', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century']);
const CLOCK = /T(\d{2}:\d{2})$/;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-\d)$/;
// What may stand between a clock time and its day: "10:24 a.m. Friday", "Friday at 7 p.m.", "7 p.m. on Friday".
const CLOCK_DAY_GAP = /^(?:\s*,?\s*(?:on|at|around|about)?\s*)$/i;

export function findDates(text: string, articleDate: ArticleDate): DateMention[] {
  const context: RuleContext = {
    text,
    reference: referenceOf(articleDate),
    tenseAt: (start, end, options) => tenseAround(text, start, end, options),
  };
  const candidates: Found[] = [];
  for (const [name, rule] of Object.entries(DATE_RULES)) {
    try {
      candidates.push(...rule(context));
    } catch (error) {
      // One rule failing on odd text must not cost the others' dates.
      ruleFailed(name, error);
    }
  }
  const credits = creditLines(text);
  const inCredit = (c: Found) => credits.some(credit => c.start >= credit.start && c.start < credit.end);
  const kept = longestFirst(candidates.filter(c => c.end > c.start && !inCredit(c)).map(c => withModifier(text, c)));
  return joinClockTimes(text, kept).map(d => ({
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    value: d.value,
    grain: d.grain,
  }));
}

/** The rest of each line from a photo-credit mark on. */
function creditLines(text: string): { start: number; end: number }[] {
  return [...text.matchAll(CREDIT)].map(match => {
    const ends = [text.indexOf('\n', match.index), text.indexOf('\r', match.index)].filter(end => end >= 0);
    return { start: match.index!, end: ends.length ? Math.min(...ends) : text.length };
  });
}

function withModifier(text: string, date: Found): Found {
  if (!MODIFIABLE.has(date.grain)) return date;
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  const modifier = MODIFIER_BEFORE.exec(before) ?? (CLOCK.test(date.value) ? APPROXIMATELY_BEFORE.exec(before) : null);
  return modifier ? { ...date, start: date.start - modifier[0].length } : date;
}

/** Keeps the longest of overlapping candidates (the earlier rule on a tie), in text order. */
function longestFirst(candidates: Found[]): Found[] {
  const byStart = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.start - b.c.start || a.order - b.order);
  const kept: Found[] = [];
  // Only candidates that overlap, directly or through others, compete; each such group is small.
  for (let i = 0; i < byStart.length;) {
    let end = byStart[i].c.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].c.start < end) end = Math.max(end, byStart[j++].c.end);
    const group = byStart
      .slice(i, j)
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.order - b.order);
    const chosen: Found[] = [];
    for (const { c } of group) if (!chosen.some(k => k.start < c.end && c.start < k.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}

function joinClockTimes(text: string, dates: Found[]): Found[] {
  const joined: Found[] = [];
  for (const date of dates) {
    const previous = joined[joined.length - 1];
    const pair = previous && clockAndDay(previous, date);
    if (pair && CLOCK_DAY_GAP.test(text.slice(previous.end, date.start))) {
      joined[joined.length - 1] = {
        start: previous.start,
        end: date.end,
        value: `${pair.day.value}T${pair.clock}`,
        grain: 'time',
      };
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
