// What an article is about, as weighted features: the actors it names, the kinds of happening it
// reports and the days it dates them to. Two articles on one story share rare features.
import type { Annotation } from '../types';
import { happeningClass } from './lemma-class';
import { reportYear } from './within-article';

/** Feature → count in the article. */
export type ArticleProfile = Map<string, number>;

// Actors say most about a story ("Tara Reid", "Promises Treatment Center"); the happenings' words
// separate two stories about the same people; days separate two earthquakes in one place.
const ACTOR_WEIGHT = 1;
const EVENT_WEIGHT = 0.5;
const DAY_WEIGHT = 1;

/** `shared` gives the one copy of a feature the caller keeps for all articles (a workspace has thousands). */
export function articleProfile(annotation: Annotation, shared = (feature: string) => feature): ArticleProfile {
  const profile: ArticleProfile = new Map();
  const add = (name: string, weight: number) => {
    const feature = shared(name);
    profile.set(feature, (profile.get(feature) ?? 0) + weight);
  };
  for (const entity of annotation.entities) add(`a:${entity.actorKey}`, ACTOR_WEIGHT);
  for (const event of annotation.events)
    if (event.polarity === 'positive') add(`e:${happeningClass(event.lemma, event.trigger.text)}`, EVENT_WEIGHT);
  for (const date of annotation.dates) if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) add(`d:${date.value}`, DAY_WEIGHT);
  if (annotation.articleDate.value && /^\d{4}/.test(annotation.articleDate.value))
    add(`d:${annotation.articleDate.value}`, DAY_WEIGHT);
  return profile;
}

/**
 * What the happening index keeps of an article, made once with its compact form (so that a warm start reads
 * it instead of expanding the events): the profile as two lists, and the year the article reports on.
 */
export interface StoredProfile {
  features: string[];
  weights: number[];
  year: string | null;
}

export function storedProfile(annotation: Annotation, shared?: (feature: string) => string): StoredProfile {
  const profile = articleProfile(annotation, shared);
  return {
    features: [...profile.keys()],
    weights: [...profile.values()],
    year: reportYear(annotation.events, annotation.articleDate.value),
  };
}

/** Whether a value read from a stored cache is a stored profile. */
export function isStoredProfile(value: unknown): value is StoredProfile {
  if (value === null || typeof value !== 'object') return false;
  const { features, weights, year } = value as Partial<StoredProfile>;
  return (
    Array.isArray(features) &&
    Array.isArray(weights) &&
    features.length === weights.length &&
    features.every(feature => typeof feature === 'string') &&
    weights.every(weight => typeof weight === 'number') &&
    (year === null || typeof year === 'string')
  );
}
