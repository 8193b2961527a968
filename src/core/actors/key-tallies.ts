// What the mentions of each actor key add up to across the workspace, kept in step as documents come,
// change and go: the actor table is then made from the keys (thousands) instead of reading every mention
// of every document again (hundreds of thousands in an archive) each time one document changes.
import type { EntityType, Mention } from '../types';

/** One way an actor is written, with how often. */
export interface Form {
  text: string;
  mentions: number;
  /** Mentions outside photo credits. */
  inStory: number;
}

export interface KeyTally {
  key: string;
  type: EntityType;
  mentions: number;
  /** How many mentions each document that names the key has (a document is counted in or out whole). */
  documents: Map<string, number>;
  forms: Map<string, Form>;
  /** `documents`' ids in index order, made when first asked for after they change. */
  sorted: string[] | null;
}

export class KeyTallies {
  private readonly tallies = new Map<string, KeyTally>();
  /** Keys whose tallies changed since `takeChanged` was last called. */
  private changed = new Set<string>();

  add(documentId: string, entities: readonly Mention[]): void {
    for (const [key, mentions] of byKey(entities)) this.count(key, documentId, mentions, 1);
  }

  remove(documentId: string, entities: readonly Mention[]): void {
    for (const [key, mentions] of byKey(entities)) this.count(key, documentId, mentions, -1);
  }

  get(key: string): KeyTally | undefined {
    return this.tallies.get(key);
  }

  /** Each key's mention count. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [key, tally] of this.tallies) counts.set(key, tally.mentions);
    return counts;
  }

  /** The keys whose tallies changed since the last call. */
  takeChanged(): Set<string> {
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  values(): IterableIterator<KeyTally> {
    return this.tallies.values();
  }

  /** The documents that name the key, in index order (the ids' order). */
  documentsOf(tally: KeyTally): string[] {
    tally.sorted ??= [...tally.documents.keys()].sort();
    return tally.sorted;
  }

  // Adds or takes away one document's mentions of one key.
  private count(key: string, documentId: string, mentions: Mention[], by: 1 | -1): void {
    this.changed.add(key);
    let tally = this.tallies.get(key);
    if (!tally) {
      if (by < 0) return;
      tally = { key, type: mentions[0].type, mentions: 0, documents: new Map(), forms: new Map(), sorted: null };
      this.tallies.set(key, tally);
    }
    tally.mentions += by * mentions.length;
    if (tally.mentions <= 0) {
      this.tallies.delete(key);
      return;
    }
    if (by > 0) tally.documents.set(documentId, mentions.length);
    else tally.documents.delete(documentId);
    tally.sorted = null;
    for (const mention of mentions) {
      // "North" of "North and South Korea" is written there as a part of the name "North Korea".
      const text = mention.impliedName ?? mention.text;
      let form = tally.forms.get(text);
      if (!form) {
        if (by < 0) continue;
        form = { text, mentions: 0, inStory: 0 };
        tally.forms.set(text, form);
      }
      form.mentions += by;
      if (!mention.credit) form.inStory += by;
      if (form.mentions <= 0) tally.forms.delete(text);
    }
  }
}

// A document's mentions by key: a document is counted in or out whole, so each key's share of it at once.
function byKey(entities: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const mention of entities) {
    const group = groups.get(mention.actorKey);
    if (group) group.push(mention);
    else groups.set(mention.actorKey, [mention]);
  }
  return groups;
}
