// The core's one entry point: article text in, entities, dates, events and the article date out.
import type { Annotation } from './types';
import { tokenize } from './text/tokenize';
import { recognizeEntities } from './entities/recognize';
import { inferArticleDate } from './dates/article-date';
import { findDates } from './dates/find-dates';
import { extractEvents } from './events/extract';

export interface AnnotateOptions {
  /** The article's date (`YYYY-MM-DD`) when the user or the input gives it; otherwise it is inferred. */
  articleDate?: string;
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const doc = tokenize(text);
  const articleDate = inferArticleDate(text, options.articleDate);
  const dates = findDates(text, articleDate);
  const entities = recognizeEntities(doc).filter(e => !dates.some(d => d.start <= e.start && e.end <= d.end));
  const events = extractEvents(doc, entities, dates);
  return { articleDate, entities, dates, events };
}
