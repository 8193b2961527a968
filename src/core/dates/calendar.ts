// Small calendar helpers shared by the date modules: ISO strings, month and weekday names, day arithmetic.

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Monday first, as ISO 8601 and TIMEX3 (`XXXX-WXX-1` is a Monday) count them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const UNKNOWN_YEAR = 'XXXX';

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2017-11-29`, or `XXXX-11-29` when the year is not known. */
export function isoDay(year: number | null, month: number, day: number): string {
  return `${year === null ? UNKNOWN_YEAR : year}-${pad2(month)}-${pad2(day)}`;
}

/** Month number (1–12) for a full or abbreviated English month name ("Sept.", "Dec"), or null. */
export function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTHS.findIndex(m => m.startsWith(word));
  return index < 0 ? null : index + 1;
}

/** ISO weekday (1 = Monday … 7 = Sunday) for an English weekday name, or null. */
export function weekdayNumber(name: string): number | null {
  const index = WEEKDAYS.indexOf(name.toLowerCase());
  return index < 0 ? null : index + 1;
}

export interface DayParts {
  year: number | null;
  month: number;
  day: number;
}

/** A day whose year is known. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Reads `2017-12-11` or `XXXX-12-11`; null for anything else. */
export function parseDayValue(value: string | null): DayParts | null {
  const match = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: match[1] === UNKNOWN_YEAR ? null : Number(match[1]), month, day };
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isValidIsoDay(value: string): boolean {
  const parts = parseDayValue(value);
  return parts !== null && parts.year !== null && isRealDay(parts.year, parts.month, parts.day);
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtc(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.month - 1, day.day));
  // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards does not.
  date.setUTCFullYear(day.year);
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: Day): number {
  return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}

export function weekdayName(day: Day): string {
  const name = WEEKDAYS[weekdayOf(day) - 1];
  return name[0].toUpperCase() + name.slice(1);
}

/** The ISO 8601 week a day falls in, as TIMEX3 writes it: `2017-W48`. */
export function isoWeek(day: Day): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(day, 4 - weekdayOf(day));
  const week = Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7) + 1;
  return `${thursday.year}-W${pad2(week)}`;
}

export function dayValue(day: Day): string {
  return isoDay(day.year, day.month, day.day);
}
