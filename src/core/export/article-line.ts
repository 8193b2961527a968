// The map step's output, one JSON line per article: its annotation with actor keys (not ids: those need
// every article) and each entity's article-level actor name, so that `link` can build the cross-document
// actor index from lines annotated anywhere, and a reader of one line alone still sees who is named.
import { articleActors } from '../actors/actor-index';
import { array, nullableString, object, offset, oneOf, string } from '../json-checks';
import {
  ARTICLE_DATE_SOURCES,
  DATE_GRAINS,
  ENTITY_TYPES,
  EVENT_KINDS,
  EVENT_MODALITIES,
  EVENT_POLARITIES,
  type Annotation,
  type Coreference,
  type Mention,
  type ArticleDate,
  type DateMention,
  type NewsEvent,
  type Span,
} from '../types';

const DATE_SOURCES: readonly NewsEvent['dateSource'][] = ['sentence', 'article', null];

export interface ArticleLine {
  id: string;
  date: ArticleDate;
  entities: (Mention & { actorName: string })[];
  dates: DateMention[];
  events: NewsEvent[];
  coreferences: Coreference[];
}

/** The line of one article; `actorName` is the name its actor has within this article. */
export function toArticleLine(id: string, annotation: Annotation): ArticleLine {
  const actorOf = articleActors(id, annotation.entities);
  return {
    id,
    date: annotation.articleDate,
    entities: annotation.entities.map(mention => ({
      ...mention,
      actorName: actorOf(mention.actorKey)?.name ?? mention.text,
    })),
    dates: annotation.dates.map(({ start, end, text, value, grain }) => ({ start, end, text, value, grain })),
    events: annotation.events.map(event => ({ ...event, trigger: { ...event.trigger } })),
    coreferences: annotation.coreferences.map(coreference => ({ ...coreference })),
  };
}

/** The article of a parsed line, or what is wrong with it (the first problem found). */
export function articleOfLine(value: unknown): { id: string; annotation: Annotation } | { problem: string } {
  try {
    const line = object(value, 'the line');
    const annotation: Annotation = {
      articleDate: articleDate(line.date),
      entities: array(line.entities, 'entities').map((value, i) => {
        const where = `entities[${i}]`;
        const fields = object(value, where);
        const mention: Mention = {
          ...span(fields, where),
          type: oneOf(fields.type, ENTITY_TYPES, `${where}.type`),
          actorKey: string(fields.actorKey, `${where}.actorKey`),
        };
        if (fields.score !== undefined) mention.score = probability(fields.score, `${where}.score`);
        if (fields.credit !== undefined) mention.credit = oneOf(fields.credit, [true] as const, `${where}.credit`);
        if (fields.impliedName !== undefined) mention.impliedName = string(fields.impliedName, `${where}.impliedName`);
        return mention;
      }),
      dates: array(line.dates, 'dates').map((value, i) => {
        const where = `dates[${i}]`;
        const fields = object(value, where);
        return {
          ...span(fields, where),
          value: string(fields.value, `${where}.value`),
          grain: oneOf(fields.grain, DATE_GRAINS, `${where}.grain`),
        };
      }),
      events: array(line.events, 'events').map((value, i) => event(value, `events[${i}]`)),
      coreferences: array(line.coreferences ?? [], 'coreferences').map((value, i) =>
        coreference(value, `coreferences[${i}]`),
      ),
    };
    return { id: string(line.id, 'id'), annotation };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

function event(value: unknown, where: string): NewsEvent {
  const fields = object(value, where);
  return {
    ...span(fields, where),
    trigger: span(object(fields.trigger, `${where}.trigger`), `${where}.trigger`),
    date: nullableString(fields.date, `${where}.date`),
    dateSource: oneOf(fields.dateSource, DATE_SOURCES, `${where}.dateSource`),
    actorKeys: array(fields.actorKeys, `${where}.actorKeys`).map((key, k) => string(key, `${where}.actorKeys[${k}]`)),
    placeKey: nullableString(fields.placeKey, `${where}.placeKey`),
    speakerKey: nullableString(fields.speakerKey, `${where}.speakerKey`),
    kind: oneOf(fields.kind, EVENT_KINDS, `${where}.kind`),
    action: string(fields.action, `${where}.action`),
    lemma: string(fields.lemma, `${where}.lemma`),
    main: oneOf(fields.main, [true, false] as const, `${where}.main`),
    polarity: oneOf(fields.polarity, EVENT_POLARITIES, `${where}.polarity`),
    modality: oneOf(fields.modality, EVENT_MODALITIES, `${where}.modality`),
    happeningKey: string(fields.happeningKey, `${where}.happeningKey`),
  };
}

function coreference(value: unknown, where: string): Coreference {
  const fields = object(value, where);
  return {
    ...span(fields, where),
    actorKey: string(fields.actorKey, `${where}.actorKey`),
    kind: oneOf(fields.kind, ['pronoun', 'description'] as const, `${where}.kind`),
  };
}

function probability(value: unknown, where: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new Error(`${where}: not a number from 0 to 1`);
  return value;
}

function articleDate(value: unknown): ArticleDate {
  const fields = object(value, 'date');
  if (typeof fields.confidence !== 'number') throw new Error('date.confidence: not a number');
  const date: ArticleDate = {
    value: nullableString(fields.value, 'date.value'),
    source: oneOf(fields.source, ARTICLE_DATE_SOURCES, 'date.source'),
    confidence: fields.confidence,
  };
  return fields.evidence === undefined ? date : { ...date, evidence: string(fields.evidence, 'date.evidence') };
}

function span(fields: Record<string, unknown>, where: string): Span {
  return {
    start: offset(fields.start, `${where}.start`),
    end: offset(fields.end, `${where}.end`),
    text: string(fields.text, `${where}.text`),
  };
}
