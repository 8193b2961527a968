// What the editor needs to show annotations, without the annotators: loading it costs milliseconds,
// where the full core (lexicons, gazetteers, chrono) costs hundreds. Annotating happens in workers.
export * from './types';
export { ActorIndex, type Actor, type ActorMention } from './actors/actor-index';
export * from './happenings';
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
export { tokenize } from './text/tokenize';
export { AnnotationCache, contentHash } from './cache/annotation-cache';
export { expandAnnotation, isCompactAnnotation, type CompactAnnotation } from './cache/compact-annotation';
export { decodeArticle } from './text/decode';
export { articleFilter, enabledGlobs, globList } from './paths/article-filter';
export { globMatcher } from './paths/glob';
export { IgnoreRules } from './paths/gitignore';
export { errorMessage, type Log } from './log';
export * from './sidecars';
export * from './corrections';
export * from './export';
