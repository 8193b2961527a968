// Infers when an article was written: a date the user gave, else its dateline ("TOKYO, December 11. /TASS/").
import type { ArticleDate } from '../types';
import { isValidIsoDay, isoDay, monthNumber } from './calendar';

// A dateline opens a line with a place in capitals, an optional agency in brackets, then the date.
const DATELINE = /^[ \t]*[A-Z][A-Z.' -]{1,40}(?:\s*\([^)\n]{1,40}\))?,\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\b/m;

const HEAD_OF_ARTICLE = 1500;

export function inferArticleDate(text: string, givenDate?: string): ArticleDate {
  if (givenDate && isValidIsoDay(givenDate)) return { value: givenDate, source: 'given', confidence: 1 };
  const dateline = DATELINE.exec(text.slice(0, HEAD_OF_ARTICLE));
  if (dateline) {
    const month = monthNumber(dateline[1]);
    const day = Number(dateline[2]);
    // The dateline names month and day only; the year stays unknown rather than guessed.
    if (month !== null && day >= 1 && day <= 31) {
      return { value: isoDay(null, month, day), source: 'dateline', confidence: 0.9 };
    }
  }
  return { value: null, source: 'unknown', confidence: 0 };
}
