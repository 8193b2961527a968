// Persons, organizations and places in an article: the rules' mentions, read again by the learned
// tagger when a model ships; then surnames and acronyms joined to the names they stand for.
import type { Mention } from '../types';
import type { TokenizedText } from '../text/tokenize';
import { recognizeEntities } from './recognize';
import { linkPersons, type LinkCandidate } from './surnames';
import { linkAcronyms } from './acronyms';
import { hasModel, tagEntities, type ScoredMention } from './learned/tag';
import { keyOrganizationsByCountry } from '../actors/country-organizations';

/** `rules`: the hand-written rules alone; `learned`: the model, with the rules' decisions among its inputs. */
export type EntityMethod = 'rules' | 'learned';

/** What the project ships as its default method, chosen on the held-out news dev split (see data/ner-model.md). */
export const DEFAULT_ENTITY_METHOD: EntityMethod = 'learned';

// The rules say how sure they are only by kind: a listed or titled name, a guessed one.
const RULE_SCORE = 0.9;

export function findEntities(doc: TokenizedText, method: EntityMethod = DEFAULT_ENTITY_METHOD,
  tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[] = tagEntities): Mention[] {
  return keyOrganizationsByCountry(doc.text, mentionsBy(doc, method, tagger));
}

function mentionsBy(doc: TokenizedText, method: EntityMethod, tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[]): Mention[] {
  const rules = recognizeEntities(doc);
  if (method === 'rules' || (tagger === tagEntities && !hasModel())) return rules.map(m => ({ ...m, score: m.score ?? RULE_SCORE }));
  const learned = tagger(doc, rules);
  const linked = linkAcronyms(doc.text, linkPersons(doc, learned as LinkCandidate[]));
  // A surname found through its full name elsewhere is as sure as that name.
  const scoreOf = new Map<string, number>();
  for (const m of learned) scoreOf.set(m.actorKey, Math.max(scoreOf.get(m.actorKey) ?? 0, m.score));
  return linked.map(m => ({ ...m, score: m.score ?? scoreOf.get(m.actorKey) ?? RULE_SCORE }));
}
