// The workspace's happenings: each article's mentions grouped by happening (see within-article.ts),
// linked across the articles of one story by the kind of happening. A document's profile and groups
// are computed once when it is set; after an edit that keeps the article's actors and days, only its
// story is linked again, lazily, when asked. The events themselves are read again when a story is linked.
import type { Annotation, EventKind, NewsEvent } from '../types';
import { contentHash, stringSharer } from '../cache/annotation-cache';
import { fnv1a32 } from '../text/hash';
import { storedProfile, type ArticleProfile, type StoredProfile } from './article-profile';
import { happeningClass, isStatementClass } from './lemma-class';
import { groupStories } from './stories';

/** One event mention of a happening: the document and the event's index in its annotation. */
export interface HappeningMention {
  documentId: string;
  index: number;
}

/** Mentions of one real-world happening, within an article and across articles. */
export interface Happening {
  id: string;
  /** What happened in a few words: the action of a mention with its most used word, a main one if any. */
  label: string;
  kind: EventKind;
  /** The most specific date its mentions give, the sentence's over the article's. */
  date: string | null;
  /** Actor keys of its mentions, most mentioned first. */
  actorKeys: string[];
  documents: string[];
  mentions: HappeningMention[];
}

interface ArticleGroups {
  /** The profile's features and their weights, as two lists: a Map per article of an archive weighed 2 KB. */
  features: string[];
  weights: number[];
  /** A hash of the profile's actors and days: while they stay, an edit leaves the article in its story. */
  signature: string;
  /** The events, when the index has no `eventsOf` to read them again from. */
  events?: NewsEvent[];
  /** The year the article was written, when known. */
  year: string | null;
}

/** A happening of one kind in a story, as its reports join it. */
interface Cluster {
  key: string;
  days: Set<string>;
  documents: Set<string>;
}

interface StoryTable {
  happenings: Happening[];
  /** documentId → event index → happening id. */
  ofMention: Map<string, string[]>;
}

export class HappeningIndex {
  private readonly articles = new Map<string, ArticleGroups>();
  /** documentId → story id; null until grouped, and again after an article joins or changes its actors. */
  private storyOf: Map<string, string> | null = null;
  private readonly storyTables = new Map<string, StoryTable>();
  private readonly storyOfHappening = new Map<string, string>();
  /** Stories whose articles changed since they were linked: only they are linked again. */
  private readonly dirty = new Set<string>();
  /** One copy of each profile feature ("a:place:russia") for all articles, not one per article. */
  private readonly sharedFeature = stringSharer(new Map<string, string>());
  private readonly eventsOf: (documentId: string) => NewsEvent[];
  private readonly keepsEvents: boolean;

  /**
   * `eventsOf` gives a document's events when a story is linked, so the index need not keep them (the actor
   * index keeps them compactly); without it, the index keeps each document's events itself.
   */
  constructor(eventsOf?: (documentId: string) => NewsEvent[]) {
    this.eventsOf = eventsOf ?? (documentId => this.articles.get(documentId)?.events ?? []);
    this.keepsEvents = !eventsOf;
  }

  set(documentId: string, annotation: Annotation): void {
    this.setProfile(documentId, storedProfile(annotation), annotation.events);
  }

  /** Sets a document from its stored profile; `events` only for an index that keeps them itself. */
  setProfile(documentId: string, profile: StoredProfile, events?: NewsEvent[]): void {
    // In place: the compact annotation that holds the profile keeps the same lists, not a copy.
    const { features } = profile;
    for (let i = 0; i < features.length; i++) features[i] = this.sharedFeature(features[i]);
    const signature = contentHash(
      features
        .filter(feature => !feature.startsWith('e:'))
        .sort()
        .join('\n'),
    );
    const previous = this.articles.get(documentId);
    this.articles.set(documentId, {
      features,
      weights: profile.weights,
      signature,
      events: this.keepsEvents ? (events ?? []) : undefined,
      year: profile.year,
    });
    const story = this.storyOf?.get(documentId);
    if (previous && story !== undefined && previous.signature === signature) this.dirty.add(story);
    else this.storyOf = null;
  }

