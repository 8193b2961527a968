// Names and dates never overlap: a highlight, an export line or a BIO tag can show only one of them.
import { actorKey } from '../actors/actor-key';
import type { DateMention, Mention } from '../types';

/**
 * `entities` with no part in a date (both sorted by start, dates apart from each other). A name that
 * runs into a date ("Brian Nichols Saturday", in a line without punctuation) stops before it; a name
 * with nothing before the date, or inside one, goes: the date rules are the better-founded reading.
 */
export function apartFromDates(entities: Mention[], dates: DateMention[]): Mention[] {
  let next = 0;
  return entities.flatMap(entity => {
    while (next < dates.length && dates[next].end <= entity.start) next++;
    const date = dates[next];
    if (!date || date.start >= entity.end) return [entity];
    const before = entity.text.slice(0, Math.max(0, date.start - entity.start)).replace(/[^\p{L}\p{N}.]+$/u, '');
    if (!/\p{L}/u.test(before)) return [];
    return [{ ...entity, end: entity.start + before.length, text: before, actorKey: actorKey(entity.type, before) }];
  });
}
