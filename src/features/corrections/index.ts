// Corrections: the user's own word on an article — names added, retyped, removed or re-linked, words
// that are never entities, and the article date — kept in `.newslens/`, never in an article.
import type { ActivateArea, CorrectionsApi } from '../contract';
import * as corrections from './corrections';
import * as articleDate from './article-date';

export const activate: ActivateArea<CorrectionsApi> = (context, index) => {
  articleDate.activate(context, index);
  return corrections.activate(context, index);
};
