// The cross-document index: which actors recur, where each is mentioned, and what sits at an offset.
import type { Annotation, ArticleDate, DateMention, EntityType, Mention, NewsEvent } from '../types';
import { compactFormOf, expandAnnotation, expandMainEvents, type CompactAnnotation } from '../cache/compact-annotation';
import { personKeyName } from './actor-key';
import { mergePersonNames } from './person-names';
import { mergeQualifiedNames } from './qualified-names';
import { inReadersCase } from './reader-case';
import { HappeningIndex } from '../happenings/happening-index';
import { KeyTallies, type Form } from './key-tallies';

/** Who or what recurs across the workspace. `id` is stable: it is the actor key of its mentions. */
export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  documents: string[];
  mentions: number;
}

export interface ActorMention {
  documentId: string;
  mention: Mention;
}

interface ActorTable {
  byId: Map<string, Actor>;
  /** The actors in the order `actors()` gives them, made when first asked for. */
  sorted?: Actor[];
  /** The keys of each actor's mentions. */
  keysOf: Map<string, string[]>;
  /** Every mention of each actor, made when first asked for. */
  mentionLists: Map<string, ActorMention[]>;
  /** The first mention of each actor in each document that names it, made when first asked for. */
  firstLists: Map<string, ActorMention[]>;
  /**
   * Keys merged into another actor: a bare surname into the one full name that ends with it, "Aceh"
   * into "Aceh Province".
   */
  mergedInto: Map<string, string>;
}

const byName = new Intl.Collator();

/** Whole annotations of closed documents kept after a question about them, the least recently used dropped. */
const RECENT_KEPT = 64;

export class ActorIndex {
  /**
   * Each document's annotation, compact (see compact-annotation.ts): an archive of 20,000 articles kept
   * whole held 600 MB. One the compact form cannot hold is kept whole.
   */
  private readonly stored = new Map<string, CompactAnnotation | Annotation>();
  /** Documents open in an editor: their annotations are kept whole (`whole`) while they stay open. */
  private readonly openIds = new Set<string>();
  private readonly whole = new Map<string, Annotation>();
  /** Whole annotations of closed documents, the most recently used last. */
  private readonly recent = new Map<string, Annotation>();
  /** What each key's mentions add up to, kept in step with `stored`: the actor table is made from it. */
  private readonly tallies = new KeyTallies();
  private table: ActorTable | null = null;
  /** The table last made: its actors whose keys did not change since are taken over as they are. */
  private lastTable: ActorTable | null = null;
  /** Mentions of one happening across the workspace, kept in step with the annotations. */
  readonly happenings = new HappeningIndex(documentId => this.annotation(documentId)?.events ?? []);
  /** The document ids in order, kept while no document comes or goes (an archive has tens of thousands). */
  private sortedIds: string[] | null = null;

  /**
   * Sets a document's annotation, whole or in its compact form (as the cache keeps it: a warm start need not
   * expand it).
   */
  set(documentId: string, annotation: Annotation | CompactAnnotation): void {
    const before = this.stored.get(documentId);
    if (before) this.tallies.remove(documentId, before.entities);
    else this.sortedIds = null;
    this.tallies.add(documentId, annotation.entities);
    const compact = isCompact(annotation) ? annotation : compactFormOf(annotation);
    this.stored.set(documentId, compact ?? (annotation as Annotation));
    this.recent.delete(documentId);
    // A closed document's is not kept: in a scan, annotations kept a while outlive V8's young generation
    // and leave the old one full of holes.
    let whole = isCompact(annotation) ? undefined : annotation;
    const expanded = () => (whole ??= expandAnnotation(annotation as CompactAnnotation));
    if (this.openIds.has(documentId)) this.keep(documentId, expanded());
    if (compact?.profile) this.happenings.setProfile(documentId, compact.profile);
    else this.happenings.set(documentId, expanded());
    this.table = null;
  }

  delete(documentId: string): void {
    this.happenings.delete(documentId);
    this.recent.delete(documentId);
    this.whole.delete(documentId);
    const before = this.stored.get(documentId);
    if (before) this.tallies.remove(documentId, before.entities);
    if (this.stored.delete(documentId)) {
      this.table = null;
      this.sortedIds = null;
    }
  }

  /** An open document's annotation stays whole; once closed, it is kept compactly again. */
  setOpen(documentId: string, open: boolean): void {
    if (open) {
      this.openIds.add(documentId);
      const annotation = this.recent.get(documentId);
      if (annotation) this.keep(documentId, annotation);
      return;
    }
    this.openIds.delete(documentId);
    const annotation = this.whole.get(documentId);
    this.whole.delete(documentId);
    if (annotation) this.keep(documentId, annotation);
  }

  has(documentId: string): boolean {
    return this.stored.has(documentId);
  }

  /** The whole annotation: an open document's as it is kept, a closed one's expanded from its compact form. */
  annotation(documentId: string): Annotation | undefined {
    const kept = this.whole.get(documentId) ?? this.recent.get(documentId);
    if (kept) {
      this.keep(documentId, kept);
      return kept;
    }
    const stored = this.stored.get(documentId);
    if (!stored || !isCompact(stored)) return stored;
    const annotation = expandAnnotation(stored);
    this.keep(documentId, annotation);
    return annotation;
  }

