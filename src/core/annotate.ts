// The core's one entry point: article text in, entities, dates, events and the article date out.
import type { Annotation } from './types';
import { tokenize } from './text/tokenize';
import { paragraphChunks, shiftSpans } from './text/chunks';
import { findEntities, type EntityMethod } from './entities/entities';
import { apartFromDates } from './entities/apart-from-dates';
import { withEllipticalConjuncts } from './entities/coordinations';
import { markCredits } from './text/credits';
import { inferArticleDate } from './dates/article-date';
import { findDates } from './dates/find-dates';
import { extractEvents } from './events/extract';
import { assignHappeningKeys } from './happenings/within-article';
import { resolveCoreferences } from './coreference/resolve';

export interface AnnotateOptions {
  /** The article's date (`YYYY-MM-DD`) when the user or the input gives it; otherwise it is inferred. */
  articleDate?: string;
  /** How persons, organizations and places are found: the rules alone, or the learned tagger reading them (the default). */
  entities?: EntityMethod;
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const doc = tokenize(text);
  const articleDate = inferArticleDate(text, options.articleDate);
  // chrono slows down faster than linearly on very long texts; paragraphs keep date finding linear.
  const dates = paragraphChunks(text).flatMap(chunk => shiftSpans(findDates(chunk.text, articleDate), chunk.start));
  const entities = markCredits(
    text,
    apartFromDates(withEllipticalConjuncts(text, findEntities(doc, options.entities)), dates),
  );
  const coreferences = resolveCoreferences(doc, entities);
  const events = extractEvents(doc, entities, dates, articleDate, coreferences);
  assignHappeningKeys(events, articleDate.value);
  return { articleDate, entities, dates, events, coreferences };
}
