// Dates in words for readers: every TIMEX3 value the core produces ("2017-12-11", "XXXX-12-11",
// "XXXX-WXX-7", "2017-SU", "PAST_REF", …) as "Mon, Dec 11, 2017", "Dec 11 (year unknown)", "a Sunday
// (week unknown)", "earlier (unspecified)". Day and month names follow the display language; the rest is
// English, as the extension is. No `vscode` here: the locale is passed in (vscode.env.language).
import { relationToArticleDate } from '../core/view';

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const REFERENCES: Record<string, string> = {
  PAST_REF: 'earlier (unspecified)',
  PRESENT_REF: 'now (at the time of writing)',
  FUTURE_REF: 'later (unspecified)',
};
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  DE: ['decade', 'decades'],
  CE: ['century', 'centuries'],
  TH: ['hour', 'hours'],
  TM: ['minute', 'minutes'],
  TS: ['second', 'seconds'],
};

export interface DateStyle {
  /** Without the weekday of a full date, where room is short (the timeline's axis): "Dec 11, 2017". */
  short?: boolean;
}

/** A date value in words, for `locale` (a BCP 47 tag such as VS Code's `vscode.env.language`). Never throws. */
export function displayDate(value: string | null, locale?: string, style: DateStyle = {}): string {
  if (value === null) return 'undated';
  const time = /^(.+)T(\d{2}:\d{2}|MO|AF|EV|NI)$/.exec(value);
  if (time) {
    const day = displayDate(time[1], locale, style);
    return `${day}, ${PARTS_OF_DAY[time[2]] ?? clock(time[2], locale)}`;
  }
  return REFERENCES[value] ?? calendarDate(value, locale, style) ?? period(value, locale) ?? duration(value) ?? value;
}

