// The workspace's happenings: each article's mentions grouped by happening (see within-article.ts),
// linked across the articles of one story by the kind of happening. A document's profile and groups
// are computed once when it is set; linking reads only those, lazily, after a change.
import type { Annotation, EventKind, NewsEvent } from '../types';
import { articleProfile, type ArticleProfile } from './article-profile';
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
  profile: ArticleProfile;
  events: NewsEvent[];
  /** happeningKey → event indices. */
  groups: Map<string, number[]>;
}

interface Linked {
  byId: Map<string, Happening>;
  /** documentId → event index → happening id. */
  ofMention: Map<string, string[]>;
}

export class HappeningIndex {
  private readonly articles = new Map<string, ArticleGroups>();
  private linked: Linked | null = null;

  set(documentId: string, annotation: Annotation): void {
    const groups = new Map<string, number[]>();
    annotation.events.forEach((event, i) => {
      if (!groups.has(event.happeningKey)) groups.set(event.happeningKey, []);
      groups.get(event.happeningKey)!.push(i);
    });
    this.articles.set(documentId, { profile: articleProfile(annotation), events: annotation.events, groups });
    this.linked = null;
  }

  delete(documentId: string): void {
    if (this.articles.delete(documentId)) this.linked = null;
  }

  /** The happening of a document's event, by the event's index in the annotation. */
  happeningOf(documentId: string, eventIndex: number): Happening | undefined {
    const table = this.table();
    const id = table.ofMention.get(documentId)?.[eventIndex];
    return id === undefined ? undefined : table.byId.get(id);
  }

  happening(id: string): Happening | undefined {
    return this.table().byId.get(id);
  }

  /** Happenings reported in most documents first, then by mentions. */
  happenings(): Happening[] {
    return [...this.table().byId.values()].sort((a, b) => b.documents.length - a.documents.length || b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
  }

  private table(): Linked {
    if (!this.linked) this.linked = this.link();
    return this.linked;
  }

  private link(): Linked {
    const profiles = new Map([...this.articles].map(([id, article]) => [id, article.profile]));
    const storyOf = groupStories(profiles);
    const members = new Map<string, HappeningMention[]>();
    const open = new Map<string, { key: string; days: Set<string> }[]>();
    for (const documentId of [...this.articles.keys()].sort()) {
      const article = this.articles.get(documentId)!;
      for (const [key, indices] of article.groups) {
        const events = indices.map(i => article.events[i]);
        const cls = happeningClass(events[0].lemma);
        // A statement, a denial or a maybe stays in its article; the rest joins its story's happening of that kind.
        const shared = !isStatementClass(cls) && events[0].polarity === 'positive' && (events[0].modality === 'asserted' || events[0].modality === 'future');
        let id = `${cls}@${documentId}#${key}`;
        if (shared) {
          const slot = `${cls}@${storyOf.get(documentId)}`;
          const days = daysOf(events);
          if (!open.has(slot)) open.set(slot, []);
          const candidates = open.get(slot)!;
          const target = sameDay(candidates, days);
          if (target) {
            id = target.key;
            days.forEach(d => target.days.add(d));
          } else {
            id = `${slot}#${candidates.length}`;
            candidates.push({ key: id, days });
          }
        }
        if (!members.has(id)) members.set(id, []);
        members.get(id)!.push(...indices.map(index => ({ documentId, index })));
      }
    }
    const byId = new Map<string, Happening>();
    const ofMention = new Map<string, string[]>();
    for (const [key, mentions] of members) {
      const id = happeningId(key);
      byId.set(id, this.describe(id, mentions));
      for (const m of mentions) {
        if (!ofMention.has(m.documentId)) ofMention.set(m.documentId, []);
        ofMention.get(m.documentId)![m.index] = id;
      }
    }
    return { byId, ofMention };
  }

  private describe(id: string, mentions: HappeningMention[]): Happening {
    const events = mentions.map(m => this.articles.get(m.documentId)!.events[m.index]);
    const commonLemma = mostCommon(events.map(e => e.lemma));
    const lead = events.find(e => e.main && e.lemma === commonLemma) ?? events.find(e => e.lemma === commonLemma)!;
    const kinds = events.map(e => e.kind).filter(kind => kind !== 'other');
    const actorCounts = new Map<string, number>();
    for (const event of events) for (const key of event.actorKeys) actorCounts.set(key, (actorCounts.get(key) ?? 0) + 1);
    const dated = events.filter(e => e.date).sort((a, b) => Number(b.dateSource === 'sentence') - Number(a.dateSource === 'sentence') || (b.date!.length - a.date!.length));
    return {
      id, label: lead.action, kind: kinds.length ? mostCommon(kinds) : 'other', date: dated[0]?.date ?? null,
      actorKeys: [...actorCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key),
      documents: [...new Set(mentions.map(m => m.documentId))], mentions,
    };
  }
}

// The most frequent value, the first one among equals.
function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

// The days its own sentences date a happening to ("on Tuesday" in an article of 2013-06-11).
function daysOf(events: NewsEvent[]): Set<string> {
  const days = new Set<string>();
  for (const event of events) if (event.dateSource === 'sentence' && event.date && /^\d{4}-\d{2}-\d{2}$/.test(event.date)) days.add(event.date);
  return days;
}

// The happening of the same kind in the story on the same day; without a day on either side, the
// first one. Two earthquakes a week apart in one place are two happenings.
function sameDay<T extends { days: Set<string> }>(candidates: T[], days: Set<string>): T | undefined {
  return candidates.find(c => [...days].some(d => c.days.has(d))) ?? candidates.find(c => c.days.size === 0 || days.size === 0);
}

// A short id that stays the same while the happening's class and story (or article) do: FNV-1a of its key.
function happeningId(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${key.slice(0, key.indexOf('@'))}-${hash.toString(36)}`;
}
