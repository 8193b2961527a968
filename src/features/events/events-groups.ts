// The Events view's three readings of the workspace's events — by article, by date across articles,
// by actor — and its filter, as plain nodes with stable ids.
import { compareEventDates, type ActorIndex, type EventKind, type NewsEvent } from '../../core/view';

export type Grouping = 'document' | 'date' | 'actor';
export const GROUPINGS: readonly Grouping[] = ['document', 'date', 'actor'];

export interface EventsFilter {
  kind?: EventKind;
  /** An actor id (resolved key). */
  actor?: string;
}

// Date and actor groups span articles; their `documentId` is always undefined.
export type GroupNode =
  | { kind: 'document'; documentId: string }
  | { kind: 'date'; date: string | null; documentId?: undefined }
  | { kind: 'actor'; actorId: string; documentId?: undefined };

export type EventNode = { kind: 'event'; documentId: string; event: NewsEvent; group: GroupNode };

export type EventsNode = GroupNode | EventNode;

/** A stable id: the same group or event gets the same id after a refresh, so expansion survives. */
export function nodeId(node: EventsNode): string {
  switch (node.kind) {
    case 'document':
      return `document:${node.documentId}`;
    case 'date':
      return `date:${node.date ?? 'undated'}`;
    case 'actor':
      return `actor:${node.actorId}`;
    case 'event':
      return `${nodeId(node.group)}/${node.documentId}#${node.event.trigger.start}`;
  }
}

interface Located {
  documentId: string;
  event: NewsEvent;
}

/** Whether the view lists the event: a main mention (one per clause, not denied) that passes the filter. */
export function matches(actors: ActorIndex, event: NewsEvent, filter: EventsFilter): boolean {
  if (!event.main) return false;
  if (filter.kind && event.kind !== filter.kind) return false;
  if (filter.actor && !event.actorKeys.some(key => actors.resolve(key) === filter.actor)) return false;
  return true;
}

/** Every event of the index that passes the filter, article by article. */
export function filteredEvents(actors: ActorIndex, filter: EventsFilter): Located[] {
  return actors
    .documentIds()
    .flatMap(documentId =>
      (actors.annotation(documentId)?.events ?? [])
        .filter(event => matches(actors, event, filter))
        .map(event => ({ documentId, event })),
    );
}

/** How groups are ordered: by the articles' dates, by the actors' names. */
export interface GroupOrder {
  articleDate(documentId: string): string | null;
  nameOf(actorKey: string): string;
}

/** A top-level group: its size at hand for its label, its event nodes made when it is opened. */
export interface EventGroup {
  group: GroupNode;
  size: number;
  events(): EventNode[];
}

/**
 * The top-level groups, in display order. By article, a group's nodes are made only when it is opened:
 * an archive's view shows tens of thousands of articles and opens a few.
 */
export function groupEvents(
  actors: ActorIndex,
  grouping: Grouping,
  filter: EventsFilter,
  order: GroupOrder,
): EventGroup[] {
  if (grouping === 'document') {
    return actors.documentIds().flatMap(documentId => {
      const size = (actors.annotation(documentId)?.events ?? []).reduce(
        (n, event) => n + Number(matches(actors, event, filter)),
        0,
      );
      if (size === 0) return [];
      const group: GroupNode = { kind: 'document', documentId };
      let nodes: EventNode[] | undefined;
      const events = () =>
        (nodes ??= (actors.annotation(documentId)?.events ?? [])
          .filter(event => matches(actors, event, filter))
          .map((event): EventNode => ({ kind: 'event', documentId, event, group })));
      return [{ group, size, events }];
    });
  }
  return groupAcrossArticles(actors, grouping, filter, order).map(({ group, events }) => ({
    group,
    size: events.length,
    events: () => events,
  }));
}

// By date or by actor a group gathers events from many articles, so every event is placed at once.
function groupAcrossArticles(
  actors: ActorIndex,
  grouping: Grouping,
  filter: EventsFilter,
  { articleDate, nameOf }: GroupOrder,
): { group: GroupNode; events: EventNode[] }[] {
  const located = filteredEvents(actors, filter);
  const groups = new Map<string, { group: GroupNode; events: EventNode[] }>();
  const add = (group: GroupNode, item: Located) => {
    const id = nodeId(group);
    if (!groups.has(id)) groups.set(id, { group, events: [] });
    groups.get(id)!.events.push({ kind: 'event', documentId: item.documentId, event: item.event, group });
  };
  for (const item of located) {
    if (grouping === 'date') add({ kind: 'date', date: item.event.date }, item);
    else
      for (const actorId of new Set(item.event.actorKeys.map(key => actors.resolve(key)))) {
        if (!filter.actor || actorId === filter.actor) add({ kind: 'actor', actorId }, item);
      }
  }
  const result = [...groups.values()];
  if (grouping === 'date') {
    // A timeline: oldest first, undated last; within a day, articles by date, then by order in the text.
    result.sort((a, b) => compareEventDates(dateOf(a.group), dateOf(b.group)));
    for (const g of result)
      g.events.sort(
        (a, b) =>
          compareEventDates(articleDate(a.documentId), articleDate(b.documentId)) ||
          a.documentId.localeCompare(b.documentId) ||
          a.event.start - b.event.start,
      );
  } else {
    const name = (g: GroupNode) => (g.kind === 'actor' ? nameOf(g.actorId) : '');
    result.sort((a, b) => b.events.length - a.events.length || name(a.group).localeCompare(name(b.group)));
    for (const g of result)
      g.events.sort(
        (a, b) =>
          compareEventDates(a.event.date, b.event.date) ||
          a.documentId.localeCompare(b.documentId) ||
          a.event.start - b.event.start,
      );
  }
  return result;
}

function dateOf(group: GroupNode): string | null {
  return group.kind === 'date' ? group.date : null;
}

/** The event whose sentence holds `offset`: of several, the one whose trigger comes last before it. */
export function eventAt(events: NewsEvent[], offset: number): NewsEvent | undefined {
  const inSentence = events.filter(e => e.start <= offset && offset <= e.end);
  const before = inSentence.filter(e => e.trigger.start <= offset);
  return before.length > 0 ? before[before.length - 1] : inSentence[0];
}
