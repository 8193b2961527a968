// Remembers annotations by the content hash of the text (and the article date they were resolved
// against), so an unchanged article is never annotated twice — across restarts when stored.
import type { Annotation, Mention } from '../types';
import { isStoredProfile } from '../happenings/article-profile';
import { compactFormOf, expandAnnotation, isCompactAnnotation, type CompactAnnotation } from './compact-annotation';

/** 64-bit FNV-1a of the UTF-16 text as 16 hex digits: fast, no crypto needed, the same in Node and browsers. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5 | 0; // a 32-bit integer from the start, as in fnv1a32 (text/hash.ts), which says why
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0') + text.length.toString(36);
}

/** An entry is kept, and stored, compactly; an annotation the compact form cannot hold is kept as it is. */
type Entry = CompactAnnotation | Annotation;

export interface StoredCache {
  version: string;
  entries: [string, Entry][];
}

export class AnnotationCache {
  private readonly entries = new Map<string, Entry>();
  /** One copy of each key, type and kind the entries repeat (see `shareStrings`). */
  private strings = new Map<string, string>();

  /** `version` names the annotator that made the entries; a stored cache of another version is ignored. */
  constructor(readonly version: string) {}

  static key(text: string, articleDate?: string): string {
    return AnnotationCache.keyOfHash(contentHash(text), articleDate);
  }

  /** The key of a text by its `contentHash`. */
  static keyOfHash(hash: string, articleDate?: string): string {
    return `${hash}|${articleDate ?? ''}`;
  }

  /** The entry remembered for `key` as it is kept: compact, unless the compact form could not hold it. */
  stored(key: string): CompactAnnotation | Annotation | undefined {
    return this.entries.get(key);
  }

  /** The annotation remembered for `key`, expanded anew from its compact form. */
  get(key: string): Annotation | undefined {
    const entry = this.entries.get(key);
    return entry && (isCompactAnnotation(entry) ? expandAnnotation(entry) : entry);
  }

  /**
   * Remembers an annotation compactly (the index that is handed the same object keeps the same compact form);
   * its repeated strings are first replaced, in place, by shared copies of the same value. A compact form
   * (as a worker answers) is kept as it is, its names' strings shared.
   */
  set(key: string, annotation: Annotation | CompactAnnotation): void {
    if (isCompactAnnotation(annotation)) {
      shareMentionStrings(annotation.entities, stringSharer(this.strings));
      this.entries.set(key, annotation);
      return;
    }
    shareStrings(annotation, this.strings);
    this.entries.set(key, compactFormOf(annotation) ?? annotation);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops every entry not in `keep` (the keys of the articles the workspace still has). */
  retain(keep: Set<string>): void {
    for (const key of this.entries.keys()) if (!keep.has(key)) this.entries.delete(key);
    // Keys of articles gone would stay for good otherwise; entries keep the copies they have.
    this.strings = new Map();
  }

  toJSON(): StoredCache {
    return { version: this.version, entries: [...this.entries] };
  }

  /** The cache stored as `json`, or an empty one when it is of another version or not a cache at all. */
  static fromJSON(json: unknown, version: string): AnnotationCache {
    const cache = new AnnotationCache(version);
    const stored = json as Partial<StoredCache> | null;
    if (!stored || stored.version !== version || !Array.isArray(stored.entries)) return cache;
    for (const entry of stored.entries) {
      // Stored entries are taken as they are read: sharing their strings would cost a warm start a fifth
      // of its time (0.4 s of 3 at 20,000 articles).
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[1] || typeof entry[1] !== 'object') continue;
      cache.entries.set(
        entry[0],
        isCompactAnnotation(entry[1]) ? withoutDamagedProfile(entry[1]) : compactStored(entry[1]),
      );
    }
    return cache;
  }
}

// A profile that is not one is made again from the events when the entry is indexed.
function withoutDamagedProfile(entry: CompactAnnotation): CompactAnnotation {
  if (entry.profile !== undefined && !isStoredProfile(entry.profile)) delete entry.profile;
  return entry;
}

// An entry stored whole (by a build before the compact form): compact when it has the lists of an annotation.
function compactStored(entry: Annotation): Entry {
  const lists = [entry.entities, entry.dates, entry.events, entry.coreferences];
  return (lists.every(Array.isArray) && entry.articleDate && compactFormOf(entry)) || entry;
}

/** Gives the copy of a string that `table` keeps, keeping this one when it has none; anything else as it is. */
export function stringSharer(table: Map<string, string>) {
  return <T extends string | null>(text: T): T => {
    if (typeof text !== 'string') return text;
    const shared = table.get(text);
    if (shared !== undefined) return shared as T;
    table.set(text, text);
    return text;
  };
}

/**
 * Replaces the strings an annotation repeats by one shared copy of each: across articles, actor keys, names,
 * types, kinds, date values and lemmas; within the article, the sentence of each event mention (a
 * sentence holds several), their actions and their happenings. An annotation from a worker or a stored cache has its own
 * copy of every one (structured clone and JSON make new strings), which is about two thirds of its memory
 * (ECB+: 52 → 15 KB of heap per article); an archive keeps tens of thousands.
 */
export function shareStrings(annotation: Annotation, strings: Map<string, string>): void {
  // A stored cache is read as it is: anything not a string, or not a list, stays as it was.
  const share = stringSharer(strings);
  // Sentences and actions are seldom the same in two articles: a table of them all would outweigh what it saves.
  const shareInArticle = stringSharer(new Map());
  shareMentionStrings(annotation.entities, share);
  const coreferences = listOf(annotation.coreferences);
  for (let i = 0; i < coreferences.length; i++) {
    const coreference = coreferences[i];
    if (!isObject(coreference)) continue;
    coreference.text = share(coreference.text);
    coreference.actorKey = share(coreference.actorKey);
    coreference.kind = share(coreference.kind);
  }
  const dates = listOf(annotation.dates);
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    if (!isObject(date)) continue;
    date.grain = share(date.grain);
    date.value = share(date.value);
  }
  const events = listOf(annotation.events);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isObject(event)) continue;
    event.kind = share(event.kind);
    event.date = share(event.date);
    event.dateSource = share(event.dateSource);
    event.placeKey = share(event.placeKey);
    event.speakerKey = share(event.speakerKey);
    event.action = shareInArticle(event.action);
    event.lemma = share(event.lemma);
    event.polarity = share(event.polarity);
    event.modality = share(event.modality);
    event.text = shareInArticle(event.text);
    event.happeningKey = shareInArticle(event.happeningKey);
    if (isObject(event.trigger)) event.trigger.text = shareInArticle(event.trigger.text);
    const keys = listOf(event.actorKeys);
    for (let k = 0; k < keys.length; k++) keys[k] = share(keys[k]);
  }
}

// In place and without new arrays: a warm start runs this on every stored entry.
function shareMentionStrings(mentions: Mention[], share: ReturnType<typeof stringSharer>): void {
  const entities = listOf(mentions);
  for (let i = 0; i < entities.length; i++) {
    const mention = entities[i];
    if (!isObject(mention)) continue;
    mention.type = share(mention.type);
    mention.actorKey = share(mention.actorKey);
    mention.text = share(mention.text);
  }
}

function listOf<T>(list: T[]): T[] {
  return Array.isArray(list) ? list : [];
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}
