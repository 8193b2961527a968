// Short human labels for events ("2017-11-29 · North Korea — missile launch") and the order of dates on a timeline.
import type { NewsEvent } from '../types';

const MAX_ACTORS = 2;

/** "2017-11-29 · North Korea — missile launch"; without the date part when `withDate` is false or there is none. */
export function eventLabel(event: NewsEvent, actorName: (key: string) => string, withDate = true): string {
  const names = [...new Set(event.actorKeys.map(actorName))];
  const who =
    names.length > MAX_ACTORS
      ? `${names.slice(0, MAX_ACTORS).join(', ')} +${names.length - MAX_ACTORS}`
      : names.join(', ');
  const what = who ? `${who} — ${event.action}` : event.action;
  return withDate && event.date ? `${event.date} · ${what}` : what;
}

/**
 * Orders TIMEX3 date values oldest first: known years by value ("2003" before "2003-08" before
 * "2017-11-29"), then dates whose year is unknown ("XXXX-11-29"), then undated events.
 */
export function compareEventDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
