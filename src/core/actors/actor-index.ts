// The cross-document index: which actors recur, where each is mentioned, and what sits at an offset.
import type { Annotation, ArticleDate, DateMention, EntityType, Mention, NewsEvent } from '../types';
import { compactFormOf, expandAnnotation, expandMainEvents, type CompactAnnotation } from '../cache/compact-annotation';
import { personKeyName } from './actor-key';
import { mergePersonNames } from './person-names';
import { mergeQualifiedNames } from './qualified-names';
import { inReadersCase } from './reader-case';
import { HappeningIndex } from '../happenings/happening-index';

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
  /** The documents in index order, which `places` number, with their names. */
  documents: [string, Mention[]][];
  /**
   * Where each actor is mentioned, compactly (an archive has hundreds of thousands of mentions): pairs
   * of a document's number and the mention's number among its entities, in document order, then by position.
   */
  places: Map<string, number[]>;
  /** Every mention of each actor, made from `places` when first asked for. */
  mentionLists: Map<string, ActorMention[]>;
  /** The first mention of each actor in each document that names it, made when first asked for. */
  firstLists: Map<string, ActorMention[]>;
  /**
   * Keys merged into another actor: a bare surname into the one full name that ends with it, "Aceh"
   * into "Aceh Province".
   */
  mergedInto: Map<string, string>;
}

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
  private table: ActorTable | null = null;
  /** Mentions of one happening across the workspace, kept in step with the annotations. */
  readonly happenings = new HappeningIndex(documentId => this.annotation(documentId)?.events ?? []);
  /** The document ids in order, kept while no document comes or goes (an archive has tens of thousands). */
  private sortedIds: string[] | null = null;

  set(documentId: string, annotation: Annotation): void {
    if (!this.stored.has(documentId)) this.sortedIds = null;
    this.stored.set(documentId, compactFormOf(annotation) ?? annotation);
    this.recent.delete(documentId);
    // A closed document's is not kept: in a scan, annotations kept a while outlive V8's young generation
    // and leave the old one full of holes.
    if (this.openIds.has(documentId)) this.keep(documentId, annotation);
    this.happenings.set(documentId, annotation);
    this.table = null;
  }

  delete(documentId: string): void {
    this.happenings.delete(documentId);
    this.recent.delete(documentId);
    this.whole.delete(documentId);
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
    return [...this.actorTable().byId.values()].sort(
      (a, b) => b.documents.length - a.documents.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
    );
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
      const places = table.places.get(id) ?? [];
      mentions = [];
      for (let i = 0; i < places.length; i += 2) {
        const [documentId, entities] = table.documents[places[i]];
        mentions.push({ documentId, mention: entities[places[i + 1]] });
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
      // The places come document by document: one pass keeps the best-ranked mention of each.
      const rank = (mention: Mention) => (mention.credit ? 2 : mention.impliedName !== undefined ? 1 : 0);
      const places = table.places.get(id) ?? [];
      firsts = [];
      let document = -1;
      let chosen: Mention | undefined;
      for (let i = 0; i < places.length; i += 2) {
        const mention = table.documents[places[i]][1][places[i + 1]];
        if (places[i] !== document) {
          if (chosen) firsts.push({ documentId: table.documents[document][0], mention: chosen });
          document = places[i];
          chosen = mention;
        } else if (rank(mention) < rank(chosen!)) chosen = mention;
      }
      if (chosen) firsts.push({ documentId: table.documents[document][0], mention: chosen });
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
      const documents = this.documentIds().map((id): [string, Mention[]] => [id, this.stored.get(id)!.entities]);
      const mergedInto = mergeNames(documents);
      const resolve = (key: string) => mergedInto.get(key) ?? key;
      this.table = {
        ...buildActors(documents, resolve),
        documents,
        mentionLists: new Map(),
        firstLists: new Map(),
        mergedInto,
      };
    }
    return this.table;
  }
}

/**
 * The actors of one article's mentions as an index holding that article alone would have them, by key
 * (a bare surname's key gives its full name's actor), without storing the article: the map step names
 * each mention's actor within its article, twenty thousand articles one after the other.
 */
export function articleActors(documentId: string, entities: Mention[]): (key: string) => Actor | undefined {
  const documents: [string, Mention[]][] = [[documentId, entities]];
  const mergedInto = mergeNames(documents);
  const resolve = (key: string) => mergedInto.get(key) ?? key;
  const { byId } = buildActors(documents, resolve);
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

// Keys that name one actor across the workspace (see person-names.ts and qualified-names.ts).
function mergeNames(documents: [string, Mention[]][]): Map<string, string> {
  const mentions = new Map<string, number>();
  for (const [, entities] of documents) {
    for (const m of entities) mentions.set(m.actorKey, (mentions.get(m.actorKey) ?? 0) + 1);
  }
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

// The actors and where each is mentioned, in one pass over the mentions.
function buildActors(
  documents: [string, Mention[]][],
  resolve: (key: string) => string,
): { byId: Map<string, Actor>; places: Map<string, number[]> } {
  const actors = new Map<string, Actor>();
  const forms = new Map<string, Map<string, Form>>();
  const places = new Map<string, number[]>();
  // One look-up per mention: its key's actor, that actor's forms and places (an archive has hundreds of thousands).
  const byKey = new Map<string, { actor: Actor; forms: Map<string, Form>; places: number[] }>();
  for (let d = 0; d < documents.length; d++) {
    const [documentId, entities] = documents[d];
    for (let m = 0; m < entities.length; m++) {
      const mention = entities[m];
      let entry = byKey.get(mention.actorKey);
      if (!entry) {
        const id = resolve(mention.actorKey);
        let actor = actors.get(id);
        if (!actor) {
          actor = {
            id,
            name: mention.impliedName ?? mention.text,
            type: mention.type,
            aliases: [],
            documents: [],
            mentions: 0,
          };
          actors.set(id, actor);
          forms.set(id, new Map());
          places.set(id, []);
        }
        entry = { actor, forms: forms.get(id)!, places: places.get(id)! };
        byKey.set(mention.actorKey, entry);
      }
      const { actor } = entry;
      entry.places.push(d, m);
      actor.mentions++;
      // Documents come one after the other, so a document new to the actor is never one it had before.
      if (actor.documents[actor.documents.length - 1] !== documentId) actor.documents.push(documentId);
      // "North" of "North and South Korea" is written there as a part of the name "North Korea".
      const text = mention.impliedName ?? mention.text;
      let form = entry.forms.get(text);
      if (!form) {
        form = { text, mentions: 0, inStory: 0 };
        entry.forms.set(text, form);
      }
      form.mentions++;
      if (!mention.credit) form.inStory++;
    }
  }
  for (const actor of actors.values()) {
    const actorForms = [...forms.get(actor.id)!.values()];
    actor.aliases = actorForms.map(f => f.text).sort();
    actor.name = inReadersCase(canonicalName(actorForms), actor.type, actor.aliases);
  }
  return { byId: actors, places };
}

interface Form {
  text: string;
  mentions: number;
  /** Mentions outside photo credits. */
  inStory: number;
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
