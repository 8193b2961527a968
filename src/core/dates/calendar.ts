// Small calendar helpers shared by the date modules: ISO strings, month names, TIMEX3 pieces.

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

export const UNKNOWN_YEAR = 'XXXX';

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2017-11-29`, or `XXXX-11-29` when the year is not known. */
export function isoDay(year: number | null, month: number, day: number): string {
  return `${year === null ? UNKNOWN_YEAR : year}-${pad2(month)}-${pad2(day)}`;
}

/** Month number (1–12) for a full or abbreviated English month name, or null. */
export function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTHS.findIndex(m => m.startsWith(word));
  return index < 0 ? null : index + 1;
}

export interface DayParts {
  year: number | null;
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
  if (!parts || parts.year === null) return false;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return date.getUTCMonth() === parts.month - 1 && date.getUTCDate() === parts.day;
}