  delete(documentId: string): void {
    if (!this.articles.delete(documentId)) return;
    const story = this.storyOf?.get(documentId);
    if (story === undefined) return;
    this.storyOf!.delete(documentId);
    this.dirty.add(story);
  }

  /** The happening of a document's event, by the event's index in the annotation. */
  happeningOf(documentId: string, eventIndex: number): Happening | undefined {
    const story = this.linkedStoryOf(documentId);
    const table = story === undefined ? undefined : this.storyTables.get(story);
    const id = table?.ofMention.get(documentId)?.[eventIndex];
    return id === undefined ? undefined : this.happening(id);
  }

  happening(id: string): Happening | undefined {
    this.link();
    const story = this.storyOfHappening.get(id);
    return story === undefined ? undefined : this.storyTables.get(story)?.happenings.find(h => h.id === id);
  }

  /** Happenings reported in most documents first, then by mentions. */
  happenings(): Happening[] {
    this.link();
    return [...this.storyTables.values()]
      .flatMap(t => t.happenings)
      .sort(
        (a, b) =>
          b.documents.length - a.documents.length || b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
      );
  }

  private linkedStoryOf(documentId: string): string | undefined {
    this.link();
    return this.storyOf?.get(documentId);
  }

  // Groups the articles into stories when that is stale, then links the stories that changed.
  private link(): void {
    if (!this.storyOf) {
      this.storyOf = groupStories(new Map([...this.articles].map(([id, article]) => [id, profileOf(article)])));
      this.storyTables.clear();
      this.storyOfHappening.clear();
      this.dirty.clear();
      for (const story of new Set(this.storyOf.values())) this.dirty.add(story);
    }
    if (this.dirty.size === 0) return;
    const documentsOf = new Map<string, string[]>();
    for (const [documentId, story] of this.storyOf) {
      if (!this.dirty.has(story)) continue;
      if (!documentsOf.has(story)) documentsOf.set(story, []);
      documentsOf.get(story)!.push(documentId);
    }
    for (const story of this.dirty) {
      for (const happening of this.storyTables.get(story)?.happenings ?? []) this.storyOfHappening.delete(happening.id);
      const table = this.linkStory(story, (documentsOf.get(story) ?? []).sort());
      this.storyTables.set(story, table);
      for (const happening of table.happenings) this.storyOfHappening.set(happening.id, story);
    }
    this.dirty.clear();
  }

  private linkStory(story: string, documentIds: string[]): StoryTable {
    const members = new Map<string, HappeningMention[]>();
    const open = new Map<string, Cluster[]>();
    // Each article's events read once: a story of an archive's copies has hundreds of articles.
    const eventsOf = new Map(documentIds.map(id => [id, this.eventsOf(id)]));
    for (const documentId of documentIds) {
      const article = this.articles.get(documentId)!;
      const articleEvents = eventsOf.get(documentId)!;
      for (const [key, indices] of happeningGroups(articleEvents)) {
        const events = indices.map(i => articleEvents[i]);
        const cls = happeningClass(events[0].lemma, events[0].trigger.text);
        // A statement, a denial or a maybe stays in its article; the rest joins its story's happening of that kind.
        const shared =
          !isStatementClass(cls) &&
          events[0].polarity === 'positive' &&
          (events[0].modality === 'asserted' || events[0].modality === 'future');
        let id = `${cls}@${documentId}#${key}`;
        if (shared) {
          const slot = `${cls}@${story}`;
          if (!open.has(slot)) open.set(slot, []);
          const clusters = open.get(slot)!;
          const days = daysOf(events);
          // A happening of another year than the article's ("talks began in 2003") is told as background:
          // it joins only a happening dated alike.
          const background =
            article.year !== null && days.size > 0 && [...days].every(d => d.slice(0, 4) !== article.year);
          const target = sameDay(clusters, documentId, days, background);
          if (target) {
            id = target.key;
            days.forEach(d => target.days.add(d));
            target.documents.add(documentId);
          } else {
            id = `${slot}#${clusters.length}`;
            clusters.push({ key: id, days, documents: new Set([documentId]) });
          }
        }
        if (!members.has(id)) members.set(id, []);
        members.get(id)!.push(...indices.map(index => ({ documentId, index })));
      }
    }
    const happenings: Happening[] = [];
    const ofMention = new Map<string, string[]>();
    for (const [key, mentions] of members) {
      const id = happeningId(key);
      happenings.push(describe(id, mentions, eventsOf));
      for (const m of mentions) {
        if (!ofMention.has(m.documentId)) ofMention.set(m.documentId, []);
        ofMention.get(m.documentId)![m.index] = id;
      }
    }
    return { happenings, ofMention };
  }
}