  /** The document's names, without expanding its annotation. */
  entities(documentId: string): Mention[] | undefined {
    return this.stored.get(documentId)?.entities;
  }

  /** The document's date, without expanding its annotation. */
  articleDate(documentId: string): ArticleDate | undefined {
    return this.stored.get(documentId)?.articleDate;
  }

  /**
   * The document's main event mentions (the ones the Events view lists): a closed document's are read from
   * its compact form alone, anew each time.
   */
  mainEvents(documentId: string): NewsEvent[] {
    const kept = this.whole.get(documentId) ?? this.recent.get(documentId);
    const stored = kept ?? this.stored.get(documentId);
    if (!stored) return [];
    return isCompact(stored) ? expandMainEvents(stored) : stored.events.filter(event => event.main);
  }

  /** Where each of `mainEvents` sits among the document's events (`happenings.happeningOf` counts by it). */
  mainEventIndices(documentId: string): number[] {
    const stored = this.stored.get(documentId);
    if (!stored) return [];
    if (isCompact(stored)) return stored.mainIndices;
    return stored.events.flatMap((event, i) => (event.main ? [i] : []));
  }

  documentIds(): string[] {
    this.sortedIds ??= [...this.stored.keys()].sort();
    return [...this.sortedIds];
  }

  // Holds a whole annotation: an open document's until it closes, a closed one's among the recent.
  private keep(documentId: string, annotation: Annotation): void {
    if (this.openIds.has(documentId)) {
      this.recent.delete(documentId);
      this.whole.set(documentId, annotation);
      return;
    }
    this.recent.delete(documentId);
    this.recent.set(documentId, annotation);
    if (this.recent.size > RECENT_KEPT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** Actors, those in most documents first, then by mentions, then by name. */
  actors(): Actor[] {
    const table = this.actorTable();
    table.sorted ??= [...table.byId.values()].sort(compareActors);
    return [...table.sorted];
  }

  /** The actor of a mention's key or an actor id. */
  actor(key: string): Actor | undefined {
    return this.actorTable().byId.get(this.resolve(key));
  }

  /** The id of the actor a mention's key belongs to (a bare surname's key resolves to the full name's). */
  resolve(key: string): string {
    return this.actorTable().mergedInto.get(key) ?? key;
  }

  /** Every mention of an actor, document by document in index order, then by position. */
  mentionsOf(key: string): ActorMention[] {
    const table = this.actorTable();
    const id = this.resolve(key);
    let mentions = table.mentionLists.get(id);
    if (!mentions) {
      const keys = table.keysOf.get(id) ?? [];
      mentions = [];
      for (const documentId of table.byId.get(id)?.documents ?? []) {
        for (const mention of this.entities(documentId)!) {
          if (keys.includes(mention.actorKey)) mentions.push({ documentId, mention });
        }
      }
      table.mentionLists.set(id, mentions);
    }
    return mentions;
  }

  /**
   * The first mention of an actor in each document that names it, where the story names it: a bare
   * conjunct ("North" of "North and South Korea") only when the story has no other, a photo credit's
   * only when the document names the actor nowhere else.
   */
  firstMentions(actorId: string): ActorMention[] {
    const table = this.actorTable();
    const id = this.resolve(actorId);
    let firsts = table.firstLists.get(id);
    if (!firsts) {
      // The mentions come document by document: one pass keeps the best-ranked mention of each.
      const rank = ({ mention }: ActorMention) => (mention.credit ? 2 : mention.impliedName !== undefined ? 1 : 0);
      firsts = [];
      for (const mention of this.mentionsOf(id)) {
        const chosen = firsts[firsts.length - 1];
        if (chosen?.documentId !== mention.documentId) firsts.push(mention);
        else if (rank(mention) < rank(chosen)) firsts[firsts.length - 1] = mention;
      }
      table.firstLists.set(id, firsts);
    }
    return firsts;
  }

  entityAt(documentId: string, offset: number): Mention | undefined {
    return spanAt(this.entities(documentId) ?? [], offset);
  }

  dateAt(documentId: string, offset: number): DateMention | undefined {
    return spanAt(this.annotation(documentId)?.dates ?? [], offset);
  }

  private actorTable(): ActorTable {
    if (!this.table) {
      const mergedInto = mergeNames(this.tallies.counts());
      const changedKeys = this.tallies.takeChanged();
      const last = this.lastTable && { table: this.lastTable, changedKeys };
      this.table = {
        ...buildActors(this.tallies, key => mergedInto.get(key) ?? key, last),
        mentionLists: new Map(),
        firstLists: new Map(),
        mergedInto,
      };
      if (this.lastTable?.sorted) this.table.sorted = resorted(this.lastTable.sorted, this.table.byId);
    }
    this.lastTable = this.table;
    return this.table;
  }
}

/**
 * The actors of one article's mentions as an index holding that article alone would have them, by key
 * (a bare surname's key gives its full name's actor), without storing the article: the map step names
 * each mention's actor within its article, twenty thousand articles one after the other.
 */
export function articleActors(documentId: string, entities: Mention[]): (key: string) => Actor | undefined {
  const tallies = new KeyTallies();
  tallies.add(documentId, entities);
  const mergedInto = mergeNames(tallies.counts());
  const resolve = (key: string) => mergedInto.get(key) ?? key;
  const { byId } = buildActors(tallies, resolve, null);
  return key => byId.get(resolve(key));
}

function isCompact(stored: CompactAnnotation | Annotation): stored is CompactAnnotation {
  return 'packed' in stored;
}

// The span that contains an offset, by binary search: spans are sorted by start and do not overlap.
function spanAt<T extends { start: number; end: number }>(spans: T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

// Keys that name one actor across the workspace (see person-names.ts and qualified-names.ts), from the
// mentions of each key.
function mergeNames(mentions: Map<string, number>): Map<string, string> {
  const personKeys = [...mentions.keys()].filter(key => personKeyName(key) !== null);
  const merged = new Map([...mergePersonNames(personKeys, mentions), ...mergeQualifiedNames(mentions.keys())]);
  // "Aceh" → "Aceh Province" → "Indonesia Aceh Province": each key goes to the end of its chain.
  for (const [key, target] of merged) {
    let end = target;
    while (merged.has(end)) end = merged.get(end)!;
    merged.set(key, end);
  }
  return merged;
}

// The actors from the keys' tallies: each key's mentions, documents and forms join its actor's.
function buildActors(
  tallies: KeyTallies,
  resolve: (key: string) => string,
  last: { table: ActorTable; changedKeys: Set<string> } | null,
): { byId: Map<string, Actor>; keysOf: Map<string, string[]> } {
  const keysOf = new Map<string, string[]>();
  for (const tally of tallies.values()) {
    const id = resolve(tally.key);
    const keys = keysOf.get(id);
    if (keys) keys.push(tally.key);
    else keysOf.set(id, [tally.key]);
  }
  const actors = new Map<string, Actor>();
  for (const [id, keys] of keysOf) {
    const lastKeys = last?.table.keysOf.get(id);
    if (lastKeys && sameKeys(lastKeys, keys) && !keys.some(key => last!.changedKeys.has(key))) {
      actors.set(id, last!.table.byId.get(id)!);
      continue;
    }
    const keyTallies = keys.map(key => tallies.get(key)!);
    const forms = keyTallies.length === 1 ? [...keyTallies[0].forms.values()] : mergedForms(keyTallies);
    const aliases = forms.map(f => f.text).sort();
    const type = (tallies.get(id) ?? keyTallies[0]).type;
    actors.set(id, {
      id,
      name: inReadersCase(canonicalName(forms), type, aliases),
      type,
      aliases,
      documents:
        keyTallies.length === 1
          ? tallies.documentsOf(keyTallies[0])
          : [...new Set(keyTallies.flatMap(tally => tallies.documentsOf(tally)))].sort(),
      mentions: keyTallies.reduce((sum, tally) => sum + tally.mentions, 0),
    });
  }
  return { byId: actors, keysOf };
}

function compareActors(a: Actor, b: Actor): number {
  return (
    b.documents.length - a.documents.length ||
    b.mentions - a.mentions ||
    byName.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : 1)
  );
}

// The actors in order, from the last table's order: the actors taken over keep their places, the others
// are put in theirs (one document's change touches a few actors of thousands).
function resorted(lastSorted: Actor[], byId: Map<string, Actor>): Actor[] {
  const sorted = lastSorted.filter(actor => byId.get(actor.id) === actor);
  const kept = new Set(sorted);
  for (const actor of byId.values()) {
    if (kept.has(actor)) continue;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareActors(sorted[mid], actor) < 0) low = mid + 1;
      else high = mid;
    }
    sorted.splice(low, 0, actor);
  }
  return sorted;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

// The forms of several keys of one actor, those written alike counted together.
function mergedForms(tallies: { forms: Map<string, Form> }[]): Form[] {
  const forms = new Map<string, Form>();
  for (const tally of tallies) {
    for (const form of tally.forms.values()) {
      const known = forms.get(form.text);
      if (known) {
        known.mentions += form.mentions;
        known.inStory += form.inStory;
      } else forms.set(form.text, { ...form });
    }
  }
  return [...forms.values()];
}

// The fullest form is the canonical name ("Sergei Lavrov" over "Lavrov"); among equals, one the story
// writes over one only a photo credit does, a mixed-case form over ALL CAPS, then the most used in the
// story.
function canonicalName(forms: Form[]): string {
  const words = (text: string) => text.split(/\s+/).length;
  return [...forms].sort(
    (a, b) =>
      words(b.text) - words(a.text) ||
      Number(b.inStory > 0) - Number(a.inStory > 0) ||
      Number(isAllCaps(a.text)) - Number(isAllCaps(b.text)) ||
      b.inStory - a.inStory ||
      b.mentions - a.mentions ||
      a.text.localeCompare(b.text),
  )[0].text;
}

function isAllCaps(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase();
}
