// Finds time expressions with chrono-node and normalizes them to TIMEX3 values against the article date.
import * as chrono from 'chrono-node';
import type { ArticleDate, DateMention, DateGrain } from '../types';
import { UNKNOWN_YEAR, isoDay, pad2, parseDayValue, type DayParts } from './calendar';

// TimeML extents leave out the preposition: "on Tuesday" is tagged "Tuesday".
const LEADING_PREPOSITION = /^(?:on|in|at|since|by|from|until|till|during|before|after|of)\s+/i;
const TRAILING_PUNCTUATION = /[\s,.;:!?)]+$/;
const RELATIVE_WORDS = /\b(?:this|last|next|ago|yesterday|today|tomorrow|tonight|current|coming|past|recent)\b/i;

// A bare year ("in 2005", "between 2003 and 2009"), not part of a larger number or a measure.
const BARE_YEAR = /(?<![\d.,$€£#/])\b(1[5-9]\d\d|20\d\d)\b(?!\d|[,.]\d|\s*(?:%|km|kilomet|metre|meter|mile|people|troops|tons?|dollars|euros)\b)/g;
const WEEKDAYS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
const WEEKDAY_NAME = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
// Photo credits ("© AFP 2023") carry the picture's year, not a time the story talks about.
const CREDIT_LINE = /©|\bcopyright\b|\bphoto\s*:/i;

interface Reference {
  /** What chrono resolves against: the article date, or a stand-in when it is not fully known. */
  instant: Date;
  /** The article date, where known down to the year. */
  known: DayParts | null;
  yearKnown: boolean;
}

export function findDates(text: string, articleDate: ArticleDate): DateMention[] {
  const reference = referenceFor(articleDate);
  const found: DateMention[] = [];
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(text, { instant: reference.instant }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const result of results) {
    const mention = fromChrono(text, result, reference);
    if (mention) found.push(mention);
  }
  for (const year of findBareYears(text)) {
    if (!found.some(d => d.start < year.end && year.start < d.end)) found.push(year);
  }
  return found.sort((a, b) => a.start - b.start);
}

function referenceFor(articleDate: ArticleDate): Reference {
  const parts = parseDayValue(articleDate.value);
  if (!parts) return { instant: new Date(2000, 0, 1, 12), known: null, yearKnown: false };
  // 2000 is a leap year, so any month-day of an undated article exists in it.
  const year = parts.year ?? 2000;
  return { instant: new Date(year, parts.month - 1, parts.day, 12), known: parts, yearKnown: parts.year !== null };
}

function fromChrono(text: string, result: chrono.ParsedResult, reference: Reference): DateMention | null {
  let start = result.index;
  let raw = result.text;
  const preposition = LEADING_PREPOSITION.exec(raw);
  if (preposition) {
    start += preposition[0].length;
    raw = raw.slice(preposition[0].length);
  }
  raw = raw.replace(TRAILING_PUNCTUATION, '');
  if (!raw) return null;
  const end = start + raw.length;
  if (text.slice(start, end) !== raw) return null;
  const normalized = normalize(result, raw, reference);
  return normalized ? { start, end, text: raw, ...normalized } : null;
}

function normalize(result: chrono.ParsedResult, raw: string, reference: Reference): { value: string; grain: DateGrain } | null {
  const component = result.start;
  const relative = RELATIVE_WORDS.test(raw) || [...result.tags()].some(t => /relative|casualReference/.test(t))
    || (component.isCertain('weekday') && !component.isCertain('day'));
  if (relative && !reference.yearKnown) return unknownRelative(component, raw, reference);
  const year = component.isCertain('year') || relative || reference.yearKnown ? component.get('year') : null;
  if (component.isCertain('day') || (relative && component.get('day') !== null && !isYearOrMonthOnly(component))) {
    return { value: isoDay(year, component.get('month')!, component.get('day')!), grain: 'day' };
  }
  if (component.isCertain('month')) return { value: `${year ?? UNKNOWN_YEAR}-${pad2(component.get('month')!)}`, grain: 'month' };
  if (component.isCertain('year')) return { value: String(component.get('year')), grain: 'year' };
  return null;
}

function isYearOrMonthOnly(component: chrono.ParsedComponents): boolean {
  return !component.isCertain('day') && !component.isCertain('weekday')
    && (component.isCertain('year') || component.isCertain('month'));
}

// Without the article's year a relative expression is placed by month and day only, and one that
// depends on a weekday cannot be placed at all; keep what is known, as TIMEX3 does.
function unknownRelative(component: chrono.ParsedComponents, raw: string, reference: Reference): { value: string; grain: DateGrain } {
  const weekday = WEEKDAY_NAME.exec(raw);
  if (weekday) return { value: `XXXX-WXX-${WEEKDAYS.indexOf(weekday[1].toLowerCase()) + 1}`, grain: 'day' };
  if (component.isCertain('day') && reference.known) {
    return { value: isoDay(null, component.get('month')!, component.get('day')!), grain: 'day' };
  }
  if (component.isCertain('day')) return { value: 'XXXX-XX-XX', grain: 'day' };
  if (component.isCertain('month')) return { value: 'XXXX-XX', grain: 'month' };
  return { value: UNKNOWN_YEAR, grain: 'year' };
}

function findBareYears(text: string): DateMention[] {
  const years: DateMention[] = [];
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = match.index!;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    if (CREDIT_LINE.test(text.slice(lineStart, start))) continue;
    years.push({ start, end: start + 4, text: match[0], value: match[0], grain: 'year' });
  }
  return years;
}
