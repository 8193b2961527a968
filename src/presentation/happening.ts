// What the Events view, the timeline and the hover card say about a happening: its mentions as events,
// who took part, where, and one line "Nov 29 (year unknown) · North Korea — missile launch". No `vscode` here.
import type { ActorIndex, Happening, NewsEvent } from '../core/view';
import { displayDate } from './dates';

const MAX_ACTORS = 2;

/** One mention of a happening: the article, the event's index in its annotation and the event itself. */
export interface HappeningReport {
  documentId: string;
  index: number;
  event: NewsEvent;
}

/** The happening's mentions as events, article by article in the index's order, then by position. */
export function happeningReports(actors: ActorIndex, happening: Happening): HappeningReport[] {
  return happening.mentions
    .flatMap(({ documentId, index }) => {
      const event = actors.annotation(documentId)?.events[index];
      return event ? [{ documentId, index, event }] : [];
    })
    .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.event.trigger.start - b.event.trigger.start);
}

/**
 * Who took part, by actor id: the actors of its main mentions (else of any), those who did it (the first
 * actor of a mention) first, then the most mentioned; never the place where it happened (`happeningPlace`).
 */
export function happeningActors(actors: ActorIndex, happening: Happening, reports: HappeningReport[]): string[] {
  const main = reports.filter(r => r.event.main);
  const mainKeys = new Set(main.flatMap(r => r.event.actorKeys));
  const agents = new Set(main.map(r => r.event.actorKeys[0]).filter(Boolean));
  const keys = happening.actorKeys.filter(key => mainKeys.has(key));
  const ordered = (keys.length ? keys : happening.actorKeys)
    .map((key, i) => ({ key, i, agent: agents.has(key) }))
    .sort((a, b) => Number(b.agent) - Number(a.agent) || a.i - b.i)
    .map(({ key }) => actors.resolve(key));
  // A clause's actors can hold where it happened ("discussed … developments on the Korean Peninsula").
  const place = happeningPlace(actors, reports);
  return [...new Set(ordered)].filter(id => id !== place);
}

/** Where it happened: the place its mentions name most often, as an actor id; null when none does. */
export function happeningPlace(actors: ActorIndex, reports: HappeningReport[]): string | null {
  const counts = new Map<string, number>();
  for (const { event } of reports)
    if (event.placeKey)
      counts.set(actors.resolve(event.placeKey), (counts.get(actors.resolve(event.placeKey)) ?? 0) + 1);
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key;
  return best;
}

/** Whether the happening's date is only the article's date (no sentence of it gives one). */
export function datedByArticleOnly(happening: Happening, reports: HappeningReport[]): boolean {
  return (
    happening.date !== null && !reports.some(r => r.event.date === happening.date && r.event.dateSource === 'sentence')
  );
}

/** "Nov 29 (year unknown) · North Korea — missile launch": when, who, what, as the events' lines read. */
export function happeningLine(
  happening: Happening,
  actorIds: string[],
  nameOf: (actorKey: string) => string,
  locale: string | undefined,
  withDate = true,
): string {
  const names = [...new Set(actorIds.map(nameOf))];
  const who =
    names.length > MAX_ACTORS
      ? `${names.slice(0, MAX_ACTORS).join(', ')} +${names.length - MAX_ACTORS}`
      : names.join(', ');
  const what = who ? `${who} — ${happening.label}` : happening.label;
  return withDate && happening.date ? `${displayDate(happening.date, locale)} · ${what}` : what;
}

/** How the text holds this mention, in words: null for a plain report of something that happened. */
export function stanceOf(event: Pick<NewsEvent, 'polarity' | 'modality'>): string | null {
  if (event.polarity === 'negative') return 'denied: the text says it did not happen';
  switch (event.modality) {
    case 'future':
      return 'planned: the text says it will happen';
    case 'possible':
      return 'possible: the text says it may happen or may have happened';
    case 'hypothetical':
      return 'hypothetical: the text says it would happen under a condition';
    default:
      return null;
  }
}

/** One word for a mention's stance, where a row has little room: "denied", "planned", "possible", "if". */
export function stanceWord(event: Pick<NewsEvent, 'polarity' | 'modality'>): string | null {
  if (event.polarity === 'negative') return 'denied';
  return { asserted: null, future: 'planned', possible: 'possible', hypothetical: 'hypothetical' }[event.modality];
}
