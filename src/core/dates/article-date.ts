// Infers when an article was written: a date the user gave, a publication line, or its dateline
// ("TOKYO, December 11. /TASS/") with the year only where the text gives evidence for it.
import type { ArticleDate, DateMention } from '../types';
import { daysBetween, isRealDay, isValidIsoDay, isoDay, monthNumber, parseDayValue, type Day } from './calendar';
import { findDates } from './find-dates';
import { MONTH } from './rules/words';
import { yearOfDateline, type Lead } from './year-evidence';

const HEAD_OF_ARTICLE = 1500;
const LEAD_LENGTH = 600;
const UNKNOWN: ArticleDate = { value: null, source: 'unknown', confidence: 0 };

const DATE_AFTER_PLACE = `(?:(${MONTH})\\s*(\\d{1,2})|(\\d{1,2})\\s+(${MONTH}))(?:,?\\s+(\\d{4}))?\\b`;
// A dateline opens a line with a place in capitals, an optional agency in brackets, then the date;
// Reuters also opens with the date and the agency alone ("Dec 11 (Reuters) -").
const DATELINES = [
  new RegExp(`^[ \\t]*[A-Z][A-Z.' -]{1,40}(?:\\s*\\([^)\\n]{1,40}\\))?,\\s+${DATE_AFTER_PLACE}`, 'm'),
  new RegExp(`^[ \\t]*${DATE_AFTER_PLACE}\\s*\\([A-Z][\\w .&-]{1,30}\\)\\s*[-–—]`, 'm'),
];
const PUBLICATION_LINE =
  /^[ \t]*(?:published|posted|updated|last updated|first published|date)(?:\s+on)?\s*[:\-–—]?\s*(.{6,80})$/im;
// "SEACOM said today (10 October 2011)": the writer names the day of writing.
const TODAY_IN_BRACKETS = /\btoday\s*\(([^)\n]{6,40})\)/i;

interface Dateline {
  month: number;
  day: number;
  year: number | null;
  lead: Lead;
}

export function inferArticleDate(text: string, givenDate?: string): ArticleDate {
  if (givenDate && isValidIsoDay(givenDate)) return { value: givenDate, source: 'given', confidence: 1 };
  try {
    return inferFromText(text);
  } catch {
    // The core never throws on text; an article it cannot read has an unknown date.
    return UNKNOWN;
  }
}

function inferFromText(text: string): ArticleDate {
  const head = text.slice(0, HEAD_OF_ARTICLE);
  const dateline = readDateline(text, head);
  if (dateline?.year != null) {
    return { value: isoDay(dateline.year, dateline.month, dateline.day), source: 'dateline', confidence: 0.95 };
  }
  const written = publicationDate(head);
  if (written) return dateline ? datelineInYearOf(dateline, written) : written.date;
  if (!dateline) return UNKNOWN;
  const year = yearOfDateline(text, dateline.month, dateline.day, dateline.lead);
  if (year) {
    return {
      value: isoDay(year.year, dateline.month, dateline.day),
      source: 'dateline',
      confidence: year.confidence,
      evidence: year.evidence,
    };
  }
  // The dateline names month and day only; the year stays unknown rather than guessed.
  return { value: isoDay(null, dateline.month, dateline.day), source: 'dateline', confidence: 0.9 };
}

function readDateline(text: string, head: string): Dateline | null {
  for (const pattern of DATELINES) {
    const match = pattern.exec(head);
    if (!match) continue;
    const month = monthNumber(match[1] ?? match[4]);
    const day = Number(match[2] ?? match[3]);
    const year = match[5] ? Number(match[5]) : null;
    if (month === null || !isRealDay(year ?? 2000, month, day)) continue;
    const paragraphEnd = text.slice(match.index).search(/\n\s*\n/);
    const end = match.index + Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, LEAD_LENGTH);
    return { month, day, year, lead: { start: match.index, end } };
  }
  return null;
}

/** A full date the head gives as the day of writing: a "Published:" line, "today (10 October 2011)". */
function publicationDate(head: string): { date: ArticleDate; day: Day } | null {
  const line = PUBLICATION_LINE.exec(head);
  const today = TODAY_IN_BRACKETS.exec(head);
  for (const source of [line?.[1], today?.[1]]) {
    const day = source === undefined ? null : fullDayIn(source);
    if (day) return { date: { value: isoDay(day.year, day.month, day.day), source: 'text', confidence: 0.9 }, day };
  }
  return null;
}

function fullDayIn(text: string): Day | null {
  const first: DateMention | undefined = findDates(text, UNKNOWN).find(d => d.grain === 'day' || d.grain === 'time');
  const parts = parseDayValue(first?.value.slice(0, 10) ?? null);
  return parts && parts.year !== null ? { year: parts.year, month: parts.month, day: parts.day } : null;
}

// The dateline is the day of the events and the publication line may be a day or two later, across
// New Year too: the dateline's year is the one that puts it closest before the publication.
function datelineInYearOf(dateline: Dateline, written: { day: Day }): ArticleDate {
  const candidates = [written.day.year, written.day.year - 1]
    .filter(year => isRealDay(year, dateline.month, dateline.day))
    .map(year => ({ year, gap: daysBetween({ year, month: dateline.month, day: dateline.day }, written.day) }))
    .filter(c => c.gap >= 0 && c.gap <= 31);
  if (candidates.length === 0)
    return { value: isoDay(null, dateline.month, dateline.day), source: 'dateline', confidence: 0.9 };
  const { year } = candidates.sort((a, b) => a.gap - b.gap)[0];
  return {
    value: isoDay(year, dateline.month, dateline.day),
    source: 'dateline',
    confidence: 0.85,
    evidence: `the year of the publication date ${isoDay(written.day.year, written.day.month, written.day.day)}`,
  };
}
