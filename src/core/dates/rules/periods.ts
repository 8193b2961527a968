// Seasons ("last summer" → 2017-SU) and quarters ("the first quarter" → 2017-Q1, "Q3 2016").
import { UNKNOWN_YEAR } from '../calendar';
import type { Reference } from '../reference';
import type { Tense } from '../tense';
import { found, type DateRule, type Found } from './rule';
import { ordinalValue } from './words';

const SEASON_PHRASE =
  /(?<![\w-])(?:(last|this|next|past|coming|early|late|mid)[- ]+|(?<=\b[Ii]n\s+)|(the)\s+)?(?:(early|late|mid)[- ]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4})(?![\d%]))?(?![\w-])/gi;
const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
// Order of the seasons within a year; winter is the one that begins in December.
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

const QUARTER_PHRASE =
  /(?<![\w-])(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year))?|(this|last|next|the\s+previous|the\s+current)\s+quarter|(Q[1-4])(?:\s+(\d{4}))?)(?![\w-])/gi;

export const findPeriods: DateRule = ({ text, reference, tenseAt }) => [
  ...seasons(text, reference, tenseAt),
  ...quarters(text, reference, tenseAt),
];

function seasons(text: string, reference: Reference, tenseAt: (start: number, end: number) => Tense | null): Found[] {
  const dates: Found[] = [];
  for (const match of text.matchAll(SEASON_PHRASE)) {
    const [phrase, relative, the, , name, yearText] = match;
    const start = match.index!;
    // Seasons are common nouns; "Arab Spring" and "Prague Spring" are events with names.
    if (name !== name.toLowerCase()) continue;
    const afterIn = !relative && !the && /\b[Ii]n\s+$/.test(text.slice(Math.max(0, start - 4), start));
    if (!relative && !the && !yearText && !afterIn) continue;
    // "the fall of Rome", "a spring of water": only a year or a clear season context makes these seasons.
    if (!yearText && /^\s+(?:of|in)\b/.test(text.slice(start + phrase.length, start + phrase.length + 4))) continue;
    const code = SEASON_CODES[name.toLowerCase()];
    const year = yearText
      ? Number(yearText)
      : seasonYear(reference, code, relative?.toLowerCase(), tenseAt(start, start + phrase.length));
    dates.push(found(start, phrase, `${year ?? UNKNOWN_YEAR}-${code}`, 'season'));
  }
  return dates;
}

function seasonYear(
  reference: Reference,
  code: string,
  relative: string | undefined,
  tense: Tense | null,
): number | null {
  if (reference.year === null || reference.month === null) return null;
  // Seasons counted in one sequence, year * 4 + order; a winter belongs to the year it begins in.
  const month = reference.month;
  const current =
    (month <= 2 ? reference.year - 1 : reference.year) * 4 +
    (month === 12 || month <= 2 ? 3 : Math.floor((month - 3) / 3));
  const order = SEASON_ORDER.indexOf(code);
  // The latest such season begun by the article date.
  const latest = current - ((((current - order) % 4) + 4) % 4);
  let index: number;
  if (relative === 'last' || relative === 'past') index = latest === current ? latest - 4 : latest;
  else if (relative === 'next' || relative === 'coming') index = latest + 4;
  else if (relative === 'this') return latest === current ? Math.floor(current / 4) : reference.year;
  else index = tense === 'future' && latest !== current ? latest + 4 : latest;
  return Math.floor(index / 4);
}

function quarters(text: string, reference: Reference, tenseAt: (start: number, end: number) => Tense | null): Found[] {
  const dates: Found[] = [];
  for (const match of text.matchAll(QUARTER_PHRASE)) {
    const [phrase, ordinal, yearText, relativeYear, relativeQuarter, code, codeYear] = match;
    const start = match.index!;
    let value: string;
    if (relativeQuarter) {
      const offset = /last|previous/i.test(relativeQuarter) ? -1 : /next/i.test(relativeQuarter) ? 1 : 0;
      value = quarterFrom(reference, offset);
    } else {
      const quarter = ordinal ? ordinalValue(ordinal)! : Number(code.slice(1));
      const explicit = yearText ?? codeYear;
      const year = explicit
        ? Number(explicit)
        : relativeYear
          ? reference.year === null
            ? null
            : reference.year + ({ this: 0, last: -1, next: 1 }[relativeYear.toLowerCase()] ?? 0)
          : quarterYear(reference, quarter, tenseAt(start, start + phrase.length));
      value = `${year ?? UNKNOWN_YEAR}-Q${quarter}`;
    }
    dates.push(found(start, phrase, value, 'quarter'));
  }
  return dates;
}

function quarterFrom(reference: Reference, offset: number): string {
  if (reference.year === null || reference.month === null) return 'XXXX-QX';
  const index = reference.year * 4 + Math.floor((reference.month - 1) / 3) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** A quarter named without a year is the latest one begun by the article date, or the next in a future clause. */
function quarterYear(reference: Reference, quarter: number, tense: Tense | null): number | null {
  if (reference.year === null || reference.month === null) return null;
  const current = Math.floor((reference.month - 1) / 3) + 1;
  if (tense === 'future') return quarter >= current ? reference.year : reference.year + 1;
  return quarter <= current ? reference.year : reference.year - 1;
}
