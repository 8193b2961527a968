// The article date as relative expressions resolve against it, and the TIMEX3 values they resolve to.
//
// Each part of the article date may be unknown: a dateline gives month and day but no year. A value
// keeps `X` for every part that depends on something unknown ("yesterday" in a `XXXX-12-11` article
// is `XXXX-12-10`; "last week" is `XXXX-WXX`), so nothing is ever resolved against a guessed year.
import type { ArticleDate } from '../types';
import {
  UNKNOWN_YEAR,
  addDays,
  daysBetween,
  dayValue,
  isRealDay,
  isoDay,
  isoWeek,
  pad2,
  parseDayValue,
  weekdayOf,
  type Day,
} from './calendar';
import type { Tense } from './tense';

export interface Reference {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function referenceOf(articleDate: ArticleDate): Reference {
  const parts = parseDayValue(articleDate.value);
  return parts ? { year: parts.year, month: parts.month, day: parts.day } : { year: null, month: null, day: null };
}

/** The article date when every part of it is known. */
export function fullDay(reference: Reference): Day | null {
  const { year, month, day } = reference;
  return year !== null && month !== null && day !== null ? { year, month, day } : null;
}

/** The day `offset` days from the article date ("yesterday" is -1). */
export function dayFrom(reference: Reference, offset: number): string {
  const { year, month, day } = reference;
  if (month === null || day === null) return 'XXXX-XX-XX';
  if (year !== null) return dayValue(addDays({ year, month, day }, offset));
  // A stand-in year still counts the days; only a shift across 29 February could be a day off.
  const standIn = month === 2 && day === 29 ? 2000 : 2001;
  const shifted = addDays({ year: standIn, month, day }, offset);
  return isoDay(null, shifted.month, shifted.day);
}

/** The ISO week `offset` weeks from the article date's week ("last week" is -1). */
export function weekFrom(reference: Reference, offset: number): string {
  const day = fullDay(reference);
  return day ? isoWeek(addDays(day, 7 * offset)) : 'XXXX-WXX';
}

/** The month `offset` months from the article date's month ("last month" is -1). */
export function monthFrom(reference: Reference, offset: number): string {
  if (reference.month === null) return 'XXXX-XX';
  const index = reference.month - 1 + offset;
  const month = (((index % 12) + 12) % 12) + 1;
  const year = reference.year === null ? UNKNOWN_YEAR : String(reference.year + Math.floor(index / 12));
  return `${year}-${pad2(month)}`;
}

/** The year `offset` years from the article date's year ("last year" is -1). */
export function yearFrom(reference: Reference, offset: number): string {
  return reference.year === null ? UNKNOWN_YEAR : String(reference.year + offset);
}

export type WeekdayDirection = 'on-or-before' | 'on-or-after' | 'before' | 'after';

/** The nearest day with ISO weekday `weekday` in the given direction from the article date. */
export function weekdayFrom(reference: Reference, weekday: number, direction: WeekdayDirection): string {
  const day = fullDay(reference);
  if (!day) return `XXXX-WXX-${weekday}`;
  const today = weekdayOf(day);
  let offset: number;
  if (direction === 'on-or-before' || direction === 'before') {
    offset = -((today - weekday + 7) % 7);
    if (offset === 0 && direction === 'before') offset = -7;
  } else {
    offset = (weekday - today + 7) % 7;
    if (offset === 0 && direction === 'after') offset = 7;
  }
  return dayValue(addDays(day, offset));
}

/**
 * How a bare weekday is placed: after the article date when its clause speaks of the future or in the
 * present ("voters go to the polls on Tuesday"), else before it, as news mostly reports what happened.
 */
export function weekdayDirection(tense: Tense | null): WeekdayDirection {
  return tense === 'future' || tense === 'present' ? 'on-or-after' : 'on-or-before';
}

/**
 * The year of a month-day named without one ("November 29"): the nearest such day before the article
 * date in a past clause, after it in a future clause, and the nearest either way otherwise.
 */
export function yearOfMonthDay(reference: Reference, month: number, day: number, tense: Tense | null): number | null {
  const article = fullDay(reference);
  if (!article) return null;
  const candidates = [article.year - 1, article.year, article.year + 1]
    .filter(year => isRealDay(year, month, day))
    .map(year => ({ year, distance: daysBetween(article, { year, month, day }) }));
  return pickYear(candidates, tense);
}

/** The year of a month named without one ("in May"), by the same reasoning as for month-days. */
export function yearOfMonth(reference: Reference, month: number, tense: Tense | null): number | null {
  if (reference.year === null || reference.month === null) return null;
  const articleYear = reference.year;
  const articleMonth = reference.month;
  const candidates = [articleYear - 1, articleYear, articleYear + 1].map(year => ({
    year,
    distance: (year - articleYear) * 12 + month - articleMonth,
  }));
  return pickYear(candidates, tense);
}

function pickYear(candidates: { year: number; distance: number }[], tense: Tense | null): number | null {
  const allowed =
    tense === 'past'
      ? candidates.filter(c => c.distance <= 0)
      : tense === 'future'
        ? candidates.filter(c => c.distance >= 0)
        : candidates;
  const best = [...allowed].sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || b.year - a.year)[0];
  return best ? best.year : null;
}
