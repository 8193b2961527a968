// Groups an article's event mentions into happenings: mentions whose triggers name the same kind of
// happening ("the quake", "struck", "the earthquake") and agree on polarity and modality are one happening.
import type { NewsEvent } from '../types';
import { happeningClass, isStatementClass } from './lemma-class';

/** Sets each event's `happeningKey` ("h0", "h1", …) in order of first mention. */
export function assignHappeningKeys(events: NewsEvent[], articleDate: string | null = null): void {
  const articleYear = articleDate?.slice(0, 4) ?? null;
  const keys = new Map<string, string>();
  let next = 0;
  for (const event of events) {
    const cls = happeningClass(event.lemma);
    // A statement is its own happening; a denied or hypothetical one is never the one that took place.
    const group = isStatementClass(cls)
      ? `${cls}@${event.trigger.start}`
      : `${cls}|${event.polarity}|${event.modality === 'asserted' || event.modality === 'future' ? 'real' : event.modality}|${otherYear(event, articleYear)}`;
    let key = keys.get(group);
    if (!key) {
      key = `h${next++}`;
      keys.set(group, key);
    }
    event.happeningKey = key;
  }
}

// "Six-party talks began in August 2003" in a story of 2021: a year of its own, told in its sentence,
// makes another happening than the one the article reports.
function otherYear(event: NewsEvent, articleYear: string | null): string {
  if (event.dateSource !== 'sentence' || !event.date || !/^\d{4}/.test(event.date)) return '';
  const year = event.date.slice(0, 4);
  return year === articleYear ? '' : year;
}
