// Groups an article's event mentions into happenings: mentions whose triggers name the same kind of
// happening ("the quake", "struck", "the earthquake") and agree on polarity and modality are one happening.
import type { NewsEvent } from '../types';
import { happeningClass, isStatementClass } from './lemma-class';

/** Sets each event's `happeningKey` ("h0", "h1", …) in order of first mention. */
export function assignHappeningKeys(events: NewsEvent[], articleDate: string | null = null): void {
  const articleYear = reportYear(events, articleDate);
  const sentenceYears = backgroundSentences(events, articleYear);
  const keys = new Map<string, string>();
  let next = 0;
  for (const event of events) {
    const cls = happeningClass(event.lemma, event.trigger.text);
    // A statement is its own happening; a denied or hypothetical one is never the one that took place.
    const group = isStatementClass(cls)
      ? `${cls}@${event.trigger.start}`
      : `${cls}|${event.polarity}|${event.modality === 'asserted' || event.modality === 'future' ? 'real' : event.modality}|${otherYear(event, articleYear) || (sentenceYears.get(event.start) ?? '')}`;
    let key = keys.get(group);
    if (!key) {
      key = `h${next++}`;
      keys.set(group, key);
    }
    event.happeningKey = key;
  }
}

// "Six rounds of talks took place before Pyongyang stated in April 2009 …": a sentence that dates what it
// tells to another year only (sentence start → that year) tells background, its undated clauses too.
function backgroundSentences(events: NewsEvent[], articleYear: string | null): Map<number, string> {
  const years = new Map<number, Set<string>>();
  for (const event of events) {
    if (event.dateSource !== 'sentence' || !event.date || !/^\d{4}/.test(event.date)) continue;
    if (!years.has(event.start)) years.set(event.start, new Set());
    years.get(event.start)!.add(event.date.slice(0, 4));
  }
  const background = new Map<number, string>();
  for (const [start, set] of years)
    if (articleYear !== null && set.size === 1 && !set.has(articleYear)) background.set(start, [...set][0]);
  return background;
}

/**
 * The year the article reports on: its date's, else the year its sentences date most happenings to (an
 * article without a dateline that dates this quake to 2005 three times and "the 2003 quake in Bam" once
 * reports on 2005); null when neither tells.
 */
export function reportYear(events: NewsEvent[], articleDate: string | null): string | null {
  if (articleDate && /^\d{4}/.test(articleDate)) return articleDate.slice(0, 4);
  const counts = new Map<string, number>();
  for (const event of events)
    if (event.dateSource === 'sentence' && event.date && /^\d{4}/.test(event.date))
      counts.set(event.date.slice(0, 4), (counts.get(event.date.slice(0, 4)) ?? 0) + 1);
  let best: string | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)!) best = year;
  return best;
}

// "Six-party talks began in August 2003" in a story of 2021: a year of its own, told in its sentence,
// makes another happening than the one the article reports.
function otherYear(event: NewsEvent, articleYear: string | null): string {
  if (event.dateSource !== 'sentence' || !event.date || !/^\d{4}/.test(event.date)) return '';
  const year = event.date.slice(0, 4);
  return articleYear === null || year === articleYear ? '' : year;
}