// A happening's label, kind, date and actors, from its mentions.
function describe(id: string, mentions: HappeningMention[], eventsOf: Map<string, NewsEvent[]>): Happening {
  const events = mentions.map(m => eventsOf.get(m.documentId)![m.index]);
  const commonLemma = mostCommon(events.map(e => e.lemma));
  const lead = events.find(e => e.main && e.lemma === commonLemma) ?? events.find(e => e.lemma === commonLemma)!;
  const kinds = events.map(e => e.kind).filter(kind => kind !== 'other');
  const actorCounts = new Map<string, number>();
  for (const event of events) for (const key of event.actorKeys) actorCounts.set(key, (actorCounts.get(key) ?? 0) + 1);
  const dated = events
    .filter(e => e.date)
    .sort(
      (a, b) =>
        Number(b.dateSource === 'sentence') - Number(a.dateSource === 'sentence') || b.date!.length - a.date!.length,
    );
  return {
    id,
    label: lead.action,
    kind: kinds.length ? mostCommon(kinds) : 'other',
    date: dated[0]?.date ?? null,
    actorKeys: [...actorCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key),
    documents: [...new Set(mentions.map(m => m.documentId))],
    mentions,
  };
}

function profileOf({ features, weights }: ArticleGroups): ArticleProfile {
  return new Map(features.map((feature, i) => [feature, weights[i]]));
}

// An article's events by happening: happeningKey → event indices, in order of first mention.
function happeningGroups(events: NewsEvent[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  events.forEach((event, i) => {
    if (!groups.has(event.happeningKey)) groups.set(event.happeningKey, []);
    groups.get(event.happeningKey)!.push(i);
  });
  return groups;
}

// The most frequent value, the first one among equals.
function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

// The dates its own sentences give a happening, of any grain with a known year ("2003-08", "2021-10-19").
function daysOf(events: NewsEvent[]): Set<string> {
  const days = new Set<string>();
  for (const event of events)
    if (event.dateSource === 'sentence' && event.date && /^\d{4}/.test(event.date)) days.add(event.date);
  return days;
}

// The first happening of the same kind in the story at a compatible date ("2013-06" and "2013-06-11"),
// else the first one not dated apart. A report never joins a happening its own article already has:
// it told that one apart. Two earthquakes more than a week apart are two happenings; partial dates
// ("2013", "2013-06") often tell of the background, so only days set happenings apart.
function sameDay(clusters: Cluster[], documentId: string, days: Set<string>, background: boolean): Cluster | undefined {
  let fallback: Cluster | undefined;
  for (const cluster of clusters) {
    if (cluster.documents.has(documentId)) continue;
    const dated = days.size > 0 && cluster.days.size > 0;
    if (dated && [...days].some(d => [...cluster.days].some(e => compatibleDates(d, e)))) return cluster;
    const apart = dated && [...days].every(d => [...cluster.days].every(e => apartDates(d, e)));
    if (!apart && !background) fallback ??= cluster;
  }
  return fallback;
}

const APART_DAYS = 7;

// Two days more than a week apart cannot be one happening's.
function apartDates(a: string, b: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}/.test(a) || !/^\d{4}-\d{2}-\d{2}/.test(b)) return false;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) > APART_DAYS * 86400000;
}

function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

// A short id that stays the same while the happening's class and story (or article) do: FNV-1a of its key.
function happeningId(key: string): string {
  return `${key.slice(0, key.indexOf('@'))}-${fnv1a32(key).toString(36)}`;
}
