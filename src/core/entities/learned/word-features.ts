// What a word is by itself, and what a token reads of its neighbours' words: the features the tagger
// weighs once per distinct word (its text, shape, affixes, lists and word classes).
import type { Token } from '../../text/tokenize';
import { isCommonWord, isDemonym, isFirstName } from '../../text/lexicon';
import { isCountryDemonym, lookupName } from '../gazetteer';
import { isRoleWord } from '../titles';
import { isOrganizationHeadWord, PLACE_HEADS } from '../head-words';
import { lists } from './lists';
import { wordClasses } from './word-clusters';

/** A possessive ending: "Obama's", "Jones'". */
export const POSSESSIVE = /['’]s?$/;

// Shapes are asked for every token of every re-read article: kept per word (bounded).
const shapes = new Map<string, string>();

/** "Obama" → "Xx", "U.S." → "X.X.", "2020" → "d", "iPhone" → "xXx": case and kind, repeats collapsed. */
export function shape(text: string): string {
  let found = shapes.get(text);
  if (found === undefined) {
    found = text
      .replace(/\p{Lu}/gu, 'X')
      .replace(/\p{Ll}/gu, 'x')
      .replace(/\p{N}/gu, 'd')
      .replace(/(.)\1+/gu, '$1')
      .slice(0, 6);
    if (shapes.size >= 20_000) shapes.clear();
    shapes.set(text, found);
  }
  return found;
}

/** A word that starts with a capital letter. */
export const isCapitalised = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/**
 * Receives a feature as its template and value ("w", "said" for "w=said"), or a flag alone ("b"): the
 * trainer joins them into names, the tagger looks the value up under its template without building the
 * name (most values are strings the article already holds).
 */
export type Emit = (template: string, value?: string) => void;

/** The features of a token that depend on its text alone: the tagger computes their weights once per word. */
export function wordFeatures(t: Token, emit: Emit): void {
  const lower = t.lower;
  const bare = lower.replace(POSSESSIVE, '');
  emit('b');
  emit('w', lower);
  emit('s', shape(t.text));
  emit('p2', lower.slice(0, 2));
  emit('p3', lower.slice(0, 3));
  emit('x2', lower.slice(-2));
  emit('x3', lower.slice(-3));
  emit('x4', lower.slice(-4));
  if (POSSESSIVE.test(t.text) && t.text.length > 2) emit('possessive');
  if (t.kind !== 'word') return;
  const { companies, peopleNames, colleges, teams } = lists();
  if (isCommonWord(bare)) {
    emit('common');
    emit('common|s', shape(t.text));
  }
  if (isFirstName(bare)) emit('firstname');
  if (peopleNames.has(bare)) emit('namepart');
  if (companies.has(bare)) emit('company');
  if (colleges.has(bare) && isCapitalised(t)) emit('college');
  if (teams.has(bare) && isCapitalised(t)) emit('team');
  if (isDemonym(bare) || isCountryDemonym(bare)) emit('demonym');
  if (isRoleWord(t)) emit('role');
  if (isOrganizationHeadWord(bare)) emit('orghead');
  if (PLACE_HEADS.has(bare)) emit('placehead');
  const known = lookupName(t.text.replace(POSSESSIVE, ''));
  if (known) emit('known', `${known.type}-${known.strength}`);
  // The word's classes (finest, middle, coarsest), and the finest again for a capitalised word: "none"
  // for a capitalised word outside the list (a rare name).
  const classes = wordClasses(bare);
  if (classes) {
    emit('c', classes[0]);
    emit('cm', classes[1]);
    emit('cc', classes[2]);
  }
  if (isCapitalised(t)) emit('cC', classes?.[0] ?? 'none');
}

/** Where a neighbour a token reads sits: two before it, one before, one after, two after. */
export const OFFSETS = ['-2', '-1', '+1', '+2'] as const;
export type Offset = (typeof OFFSETS)[number];

// Each offset's templates, named once: "w-1", "s-1", "c-1", "cm-1".
const NEIGHBOUR_TEMPLATES = new Map(
  OFFSETS.map(offset => [offset, { w: `w${offset}`, s: `s${offset}`, c: `c${offset}`, cm: `cm${offset}` }]),
);

/** What a token reads of its neighbour at `offset` (a word, or the sentence's edge "<s>" / "</s>"): "w-1=said". */
export function neighbourFeatures(lower: string, wordShape: string, offset: Offset, emit: Emit): void {
  const templates = NEIGHBOUR_TEMPLATES.get(offset)!;
  emit(templates.w, lower);
  if (offset !== '-1' && offset !== '+1') return;
  emit(templates.s, wordShape);
  const classes = wordClasses(lower);
  if (!classes) return;
  emit(templates.c, classes[0]);
  emit(templates.cm, classes[1]);
}
