// The core's one entry point: article text in, entities, dates, events and the article date out.
import type { Annotation } from './types';
import { tokenize } from './text/tokenize';
import { paragraphChunks, shiftSpans } from './text/chunks';
import { recognizeEntities } from './entities/recognize';
import { apartFromDates } from './entities/apart-from-dates';
import { inferArticleDate } from './dates/article-date';
import { findDates } from './dates/find-dates';
import { extractEvents } from './events/extract';
import { assignHappeningKeys } from './happenings/within-article';
import { resolveCoreferences } from './coreference/resolve';

export interface AnnotateOptions {
  /** The article's date (`YYYY-MM-DD`) when the user or the input gives it; otherwise it is inferred. */
  articleDate?: string;
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const doc = tokenize(text);
  const articleDate = inferArticleDate(text, options.articleDate);
  // chrono slows down faster than linearly on very long texts; paragraphs keep date finding linear.
  const dates = paragraphChunks(text).flatMap(chunk => shiftSpans(findDates(chunk.text, articleDate), chunk.start));
  const entities = apartFromDates(recognizeEntities(doc), dates);
  const coreferences = resolveCoreferences(doc, entities);
  const events = extractEvents(doc, entities, dates, articleDate, coreferences);
  assignHappeningKeys(events, articleDate.value);
  return { articleDate, entities, dates, events, coreferences };
}
