// The core's public surface, for the CLI, the extension and tests.
export * from './types';
export { annotate, type AnnotateOptions } from './annotate';
export { ActorIndex, type Actor, type ActorMention } from './actors/actor-index';
export { actorKey, normalizeName } from './actors/actor-key';
export { toContract, type Contract, type ContractDocument } from './export/json-contract';
export { isValidIsoDay } from './dates/calendar';
export { relationToArticleDate, weekdayOfValue } from './dates/relation';
export { eventLabel, compareEventDates } from './events/label';
export { findHeadline } from './events/headline';
export {
  articleOutline,
  type ArticleOutline,
  type OutlineParagraph,
  type OutlineSection,
} from './text/article-outline';
export * from './corrections';
export * from './export';
export * from './sidecars';
