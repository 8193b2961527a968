// Applies a user's corrections on top of the automatic annotation of an article: a pure function of both.
import type { Annotation, DateMention, Mention, NewsEvent, Span } from '../types';
import { actorKey, normalizeName } from '../actors/actor-key';
import { locateQuote } from './quote-selector';
import type { Correction, CorrectionSet } from './types';

/** A mention as the tagger gave it and what became of it: `now` is null once removed. */
interface Tracked {
  original: Mention | null;
  now: Mention | null;
}

/**
 * The annotation with the workspace's ignored names dropped, then the article's corrections applied in the
 * order they were made. A correction whose quote is no longer in the text does nothing. Events keep their
 * sentences; their actors, place and speaker follow the mentions they came from.
 */
export function applyCorrections(annotation: Annotation, text: string, set: CorrectionSet): Annotation {
  if (set.corrections.length === 0 && set.ignore.length === 0) return annotation;
  const tracked: Tracked[] = annotation.entities.map(mention => ({ original: mention, now: mention }));
  let dates: DateMention[] = annotation.dates;
  const ignored = new Set(set.ignore.map(normalizeName).filter(Boolean));
  for (const entry of tracked) if (ignored.has(normalizeName(entry.original!.text))) entry.now = null;

  for (const correction of set.corrections) {
    const span = locateQuote(text, correction.quote);
    if (!span) continue;
    if (correction.action === 'add' || correction.action === 'remove') {
      for (const entry of tracked) if (entry.now && overlaps(entry.now, span)) entry.now = null;
      dates = dates.filter(date => !overlaps(date, span));
      if (correction.action === 'add') {
        tracked.push({
          original: null,
          now: { ...span, type: correction.type, actorKey: correction.actor ?? actorKey(correction.type, span.text) },
        });
      }
      continue;
    }
    const target = mostOverlapping(tracked, span);
    if (target) target.now = changed(target.now!, correction);
  }

  const entities = tracked.flatMap(entry => (entry.now ? [entry.now] : [])).sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Tracked[]>();
  for (const entry of tracked) {
    if (!entry.original) continue;
    if (!byKey.has(entry.original.actorKey)) byKey.set(entry.original.actorKey, []);
    byKey.get(entry.original.actorKey)!.push(entry);
  }
  const added = tracked.flatMap(entry => (!entry.original && entry.now ? [entry.now] : []));
  return {
    ...annotation,
    entities,
    dates,
    events: annotation.events.map(event => followMentions(event, byKey, added)),
  };
}

/** The key of a mention split out of its actor: its own name's key with the first free `~n`. */
export function splitActorKey(mention: Pick<Mention, 'type' | 'text'>, taken: Iterable<string>): string {
  const keys = new Set(taken);
  const base = actorKey(mention.type, mention.text);
  let n = 1;
  while (keys.has(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}

function changed(mention: Mention, correction: Exclude<Correction, { action: 'add' | 'remove' }>): Mention {
  if (correction.action === 'retype') {
    // Another type is another actor; a mention split out of its actor stays split.
    const split = /~\d+$/.exec(mention.actorKey)?.[0] ?? '';
    return { ...mention, type: correction.type, actorKey: actorKey(correction.type, mention.text) + split };
  }
  return { ...mention, actorKey: correction.actor };
}

function overlaps(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end;
}

function mostOverlapping(tracked: Tracked[], span: Span): Tracked | undefined {
  let best: Tracked | undefined;
  let bestOverlap = 0;
  for (const entry of tracked) {
    if (!entry.now) continue;
    const overlap = Math.min(entry.now.end, span.end) - Math.max(entry.now.start, span.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [entry, overlap];
  }
  return best;
}

// An event's actor came from a mention in its clause (or, for a pronoun, from an earlier sentence): it
// becomes whatever that mention became, and a name added in the clause joins the actors.
function followMentions(event: NewsEvent, byKey: Map<string, Tracked[]>, added: Mention[]): NewsEvent {
  const inside = (s: Span) => s.start >= event.start && s.end <= event.end;
  const follow = (key: string): string[] => {
    const withKey = byKey.get(key);
    if (!withKey) return [key];
    const here = withKey.filter(entry => inside(entry.original!));
    if (here.length) return unique(here.flatMap(entry => (entry.now ? [entry.now.actorKey] : [])));
    const now = withKey.flatMap(entry => (entry.now ? [entry.now.actorKey] : []));
    return now.includes(key) ? [key] : now.slice(0, 1);
  };
  const placeKey = event.placeKey === null ? null : (follow(event.placeKey)[0] ?? null);
  const speakerKey = event.speakerKey === null ? null : (follow(event.speakerKey)[0] ?? null);
  const addedHere = added.filter(inside).map(mention => mention.actorKey);
  const actorKeys = unique([...event.actorKeys.flatMap(follow), ...addedHere]).filter(key => key !== placeKey);
  if (sameKeys(actorKeys, event.actorKeys) && placeKey === event.placeKey && speakerKey === event.speakerKey)
    return event;
  return { ...event, actorKeys, placeKey, speakerKey };
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
