// The core's one entry point: article text in, entities, dates, events and the article date out.
import type { Annotation } from './types';
import { parseText } from './text/parse';
import { recognizeEntities } from './entities/recognize';
import { inferArticleDate } from './dates/article-date';
import { findDates } from './dates/find-dates';
import { extractEvents } from './events/extract';

export interface AnnotateOptions {
  /** The article's date (`YYYY-MM-DD`) when the user or the input gives it; otherwise it is inferred. */
  articleDate?: string;
}

export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const sentences = parseText(text);
  const articleDate = inferArticleDate(text, options.articleDate);
  const entities = recognizeEntities(text, sentences);
  const dates = findDates(text, articleDate);
  const events = extractEvents(sentences, entities, dates);
  return { articleDate, entities, dates, events };
}
