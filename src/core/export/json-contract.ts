// Shapes annotations into the JSON contract that the CLI prints and every quality check reads.
import type { ArticleDate, DateGrain, EntityType, EventKind, NewsEvent } from '../types';
import type { Actor, ActorIndex } from '../actors/actor-index';

export interface ContractDocument {
  id: string;
  date: ArticleDate;
  /** `credit` and `impliedName` only when set (see `Mention`). */
  entities: {
    start: number;
    end: number;
    text: string;
    type: EntityType;
    actor: string;
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
  }[];
}

export interface Contract {
  documents: ContractDocument[];
  actors: Actor[];
}

/** The contract for the given documents of the index, in the order given. */
export function toContract(index: ActorIndex, documentIds: string[]): Contract {
  const documents = documentIds.map(id => toContractDocument(index, id));
  const named = new Set(documents.flatMap(d => d.entities.map(e => e.actor)));
  return { documents, actors: index.actors().filter(a => named.has(a.id)) };
}

function toContractDocument(index: ActorIndex, id: string): ContractDocument {
  const annotation = index.annotation(id);
  if (!annotation) throw new Error(`no annotation for ${id}`);
  return {
    id,
    date: annotation.articleDate,
    entities: annotation.entities.map(({ start, end, text, type, actorKey, credit, impliedName }) => ({
      start,
      end,
      text,
      type,
      actor: index.resolve(actorKey),
      ...(credit && { credit }),
      ...(impliedName !== undefined && { impliedName }),
    })),
    dates: annotation.dates.map(({ start, end, text, value, grain }) => ({ start, end, text, value, grain })),
    events: annotation.events.map(
      ({ start, end, text, trigger, date, actorKeys, dateSource, placeKey, speakerKey, kind }) => ({
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
      }),
    ),
  };
}
