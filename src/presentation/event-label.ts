// One line for an event, as the Events view and the timeline show it: "Wed, Nov 29, 2017 · North Korea —
// missile launch", the date in words (the core's own label writes the TIMEX3 value, for the CLI).
import { eventLabel, type NewsEvent } from '../core/view';
import { displayDate } from './dates';

export function eventLine(
  event: NewsEvent,
  nameOf: (actorKey: string) => string,
  locale: string | undefined,
  withDate = true,
): string {
  const what = eventLabel(event, nameOf, false);
  return withDate && event.date ? `${displayDate(event.date, locale)} · ${what}` : what;
}
