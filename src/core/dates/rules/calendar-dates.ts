// Calendar dates: month-day ("November 29", "29 November 2017", "Tuesday, Dec. 9, 2008"), month-year
// ("January 2003"), months alone in a date context ("in May", "last December"), and numeric dates.
import * as chrono from 'chrono-node';
import { UNKNOWN_YEAR, isRealDay, isoDay, monthNumber, pad2 } from '../calendar';
import { yearFrom, yearOfMonth, yearOfMonthDay, type Reference } from '../reference';
import { found, type DateRule, type Found, type RuleContext } from './rule';
import { MONTH, MONTH_NAME, WEEKDAY, yearValue } from './words';

const YEAR = '(\\d{4})(?![\\d%]|[-–]\\d)';
const OF_RELATIVE_YEAR = '(?:\\s+of\\s+(this|last|next)\\s+year)?';

const MONTH_DAY = new RegExp(
  `(?<![\\w-])(?:${WEEKDAY},?\\s+(?:the\\s+)?)?(${MONTH})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%]|\\.\\d|[-–]year)` +
    `(?:(?:,\\s*|\\s+)${YEAR})?${OF_RELATIVE_YEAR}`,
  'g',
);

const DAY_MONTH = new RegExp(
  `(?<![\\w.,$-])(?:${WEEKDAY},?\\s+(?:the\\s+)?)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?![a-z])` +
    `(?:,?\\s+${YEAR})?${OF_RELATIVE_YEAR}`,
  'g',
);

const MONTH_YEAR = new RegExp(`(?<![\\w-])(${MONTH})(?:,?\\s+|\\s+of\\s+)(\\d{4}|['’]\\d{2})(?![\\d%-])`, 'g');
const MONTH_OF_RELATIVE_YEAR = new RegExp(`(?<![\\w-])(${MONTH_NAME})\\s+of\\s+(this|last|next)\\s+year\\b`, 'g');

const BARE_MONTH = new RegExp(
  `(?<![\\w])(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(${MONTH_NAME})(?![\\w-]|\\s*\\d)`,
  'g',
);
// Words after which a capitalised month name is a month, not "May" the name or the verb.
const MONTH_CONTEXT = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'through',
  'throughout',
  'from',
  'of',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'between',
  'on',
  'around',
  'every',
  'each',
  'as',
  'come',
]);
// "May" is also a name ("Theresa May") and a verb; only the clearest contexts make it the month.
const MAY_CONTEXT = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'from',
  'early',
  'late',
  'mid',
  'between',
  'before',
  'after',
]);

// Numeric dates ("27/09/2013", "2017-12-11") are left to chrono, which knows their orders.
const NUMERIC_DATE = /(?<![\w/.-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))(?![\w/-])/g;

export const findCalendarDates: DateRule = context => [
  ...monthDays(context, MONTH_DAY, match => ({ month: match[1], day: match[2], year: match[3], relative: match[4] })),
  ...monthDays(context, DAY_MONTH, match => ({ day: match[1], month: match[2], year: match[3], relative: match[4] })),
  ...monthYears(context),
  ...bareMonths(context),
  ...numericDates(context),
];

interface MonthDayParts {
  month: string;
  day: string;
  year?: string;
  relative?: string;
}

function monthDays(context: RuleContext, pattern: RegExp, parts: (match: RegExpMatchArray) => MonthDayParts): Found[] {
  const dates: Found[] = [];
  for (const match of context.text.matchAll(pattern)) {
    const { month: monthName, day: dayText, year: yearText, relative } = parts(match);
    const month = monthNumber(monthName);
    const day = Number(dayText);
    if (month === null || day < 1 || day > 31) continue;
    const start = match.index!;
    const year = yearText
      ? Number(yearText)
      : relative
        ? relativeYear(context.reference, relative)
        : yearOfMonthDay(context.reference, month, day, context.tenseAt(start, start + match[0].length));
    if (!isRealDay(year ?? 2000, month, day)) continue;
    dates.push(found(start, match[0], isoDay(year, month, day), 'day'));
  }
  return dates;
}

