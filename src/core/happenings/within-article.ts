// Groups an article's event mentions into happenings: mentions whose triggers name the same kind of
// happening ("the quake", "struck", "the earthquake") and agree on polarity and modality are one happening.
import type { NewsEvent } from '../types';
import { happeningClass, isStatementClass } from './lemma-class';

/** Sets each event's `happeningKey` ("h0", "h1", …) in order of first mention. */
export function assignHappeningKeys(events: NewsEvent[]): void {
  const keys = new Map<string, string>();
  let next = 0;
  for (const event of events) {
    const cls = happeningClass(event.lemma);
    // A statement is its own happening; a denied or hypothetical one is never the one that took place.
    const group = isStatementClass(cls) ? `${cls}@${event.trigger.start}`
      : `${cls}|${event.polarity}|${event.modality === 'asserted' || event.modality === 'future' ? 'real' : event.modality}`;
    let key = keys.get(group);
    if (!key) {
      key = `h${next++}`;
      keys.set(group, key);
    }
    event.happeningKey = key;
  }
}
