// Persons, organizations and places in an article: the rules' mentions, read again by the learned
// tagger when a model ships; then surnames and acronyms joined to the names they stand for.
import type { Mention } from '../types';
import type { TokenizedText } from '../text/tokenize';
import { recognizeEntities } from './recognize';
import { isCountryDemonym, lookupName } from './gazetteer';
import { isCommonWord, isDemonym } from '../text/lexicon';
import { linkPersons, type LinkCandidate } from './surnames';
import { linkAcronyms } from './acronyms';
import { hasModel, tagEntities, type ScoredMention } from './learned/tag';
import { keyOrganizationsByCountry } from '../actors/country-organizations';

/**
 * `rules`: the hand-written rules alone; `learned`: the model, with the rules' decisions among its inputs;
 * `both`: every mention of the rules, and the model's where the rules found nothing.
 */
export type EntityMethod = 'rules' | 'learned' | 'both';

/**
 * What ships: `both`. On the held-out news the model alone scores a little higher (data/ner-model.md), but it
 * breaks the seeds' regression test (a nationality or a title read otherwise); `both` keeps them exact.
 */
export const DEFAULT_ENTITY_METHOD: EntityMethod = 'both';

// A nationality ("North Korean", "Russian") is no place, and one everyday word ("North", "Police") alone no name.
function isName(m: Mention): boolean {
  const words = m.text.split(/\s+/);
  if (
    isCountryDemonym(m.text) ||
    isDemonym(words[words.length - 1].toLowerCase()) ||
    isCountryDemonym(words[words.length - 1])
  )
    return false;
  return words.length > 1 || !isCommonWord(m.text.toLowerCase()) || lookupName(m.text) !== undefined;
}

// The rules say how sure they are only by kind: a listed or titled name, a guessed one.
const RULE_SCORE = 0.9;

export function findEntities(
  doc: TokenizedText,
  method: EntityMethod = DEFAULT_ENTITY_METHOD,
  tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[] = tagEntities,
): Mention[] {
  return keyOrganizationsByCountry(doc.text, mentionsBy(doc, method, tagger));
}

function mentionsBy(
  doc: TokenizedText,
  method: EntityMethod,
  tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[],
): Mention[] {
  const rules = recognizeEntities(doc);
  if (method === 'rules' || (tagger === tagEntities && !hasModel()))
    return rules.map(m => ({ ...m, score: m.score ?? RULE_SCORE }));
  let learned = tagger(doc, rules).filter(isName);
  if (method === 'both') {
    const learnedScore = new Map(learned.map(l => [`${l.start}:${l.end}:${l.type}`, l.score]));
    const scored = (m: Mention): ScoredMention => ({
      ...m,
      score: learnedScore.get(`${m.start}:${m.end}:${m.type}`) ?? RULE_SCORE,
    });
    const gaps = learned.filter(l => !overlapsAny(rules, l));
    learned = [...rules.map(scored), ...gaps].sort((a, b) => a.start - b.start);
  }
  const linked = linkAcronyms(doc.text, linkPersons(doc, learned as LinkCandidate[]));
  // A surname found through its full name elsewhere is as sure as that name.
  const scoreOf = new Map<string, number>();
  for (const m of learned) scoreOf.set(m.actorKey, Math.max(scoreOf.get(m.actorKey) ?? 0, m.score));
  return linked.map(m => ({ ...m, score: m.score ?? scoreOf.get(m.actorKey) ?? RULE_SCORE }));
}

// The rules' mentions are in text order and do not nest, so their ends rise with their starts: a binary
// search and a short walk back keep 'both' linear in the article's length.
function overlapsAny(sorted: readonly Mention[], span: { start: number; end: number }): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < span.end) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0; i--) {
    if (sorted[i].end > span.start) return true;
    if (sorted[i].end <= span.start && (i === 0 || sorted[i - 1].end <= sorted[i].start)) return false;
  }
  return false;
}