function relativeYear(reference: Reference, relative: string): number | null {
  const value = yearFrom(reference, { this: 0, last: -1, next: 1 }[relative.toLowerCase()] ?? 0);
  return value === UNKNOWN_YEAR ? null : Number(value);
}

function monthYears(context: RuleContext): Found[] {
  const dates: Found[] = [];
  for (const match of context.text.matchAll(MONTH_YEAR)) {
    const month = monthNumber(match[1]);
    if (month !== null) dates.push(found(match.index!, match[0], `${yearValue(match[2])}-${pad2(month)}`, 'month'));
  }
  for (const match of context.text.matchAll(MONTH_OF_RELATIVE_YEAR)) {
    const month = monthNumber(match[1])!;
    const year = yearFrom(context.reference, { this: 0, last: -1, next: 1 }[match[2].toLowerCase()] ?? 0);
    dates.push(found(match.index!, match[0], `${year}-${pad2(month)}`, 'month'));
  }
  return dates;
}

function bareMonths(context: RuleContext): Found[] {
  const { text, reference } = context;
  const dates: Found[] = [];
  for (const match of text.matchAll(BARE_MONTH)) {
    const start = match.index!;
    const [, relative, name] = match;
    if (!relative && !inMonthContext(text, start, name)) continue;
    const month = monthNumber(name)!;
    const value = relative
      ? relativeMonth(reference, month, relative.toLowerCase())
      : monthWithYear(month, yearOfMonth(reference, month, context.tenseAt(start, start + match[0].length)));
    dates.push(found(start, match[0], value, 'month'));
  }
  return dates;
}

function inMonthContext(text: string, start: number, name: string): boolean {
  if (/mid-$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  const before = text.slice(Math.max(0, start - 40), start).match(/([A-Za-z]+)\W*$/);
  if (!before) return false;
  const word = before[1].toLowerCase();
  if ((name === 'May' ? MAY_CONTEXT : MONTH_CONTEXT).has(word)) return true;
  // "between March and May", "from June to August": a month list continues.
  return (
    ['and', 'or', 'to'].includes(word) &&
    new RegExp(`${MONTH_NAME}\\W+\\w+\\W*$`).test(text.slice(Math.max(0, start - 30), start))
  );
}

function relativeMonth(reference: Reference, month: number, relative: string): string {
  if (reference.month === null) return `${UNKNOWN_YEAR}-${pad2(month)}`;
  const sameYear = reference.year;
  if (relative === 'this') return monthWithYear(month, sameYear);
  const before = relative === 'last' || relative === 'past';
  // "last May" in a May article is a year ago; in a December article, this year's.
  const offset = before ? (month < reference.month ? 0 : -1) : month > reference.month ? 0 : 1;
  return monthWithYear(month, sameYear === null ? null : sameYear + offset);
}

function monthWithYear(month: number, year: number | null): string {
  return `${year ?? UNKNOWN_YEAR}-${pad2(month)}`;
}

function numericDates(context: RuleContext): Found[] {
  const dates: Found[] = [];
  const instant = referenceInstant(context.reference);
  for (const match of context.text.matchAll(NUMERIC_DATE)) {
    let result: chrono.ParsedResult | undefined;
    try {
      result = chrono.parse(match[0], { instant })[0];
    } catch {
      result = undefined;
    }
    const parsed = result?.start;
    if (
      !parsed ||
      result!.text !== match[0] ||
      !parsed.isCertain('day') ||
      !parsed.isCertain('month') ||
      !parsed.isCertain('year')
    )
      continue;
    dates.push(
      found(match.index!, match[0], isoDay(parsed.get('year')!, parsed.get('month')!, parsed.get('day')!), 'day'),
    );
  }
  return dates;
}

function referenceInstant(reference: Reference): Date {
  return new Date(reference.year ?? 2000, (reference.month ?? 1) - 1, reference.day ?? 1, 12);
}
