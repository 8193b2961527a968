// Remembers annotations by the content hash of the text (and the article date they were resolved
// against), so an unchanged article is never annotated twice — across restarts when stored.
import type { Annotation } from '../types';

/** 64-bit FNV-1a of the UTF-16 text as 16 hex digits: fast, no crypto needed, the same in Node and browsers. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0') + text.length.toString(36);
}

export interface StoredCache {
  version: string;
  entries: [string, Annotation][];
}

export class AnnotationCache {
  private readonly entries = new Map<string, Annotation>();

  /** `version` names the annotator that made the entries; a stored cache of another version is ignored. */
  constructor(readonly version: string) {}

  static key(text: string, articleDate?: string): string {
    return `${contentHash(text)}|${articleDate ?? ''}`;
  }

  get(key: string): Annotation | undefined {
    return this.entries.get(key);
  }

  set(key: string, annotation: Annotation): void {
    this.entries.set(key, annotation);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops every entry not in `keep` (the keys of the articles the workspace still has). */
  retain(keep: Set<string>): void {
    for (const key of this.entries.keys()) if (!keep.has(key)) this.entries.delete(key);
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
      if (Array.isArray(entry) && typeof entry[0] === 'string' && entry[1] && typeof entry[1] === 'object')
        cache.set(entry[0], entry[1]);
    }
    return cache;
  }
}
