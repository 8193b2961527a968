// The cross-document index: which actors recur, where each is mentioned, and what sits at an offset.
import type { Annotation, DateMention, EntityType, Mention } from '../types';
import { personKeyName } from './actor-key';
import { mergePersonNames } from './person-names';
import { mergeQualifiedNames } from './qualified-names';
import { inReadersCase } from './reader-case';

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
  /** Every mention of each actor, in document order, then by position. */
  mentionsById: Map<string, ActorMention[]>;
  /**
   * Keys merged into another actor: a bare surname into the one full name that ends with it, "Aceh"
   * into "Aceh Province".
   */
  mergedInto: Map<string, string>;
}

export class ActorIndex {
  private readonly annotations = new Map<string, Annotation>();
  private table: ActorTable | null = null;

  set(documentId: string, annotation: Annotation): void {
    this.annotations.set(documentId, annotation);
    this.table = null;
  }

  delete(documentId: string): void {
    if (this.annotations.delete(documentId)) this.table = null;
  }

  has(documentId: string): boolean {
    return this.annotations.has(documentId);
  }

  annotation(documentId: string): Annotation | undefined {
    return this.annotations.get(documentId);
  }

  documentIds(): string[] {
    return [...this.annotations.keys()].sort();
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
    return this.actorTable().mentionsById.get(this.resolve(key)) ?? [];
  }

  /**
   * The first mention of an actor in each document that names it, where the story names it: a bare
   * conjunct ("North" of "North and South Korea") only when the story has no other, a photo credit's
   * only when the document names the actor nowhere else.
   */
  firstMentions(actorId: string): ActorMention[] {
    const rank = ({ mention }: ActorMention) => (mention.credit ? 2 : mention.impliedName !== undefined ? 1 : 0);
    const first = new Map<string, ActorMention>();
    for (const m of this.mentionsOf(actorId)) {
      const chosen = first.get(m.documentId);
      if (!chosen || rank(m) < rank(chosen)) first.set(m.documentId, m);
    }
    return [...first.values()];
  }

  entityAt(documentId: string, offset: number): Mention | undefined {
    return spanAt(this.annotations.get(documentId)?.entities ?? [], offset);
  }

  dateAt(documentId: string, offset: number): DateMention | undefined {
    return spanAt(this.annotations.get(documentId)?.dates ?? [], offset);
  }

  private actorTable(): ActorTable {
    if (!this.table) {
      const documents = this.documentIds().map((id): [string, Annotation] => [id, this.annotations.get(id)!]);
      const mergedInto = mergeNames(documents);
      const resolve = (key: string) => mergedInto.get(key) ?? key;
      this.table = {
        byId: buildActors(documents, resolve),
        mentionsById: groupMentions(documents, resolve),
        mergedInto,
      };
    }
    return this.table;
  }
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

function groupMentions(
  documents: [string, Annotation][],
  resolve: (key: string) => string,
): Map<string, ActorMention[]> {
  const byId = new Map<string, ActorMention[]>();
  for (const [documentId, annotation] of documents) {
    for (const mention of annotation.entities) {
      const id = resolve(mention.actorKey);
      if (!byId.has(id)) byId.set(id, []);
      byId.get(id)!.push({ documentId, mention });
    }
  }
  return byId;
}

// Keys that name one actor across the workspace (see person-names.ts and qualified-names.ts).
function mergeNames(documents: [string, Annotation][]): Map<string, string> {
  const mentions = new Map<string, number>();
  for (const [, annotation] of documents) {
    for (const m of annotation.entities) mentions.set(m.actorKey, (mentions.get(m.actorKey) ?? 0) + 1);
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

function buildActors(documents: [string, Annotation][], resolve: (key: string) => string): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  const forms = new Map<string, Map<string, Form>>();
  for (const [documentId, annotation] of documents) {
    for (const mention of annotation.entities) {
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
        actors.set(actor.id, actor);
        forms.set(actor.id, new Map());
      }
      actor.mentions++;
      if (!actor.documents.includes(documentId)) actor.documents.push(documentId);
      // "North" of "North and South Korea" is written there as a part of the name "North Korea".
      const text = mention.impliedName ?? mention.text;
      const form = forms.get(actor.id)!.get(text) ?? { text, mentions: 0, inStory: 0 };
      form.mentions++;
      if (!mention.credit) form.inStory++;
      forms.get(actor.id)!.set(text, form);
    }
  }
  for (const actor of actors.values()) {
    const actorForms = [...forms.get(actor.id)!.values()];
    actor.aliases = actorForms.map(f => f.text).sort();
    actor.name = inReadersCase(canonicalName(actorForms), actor.type, actor.aliases);
  }
  return actors;
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
