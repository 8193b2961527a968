// The Events view's four readings of the workspace's events — by article, by date across articles,
// by actor, by happening (its reports in each article) — and its filter, as plain nodes with stable ids.
import { compareEventDates, type ActorIndex, type EventKind, type NewsEvent } from '../../core/view';
import { happeningReports, type HappeningReport } from '../../presentation/happening';

export type Grouping = 'document' | 'date' | 'actor' | 'happening';
export const GROUPINGS: readonly Grouping[] = ['document', 'date', 'actor', 'happening'];

export interface EventsFilter {
  kind?: EventKind;
  /** An actor id (resolved key). */
  actor?: string;
}

// Date, actor and happening groups span articles; their `documentId` is always undefined.
export type GroupNode =
  | { kind: 'document'; documentId: string }
  | { kind: 'date'; date: string | null; documentId?: undefined }
  | { kind: 'actor'; actorId: string; documentId?: undefined }
  | HappeningNode;

export type HappeningNode = { kind: 'happening'; happeningId: string; documentId?: undefined };

/** By happening, an article that reports it; its reports are beneath it. */
export type ArticleNode = { kind: 'article'; documentId: string; group: HappeningNode };

/**
 * An event, or by happening a report: a sentence of the article that mentions the happening, `event` its
 * main mention there if any, `mentions` all the happening's mentions in the sentence.
 */
export type EventNode = {
  kind: 'event';
  documentId: string;
  event: NewsEvent;
  group: GroupNode | ArticleNode;
  mentions?: NewsEvent[];
};

export type EventsNode = GroupNode | ArticleNode | EventNode;

/** A stable id: the same group or event gets the same id after a refresh, so expansion survives. */
export function nodeId(node: EventsNode): string {
  switch (node.kind) {
    case 'document':
      return `document:${node.documentId}`;
    case 'date':
      return `date:${node.date ?? 'undated'}`;
    case 'actor':
      return `actor:${node.actorId}`;
    case 'happening':
      return `happening:${node.happeningId}`;
    case 'article':
      return `${nodeId(node.group)}/${node.documentId}`;
    case 'event':
      // A report is a sentence, under its article's node.
      return node.group.kind === 'article'
        ? `${nodeId(node.group)}#${node.event.start}`
        : `${nodeId(node.group)}/${node.documentId}#${node.event.trigger.start}`;
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

function isEmpty(filter: EventsFilter): boolean {
  return !filter.kind && !filter.actor;
}

/**
 * Every event of the index that passes the filter, article by article. Only main mentions pass, so only
 * they are read (see ActorIndex.mainEvents).
 */
export function filteredEvents(actors: ActorIndex, filter: EventsFilter): Located[] {
  return actors.documentIds().flatMap(documentId =>
    actors
      .mainEvents(documentId)
      .filter(event => matches(actors, event, filter))
      .map(event => ({ documentId, event })),
  );
}

/** How groups are ordered: by the articles' dates, by the actors' names. */
export interface GroupOrder {
  articleDate(documentId: string): string | null;
  nameOf(actorKey: string): string;
}

/** A top-level group: its size at hand for its label, its nodes made when it is opened. */
export interface EventGroup {
  group: GroupNode;
  /** Its events; by happening, its reports (sentences). */
  size: number;
  /** Its children: the events, or by happening the articles that report it. */
  children(): (EventNode | ArticleNode)[];
  /** Every event node beneath it. */
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
      // Unfiltered, every main mention counts: the archive's articles need not be read.
      const size = isEmpty(filter)
        ? actors.mainEventIndices(documentId).length
        : actors.mainEvents(documentId).reduce((n, event) => n + Number(matches(actors, event, filter)), 0);
      if (size === 0) return [];
      const group: GroupNode = { kind: 'document', documentId };
      let nodes: EventNode[] | undefined;
      const events = (): EventNode[] =>
        (nodes ??= actors
          .mainEvents(documentId)
          .filter(event => matches(actors, event, filter))
          .map((event): EventNode => ({ kind: 'event', documentId, event, group })));
      return [{ group, size, events, children: events }];
    });
  }
  if (grouping === 'happening') return groupByHappening(actors, filter);
  return groupAcrossArticles(actors, grouping, filter, order).map(({ group, events }) => ({
    group,
    size: events.length,
    events: () => events,
    children: () => events,
  }));
}

/**
 * Each happening once, those reported in most articles first (the index's order), with a main mention
 * that passes the filter; opened, the articles that report it, and under each the sentences that do.
 */
function groupByHappening(actors: ActorIndex, filter: EventsFilter): EventGroup[] {
  return actors.happenings.happenings().flatMap(happening => {
    const reports = happeningReports(actors, happening);
    if (!reports.some(r => matches(actors, r.event, filter))) return [];
    const group: HappeningNode = { kind: 'happening', happeningId: happening.id };
    const size = new Set(reports.map(r => `${r.documentId}#${r.event.start}`)).size;
    let nodes: { articles: ArticleNode[]; events: EventNode[] } | undefined;
    const made = () => (nodes ??= reportNodes(group, reports));
    return [{ group, size, children: () => made().articles, events: () => made().events }];
  });
}

// One node per article, in the index's order, and one per sentence beneath it, in text order.
function reportNodes(
  group: HappeningNode,
  reports: HappeningReport[],
): { articles: ArticleNode[]; events: EventNode[] } {
  const articles = new Map<string, ArticleNode>();
  const sentences = new Map<string, EventNode>();
  for (const { documentId, event } of reports) {
    if (!articles.has(documentId)) articles.set(documentId, { kind: 'article', documentId, group });
    const key = `${documentId}#${event.start}`;
    const node = sentences.get(key);
    if (!node)
      sentences.set(key, { kind: 'event', documentId, event, group: articles.get(documentId)!, mentions: [event] });
    else {
      node.mentions!.push(event);
      if (event.main && !node.event.main) node.event = event;
    }
  }
  return { articles: [...articles.values()], events: [...sentences.values()] };
}

/** The event nodes beneath one article of a happening. */
export function reportsIn(group: EventGroup, article: ArticleNode): EventNode[] {
  return group.events().filter(e => e.documentId === article.documentId);
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
