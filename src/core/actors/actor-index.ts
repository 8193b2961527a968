// The cross-document index: which actors recur, where each is mentioned, and what sits at an offset.
import type { Annotation, DateMention, EntityType, Mention } from '../types';

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

export class ActorIndex {
  private readonly annotations = new Map<string, Annotation>();
  private actorsById: Map<string, Actor> | null = null;

  set(documentId: string, annotation: Annotation): void {
    this.annotations.set(documentId, annotation);
    this.actorsById = null;
  }

  delete(documentId: string): void {
    if (this.annotations.delete(documentId)) this.actorsById = null;
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
    return [...this.byId().values()].sort((a, b) =>
      b.documents.length - a.documents.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  actor(id: string): Actor | undefined {
    return this.byId().get(id);
  }

  /** Every mention of an actor, document by document in index order, then by position. */
  mentionsOf(actorId: string): ActorMention[] {
    const found: ActorMention[] = [];
    for (const documentId of this.documentIds()) {
      for (const mention of this.annotations.get(documentId)!.entities) {
        if (mention.actorKey === actorId) found.push({ documentId, mention });
      }
    }
    return found;
  }

  /** The first mention of an actor in each document that names it. */
  firstMentions(actorId: string): ActorMention[] {
    const seen = new Set<string>();
    return this.mentionsOf(actorId).filter(m => !seen.has(m.documentId) && seen.add(m.documentId));
  }

  entityAt(documentId: string, offset: number): Mention | undefined {
    return this.annotations.get(documentId)?.entities.find(e => e.start <= offset && offset < e.end);
  }

  dateAt(documentId: string, offset: number): DateMention | undefined {
    return this.annotations.get(documentId)?.dates.find(d => d.start <= offset && offset < d.end);
  }

  private byId(): Map<string, Actor> {
    if (!this.actorsById) this.actorsById = buildActors(this.documentIds().map(id => [id, this.annotations.get(id)!]));
    return this.actorsById;
  }
}

function buildActors(documents: [string, Annotation][]): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  const aliasCounts = new Map<string, Map<string, number>>();
  for (const [documentId, annotation] of documents) {
    for (const mention of annotation.entities) {
      let actor = actors.get(mention.actorKey);
      if (!actor) {
        actor = { id: mention.actorKey, name: mention.text, type: mention.type, aliases: [], documents: [], mentions: 0 };
        actors.set(actor.id, actor);
        aliasCounts.set(actor.id, new Map());
      }
      actor.mentions++;
      if (!actor.documents.includes(documentId)) actor.documents.push(documentId);
      const counts = aliasCounts.get(actor.id)!;
      counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
    }
  }
  for (const actor of actors.values()) {
    const counts = aliasCounts.get(actor.id)!;
    actor.aliases = [...counts.keys()].sort();
    actor.name = canonicalName(counts);
  }
  return actors;
}

// The fullest form is the canonical name ("Sergei Lavrov" over "Lavrov"); among equals, the most used,
// and a mixed-case form over ALL CAPS.
function canonicalName(counts: Map<string, number>): string {
  return [...counts.entries()].sort(([a, ca], [b, cb]) =>
    b.split(/\s+/).length - a.split(/\s+/).length
    || Number(isAllCaps(a)) - Number(isAllCaps(b))
    || cb - ca
    || a.localeCompare(b))[0][0];
}

function isAllCaps(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase();
}
