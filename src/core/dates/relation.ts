// Puts a date value beside the article date in words, for the hover: "3 days before the article date".
import { addDays, daysBetween, parseDayValue, weekdayName, weekdayOf, type Day } from './calendar';

/** The weekday of a day value ("2017-11-29" is a Wednesday), or null when the day or its year is unknown. */
export function weekdayOfValue(value: string): string | null {
  const day = knownDay(value.slice(0, 10));
  return day ? weekdayName(day) : null;
}

/**
 * How `value` stands to the article date, or null when either is not known well enough to say: an
 * unknown year (`XXXX`) on either side leaves the distance unknown too.
 */
export function relationToArticleDate(value: string, articleDate: string | null): string | null {
  const article = knownDay(articleDate);
  if (!article) return null;
  const day = knownDay(value.slice(0, 10));
  if (day && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(value))
    return inWords(daysBetween(article, day), 'day', 'the article date');
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const monday = mondayOfIsoWeek(Number(week[1]), Number(week[2]));
    return inWords(daysBetween(addDays(article, 1 - weekdayOf(article)), monday) / 7, 'week', "the article's week");
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month)
    return inWords(
      (Number(month[1]) - article.year) * 12 + Number(month[2]) - article.month,
      'month',
      "the article's month",
    );
  const year = /^(\d{4})$/.exec(value);
  if (year) return inWords(Number(year[1]) - article.year, 'year', "the article's year");
  return null;
}

function knownDay(value: string | null): Day | null {
  const parts = parseDayValue(value);
  return parts && parts.year !== null ? { year: parts.year, month: parts.month, day: parts.day } : null;
}

// Week 1 of an ISO year is the week with 4 January in it.
function mondayOfIsoWeek(year: number, week: number): Day {
  const january4 = { year, month: 1, day: 4 };
  return addDays(january4, 1 - weekdayOf(january4) + 7 * (week - 1));
}

function inWords(distance: number, unit: 'day' | 'week' | 'month' | 'year', same: string): string {
  if (distance === 0) return unit === 'day' ? 'the article date itself' : `in ${same}`;
  const side = distance < 0 ? 'before' : 'after';
  const n = Math.abs(distance);
  // Beyond a month, a count of days is harder to read than months or years.
  if (unit === 'day' && n > 62) {
    const years = Math.round(n / 365.25);
    return years >= 2
      ? `about ${years} years ${side} the article date`
      : `about ${Math.round(n / 30.44)} months ${side} the article date`;
  }
  return `${n} ${unit}${n === 1 ? '' : 's'} ${side} ${same}`;
}
