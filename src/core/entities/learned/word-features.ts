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

/** The features of a token that depend on its text alone: the tagger computes their weights once per word. */
export function wordFeatures(t: Token): string[] {
  const lower = t.lower;
  const bare = lower.replace(POSSESSIVE, '');
  const f = [
    'b',
    `w=${lower}`,
    `s=${shape(t.text)}`,
    `p2=${lower.slice(0, 2)}`,
    `p3=${lower.slice(0, 3)}`,
    `x2=${lower.slice(-2)}`,
    `x3=${lower.slice(-3)}`,
    `x4=${lower.slice(-4)}`,
  ];
  if (POSSESSIVE.test(t.text) && t.text.length > 2) f.push('possessive');
  if (t.kind === 'word') {
    const { companies, peopleNames, colleges, teams } = lists();
    if (isCommonWord(bare)) f.push('common', `common|s=${shape(t.text)}`);
    if (isFirstName(bare)) f.push('firstname');
    if (peopleNames.has(bare)) f.push('namepart');
    if (companies.has(bare)) f.push('company');
    if (colleges.has(bare) && isCapitalised(t)) f.push('college');
    if (teams.has(bare) && isCapitalised(t)) f.push('team');
    if (isDemonym(bare) || isCountryDemonym(bare)) f.push('demonym');
    if (isRoleWord(t)) f.push('role');
    if (isOrganizationHeadWord(bare)) f.push('orghead');
    if (PLACE_HEADS.has(bare)) f.push('placehead');
    const known = lookupName(t.text.replace(POSSESSIVE, ''));
    if (known) f.push(`known=${known.type}-${known.strength}`);
    // The word's classes (finest, middle, coarsest), and the finest again for a capitalised word: "none"
    // for a capitalised word outside the list (a rare name).
    const classes = wordClasses(bare);
    if (classes) f.push(`c=${classes[0]}`, `cm=${classes[1]}`, `cc=${classes[2]}`);
    if (isCapitalised(t)) f.push(`cC=${classes?.[0] ?? 'none'}`);
  }
  return f;
}

/** Where a neighbour a token reads sits: two before it, one before, one after, two after. */
export const OFFSETS = ['-2', '-1', '+1', '+2'] as const;
export type Offset = (typeof OFFSETS)[number];

/** What a token reads of its neighbour at `offset` (a word, or the sentence's edge "<s>" / "</s>"): "w-1=said". */
export function neighbourFeatures(lower: string, wordShape: string, offset: Offset): string[] {
  if (offset !== '-1' && offset !== '+1') return [`w${offset}=${lower}`];
  const classes = wordClasses(lower);
  return classes
    ? [`w${offset}=${lower}`, `s${offset}=${wordShape}`, `c${offset}=${classes[0]}`, `cm${offset}=${classes[1]}`]
    : [`w${offset}=${lower}`, `s${offset}=${wordShape}`];
}
