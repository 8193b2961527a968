// Holidays that name a day: "Christmas" (XXXX-12-25), "New Year's Eve", "Thanksgiving" (the fourth
// Thursday of November), placed in a year like a month-day ("Christmas 2002", "last Christmas").
import { addDays, isoDay, weekdayOf } from '../calendar';
import { yearOfMonthDay, type Reference } from '../reference';
import type { Tense } from '../tense';
import { found, type DateRule, type Found } from './rule';

interface Holiday {
  name: RegExp;
  /** Month and day in a year; a function for holidays that move. */
  day: [number, number] | ((year: number) => [number, number]);
}

const HOLIDAYS: Holiday[] = [
  { name: /Christmas\s+Eve/, day: [12, 24] },
  { name: /Christmas(?:\s+Day)?/, day: [12, 25] },
  { name: /Boxing\s+Day/, day: [12, 26] },
  { name: /New\s+Year['’]s\s+Eve/, day: [12, 31] },
  { name: /New\s+Year['’]s(?:\s+Day)?/, day: [1, 1] },
  { name: /Valentine['’]s\s+Day/, day: [2, 14] },
  { name: /Halloween/, day: [10, 31] },
  { name: /Independence\s+Day/, day: [7, 4] },
  { name: /Thanksgiving(?:\s+Day)?/, day: fourthThursdayOfNovember },
];

// "an office Christmas party", "the 2013 Christmas Special": a holiday naming a kind of thing, not a day.
const THING_AFTER =
  /^\s+(?:party|parties|special|season|tree|trees|shopping|dinner|lunch|market|markets|cards?|gifts?|presents?|carols?|truce|message|address|speech|sales|decorations|lights|film|movie|episode|show|concert|services?|celebrations?|spirit|bonus|holidays?|break)\b/i;

const PATTERN = new RegExp(
  `(?<![\\w-])(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${HOLIDAYS.map(h => h.name.source).join('|')})(?:,?\\s+(\\d{4})(?![\\d%]))?(?![\\w-])`,
  'g',
);

export const findHolidays: DateRule = ({ text, reference, tenseAt }) => {
  const dates: Found[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const [phrase, relative, name, yearText] = match;
    const holiday = HOLIDAYS.find(h => new RegExp(`^(?:${h.name.source})$`).test(name))!;
    const start = match.index!;
    if (!yearText && THING_AFTER.test(text.slice(start + phrase.length, start + phrase.length + 16))) continue;
    const year = yearText
      ? Number(yearText)
      : holidayYear(reference, holiday, relative?.toLowerCase(), tenseAt(start, start + phrase.length));
    const [month, day] = typeof holiday.day === 'function' ? holiday.day(year ?? 2001) : holiday.day;
    // A moving holiday has no month-day without its year.
    const value = year === null && typeof holiday.day === 'function' ? 'XXXX-11-XX' : isoDay(year, month, day);
    dates.push(found(start, phrase, value, 'day'));
  }
  return dates;
};

function holidayYear(
  reference: Reference,
  holiday: Holiday,
  relative: string | undefined,
  tense: Tense | null,
): number | null {
  if (reference.year === null) return null;
  const [month, day] = typeof holiday.day === 'function' ? holiday.day(reference.year) : holiday.day;
  if (relative === 'this') return reference.year;
  const direction = relative === 'last' ? 'past' : relative === 'next' ? 'future' : tense;
  const year = yearOfMonthDay(reference, month, day, direction);
  // "last Christmas" on Christmas Day itself is a year ago.
  if (relative === 'last' && year === reference.year && month === reference.month && day === reference.day)
    return year - 1;
  return year;
}

function fourthThursdayOfNovember(year: number): [number, number] {
  const first = { year, month: 11, day: 1 };
  const firstThursday = addDays(first, (4 - weekdayOf(first) + 7) % 7);
  return [11, firstThursday.day + 21];
}