/** Days, weekdays and weeks. */
function calendarDate(value: string, locale: string | undefined, style: DateStyle): string | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const date = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
    const weekday = style.short ? undefined : 'short';
    return date ? format(date, locale, { weekday, day: 'numeric', month: 'short', year: 'numeric' }) : null;
  }
  if (value === 'XXXX-XX-XX') return 'a day (date unknown)';
  match = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    // A leap year as stand-in, so that 29 February is a day too.
    const date = utcDay(2000, Number(match[1]), Number(match[2]));
    return date ? `${format(date, locale, { day: 'numeric', month: 'short' })} (year unknown)` : null;
  }
  match = /^XXXX-WXX-([1-7])$/.exec(value);
  if (match) return `a ${weekdayName(Number(match[1]), locale)} (week unknown)`;
  match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (match) {
    const monday = mondayOfIsoWeek(Number(match[1]), Number(match[2]));
    if (match[3])
      return `the weekend of ${format(addDays(monday, 5), locale, { day: 'numeric', month: 'short', year: 'numeric' })}`;
    return `the week of ${format(monday, locale, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  }
  if (value === 'XXXX-WXX') return 'a week (date unknown)';
  if (value === 'XXXX-WXX-WE') return 'a weekend (date unknown)';
  return null;
}

/** Months, quarters, seasons, years, decades and centuries. */
function period(value: string, locale: string | undefined): string | null {
  let match = /^(\d{4}|XXXX)-(\d{2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    if (match[1] === 'XXXX') return `${format(utcDay(2000, month, 1)!, locale, { month: 'long' })} (year unknown)`;
    return format(utcDay(Number(match[1]), month, 1)!, locale, { month: 'long', year: 'numeric' });
  }
  if (value === 'XXXX-XX') return 'a month (date unknown)';
  match = /^(\d{4}|XXXX)-(Q[1-4X]|SP|SU|FA|WI)$/.exec(value);
  if (match) {
    const [, year, part] = match;
    const name = part === 'QX' ? 'a quarter' : (SEASONS[part] ?? part);
    if (year === 'XXXX') return `${name} (${part === 'QX' ? 'date' : 'year'} unknown)`;
    return part === 'QX' ? `a quarter of ${year}` : `${name} ${year}`;
  }
  if (/^\d{4}$/.test(value)) return value;
  if (value === 'XXXX') return 'a year (unknown)';
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (value === 'XXX') return 'a decade (unknown)';
  if (/^\d{2}$/.test(value)) return `the ${ordinal(Number(value) + 1)} century`;
  return null;
}

/** "P3Y" → "3 years", "PT30M" → "30 minutes", "PXY" → "years". */
function duration(value: string): string | null {
  const match = /^PT?(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])$/.exec(value);
  if (!match) return null;
  const unit = value.startsWith('PT') ? DURATION_UNITS[`T${match[2]}`] : DURATION_UNITS[match[2]];
  if (!unit) return null;
  if (match[1] === 'X') return unit[1];
  const n = Number(match[1]);
  return `${match[1]} ${n === 1 ? unit[0] : unit[1]}`;
}

/** The weekday's name, Monday = 1 … Sunday = 7 as in TIMEX3. */
export function weekdayName(isoWeekday: number, locale?: string): string {
  // 1 January 2001 was a Monday.
  return format(utcDay(2001, 1, isoWeekday)!, locale, { weekday: 'long' });
}

function clock(time: string, locale: string | undefined): string {
  const [hour, minute] = time.split(':').map(Number);
  if (hour > 24 || minute > 59) return time;
  return format(new Date(Date.UTC(2001, 0, 1, hour, minute)), locale, { hour: 'numeric', minute: '2-digit' });
}

function format(date: Date, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  return formatter(locale, options).format(date);
}

// An unknown or malformed locale falls back to the runtime's default rather than throwing.
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  }
}

/** The day at UTC midnight; null when there is no such day (30 February). */
function utcDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards does not.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

// Week 1 of an ISO year is the week with 4 January in it.
function mondayOfIsoWeek(year: number, week: number): Date {
  const january4 = utcDay(year, 1, 4)!;
  const weekday = january4.getUTCDay() || 7;
  return addDays(january4, 1 - weekday + 7 * (week - 1));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * How far a date lies from the article date, when it can be told: with both years known, from the core;
 * with a year unknown on either side, from month and day, reading the nearest year (within two months).
 */
export function distanceToArticleDate(value: string, articleDate: string | null): string | null {
  const exact = relationToArticleDate(value, articleDate);
  if (exact) return exact;
  const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(value.slice(0, 10));
  const article = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(articleDate ?? '');
  if (!day || !article || (day[1] !== 'XXXX' && article[1] !== 'XXXX')) return null;
  // Stand-in years around a leap year: every month and day exists, and the count is right within the year.
  const from = utcDay(2000, Number(article[2]), Number(article[3]));
  if (!from) return null;
  const distances = [1999, 2000, 2001]
    .map(year => utcDay(year, Number(day[2]), Number(day[3])))
    .filter((d): d is Date => d !== null)
    .map(d => Math.round((d.getTime() - from.getTime()) / 86_400_000));
  if (distances.length === 0) return null;
  const nearest = distances.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
  if (Math.abs(nearest) > 62) return null;
  if (nearest === 0) return 'the article date itself (same month and day)';
  const n = Math.abs(nearest);
  return `${n} day${n === 1 ? '' : 's'} ${nearest < 0 ? 'before' : 'after'} the article date, reading the nearest year`;
}

/** The weekday a date mention's own words name ("Wednesday, November 29"), when its value has lost it. */
export function weekdayNamedIn(text: string): string | null {
  const match = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.exec(text);
  return match ? match[1][0].toUpperCase() + match[1].slice(1).toLowerCase() : null;
}

/** A display label split into its words and a parenthesised note: "Dec 11 (year unknown)" → ["Dec 11", "year unknown"]. */
export function splitNote(label: string): [string, string | null] {
  const match = /^(.*\S) \(([^()]+)\)$/.exec(label);
  return match ? [match[1], match[2]] : [label, null];
}
