// Shapes annotations into the JSON contract that the CLI prints and every quality check reads.
import type {
  ArticleDate,
  Coreference,
  DateGrain,
  EntityType,
  EventKind,
  EventModality,
  EventPolarity,
  NewsEvent,
} from '../types';
import type { Actor, ActorIndex } from '../actors/actor-index';
import type { Happening } from '../happenings/happening-index';

export interface ContractDocument {
  id: string;
  date: ArticleDate;
  /** `credit` and `impliedName` only when set (see `Mention`); `score` is the recognizer's confidence, 0–1. */
  entities: {
    start: number;
    end: number;
    text: string;
    type: EntityType;
    actor: string;
    score: number;
    credit?: true;
    impliedName?: string;
  }[];
  dates: { start: number; end: number; text: string; value: string; grain: DateGrain }[];
  events: {
    start: number;
    end: number;
    text: string;
    trigger: { start: number; end: number; text: string };
    date: string | null;
    actors: string[];
    dateSource: NewsEvent['dateSource'];
    place: string | null;
    speaker: string | null;
    kind: EventKind;
    main: boolean;
    polarity: EventPolarity;
    modality: EventModality;
    happening: string | null;
  }[];
  /** Pronouns and descriptions resolved to an actor ("it" → place:pyongyang); names are in `entities`. */
  coreferences: { start: number; end: number; text: string; actor: string; kind: Coreference['kind'] }[];
}

/** A happening as the contract gives it: its mentions are event triggers in the listed documents. */
export interface ContractHappening {
  id: string;
  label: string;
  kind: EventKind;
  date: string | null;
  actors: string[];
  documents: string[];
  mentions: { document: string; start: number; end: number; text: string }[];
}

export interface Contract {
  documents: ContractDocument[];
  actors: Actor[];
  happenings: ContractHappening[];
}

/** The contract for the given documents of the index, in the order given. */
export function toContract(index: ActorIndex, documentIds: string[]): Contract {
  const documents = documentIds.map(id => toContractDocument(index, id));
  const named = new Set(documents.flatMap(d => d.entities.map(e => e.actor)));
  const listed = new Set(documentIds);
  const kept = index.happenings.happenings().filter(h => h.documents.some(id => listed.has(id)));
  const triggers = triggersOf(index, kept, listed);
  const happenings = kept.map(h => toContractHappening(index, h, listed, triggers));
  return { documents, actors: index.actors().filter(a => named.has(a.id)), happenings };
}

type Trigger = { start: number; end: number; text: string };

/**
 * The triggers of the happenings' mentions, by document and event index: each document's annotation is
 * expanded once (a closed document is kept compactly), not once per mention.
 */
function triggersOf(
  index: ActorIndex,
  happenings: Happening[],
  listed: Set<string>,
): Map<string, Map<number, Trigger>> {
  const wanted = new Map<string, Set<number>>();
  for (const { mentions } of happenings)
    for (const { documentId, index: i } of mentions) {
      if (!listed.has(documentId)) continue;
      if (!wanted.has(documentId)) wanted.set(documentId, new Set());
      wanted.get(documentId)!.add(i);
    }
  const triggers = new Map<string, Map<number, Trigger>>();
  for (const [documentId, indices] of wanted) {
    const events = index.annotation(documentId)!.events;
    const byIndex = new Map<number, Trigger>();
    for (const i of indices) {
      const { start, end, text } = events[i].trigger;
      byIndex.set(i, { start, end, text });
    }
    triggers.set(documentId, byIndex);
  }
  return triggers;
}

function toContractHappening(
  index: ActorIndex,
  happening: Happening,
  listed: Set<string>,
  triggers: Map<string, Map<number, Trigger>>,
): ContractHappening {
  const { id, label, kind, date } = happening;
  return {
    id,
    label,
    kind,
    date,
    actors: [...new Set(happening.actorKeys.map(key => index.resolve(key)))],
    documents: happening.documents.filter(d => listed.has(d)),
    mentions: happening.mentions
      .filter(m => listed.has(m.documentId))
      .map(m => ({ document: m.documentId, ...triggers.get(m.documentId)!.get(m.index)! })),
  };
}

function toContractDocument(index: ActorIndex, id: string): ContractDocument {
  const annotation = index.annotation(id);
  if (!annotation) throw new Error(`no annotation for ${id}`);
  return {
    id,
    date: annotation.articleDate,
    entities: annotation.entities.map(({ start, end, text, type, actorKey, score, credit, impliedName }) => ({
      start,
      end,
      text,
      type,
      actor: index.resolve(actorKey),
      score: score ?? 1,
      ...(credit && { credit }),
      ...(impliedName !== undefined && { impliedName }),
    })),
    dates: annotation.dates.map(({ start, end, text, value, grain }) => ({ start, end, text, value, grain })),
    events: annotation.events.map(
      (
        {
          start,
          end,
          text,
          trigger,
          date,
          actorKeys,
          dateSource,
          placeKey,
          speakerKey,
          kind,
          main,
          polarity,
          modality,
        },
        i,
      ) => ({
        start,
        end,
        text,
        trigger: { ...trigger },
        date,
        actors: [...new Set(actorKeys.map(key => index.resolve(key)))],
        dateSource,
        place: placeKey && index.resolve(placeKey),
        speaker: speakerKey && index.resolve(speakerKey),
        kind,
        main,
        polarity,
        modality,
        happening: index.happenings.happeningOf(id, i)?.id ?? null,
      }),
    ),
    coreferences: (annotation.coreferences ?? []).map(({ start, end, text, actorKey, kind }) => ({
      start,
      end,
      text,
      actor: index.resolve(actorKey),
      kind,
    })),
  };
}
