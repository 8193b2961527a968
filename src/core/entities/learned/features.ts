// What the learned tagger sees of each token: the word, its shape, affixes and neighbours; the lists it is
// on; the rules' own decision; and what the same word is elsewhere in the article (Ratinov & Roth 2009's
// non-local features: the rules' types there and, in the second pass, the first pass's labels there).
import type { Mention } from '../../types';
import type { Token, TokenizedText } from '../../text/tokenize';
import { isCommonWord, isDemonym, isFirstName } from '../../text/lexicon';
import { isCountryDemonym, lookupName } from '../gazetteer';
import { isRoleWord } from '../titles';
import { ORGANIZATION_HEADS, PLACE_HEADS } from '../head-words';
import nameLists from '../../data/name-lists.json';

/** One sentence's tokens and, per token, the names of the features that fire on it. */
export interface FeatureSentence {
  tokens: Token[];
  features: string[][];
}

/** Per token of the whole article, the type a first pass gave it ("" for none): the second pass reads these. */
export type FirstPass = string[];

let companies: Set<string> | undefined;
let peopleNames: Set<string> | undefined;

function lists(): { companies: Set<string>; peopleNames: Set<string> } {
  companies ??= new Set(nameLists.companies.split(' '));
  peopleNames ??= new Set(nameLists.peopleNames.split(' '));
  return { companies, peopleNames };
}

const POSSESSIVE = /['’]s?$/;

/** "Obama" → "Xx", "U.S." → "X.X.", "2020" → "d", "iPhone" → "xXx": case and kind, repeats collapsed. */
export function shape(text: string): string {
  return text
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1')
    .slice(0, 6);
}

const isCapitalised = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** The label (BILOU-type) that `mentions` give each token: "B-person", "U-place", or "" outside them. */
export function spanLabels(
  tokens: Token[],
  mentions: readonly { start: number; end: number; type: string }[],
): string[] {
  const labels = tokens.map(() => '');
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    const inside: number[] = [];
    for (
      let i = firstTokenEndingAfter(tokens, mention.start);
      i < tokens.length && tokens[i].start < mention.end;
      i++
    ) {
      inside.push(i);
    }
    if (inside.length === 0) continue;
    if (inside.some(i => labels[i] !== '')) continue;
    inside.forEach((i, k) => {
      const position = inside.length === 1 ? 'U' : k === 0 ? 'B' : k === inside.length - 1 ? 'L' : 'I';
      labels[i] = `${position}-${mention.type}`;
    });
  }
  return labels;
}

// Tokens are in text order: a binary search keeps labelling linear in the article's length (a 5 MB
// article has hundreds of thousands of tokens and tens of thousands of mentions).
function firstTokenEndingAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'al', '-', '&', '.', 'on', 'in']);

/** The longest listed name starting at each token, as a label per token ("B-organization", "U-place"). */
function gazetteerLabels(tokens: Token[]): string[] {
  const labels = tokens.map(() => '');
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    if (tokens[i].kind === 'word' && /\p{Lu}/u.test(tokens[i].text)) {
      // A listed name runs over capitalised words and a few small ones ("Bank of Korea", "U.S.").
      let reach = i + 1;
      while (
        reach < Math.min(tokens.length, i + 6) &&
        (/^\p{Lu}/u.test(tokens[reach].text) || CONNECTORS.has(tokens[reach].lower))
      )
        reach++;
      for (let end = reach; end > i && !matched; end--) {
        const last = tokens[end - 1];
        const phrase = tokens
          .slice(i, end)
          .map(
            (t, k) => (k === end - i - 1 ? t.text.replace(POSSESSIVE, '') : t.text) + (k < end - i - 1 ? t.after : ''),
          )
          .join('');
        const known = /\p{Lu}/u.test(tokens[i].text) && last.kind !== 'punct' ? lookupName(phrase) : undefined;
        if (!known) continue;
        matched = end - i;
        for (let k = i; k < end; k++) {
          const position = matched === 1 ? 'U' : k === i ? 'B' : k === end - 1 ? 'L' : 'I';
          labels[k] = `${position}-${known.type}-${known.strength}`;
        }
      }
    }
    i += matched || 1;
  }
  return labels;
}

/** The type a word most often has among `labels` across the article, by lower-cased word (capitalised words only). */
function typeElsewhere(tokens: Token[], labels: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  tokens.forEach((t, i) => {
    if (!isCapitalised(t) || !labels[i]) return;
    const word = t.lower.replace(POSSESSIVE, '');
    const type = labels[i].slice(2);
    const byType = counts.get(word) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    counts.set(word, byType);
  });
  const majority = new Map<string, string>();
  for (const [word, byType] of counts) {
    majority.set(word, [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  }
  return majority;
}

/**
 * The features of every token of the article, sentence by sentence. `rules` are the rules' mentions;
 * `firstPass`, when given, a label per token from a first pass of the tagger.
 */
export function articleFeatures(
  doc: TokenizedText,
  rules: readonly Mention[],
  firstPass?: FirstPass,
): FeatureSentence[] {
  const { tokens } = doc;
  const { companies, peopleNames } = lists();
  const ruleLabels = spanLabels(tokens, rules);
  const gazetteer = gazetteerLabels(tokens);
  const rulesElsewhere = typeElsewhere(tokens, ruleLabels);
  const firstElsewhere = firstPass ? typeElsewhere(tokens, firstPass) : undefined;
  // A word the article also writes in lower case is an everyday word there ("Police said" / "the police").
  const lowerInArticle = new Set(tokens.filter(t => t.kind === 'word' && !/\p{Lu}/u.test(t.text)).map(t => t.lower));
  const sentences: FeatureSentence[] = [];
  for (const sentence of doc.sentences) {
    const span = tokens.slice(sentence.first, sentence.last);
    if (span.length === 0) continue;
    const words = span.filter(t => t.kind === 'word');
    const capitalised = words.filter(isCapitalised).length;
    const headline = words.length >= 3 && capitalised / words.length > 0.7;
    const allCaps = words.length >= 2 && words.every(t => t.text === t.text.toUpperCase());
    const shapes = span.map(t => shape(t.text));
    const word = (i: number): string => (i < 0 ? '<s>' : i >= span.length ? '</s>' : span[i].lower);
    const shapeAt = (i: number): string => (i < 0 ? '<s>' : i >= span.length ? '</s>' : shapes[i]);
    const features = span.map((t, i) => {
      const at = sentence.first + i;
      const lower = t.lower;
      const bare = lower.replace(POSSESSIVE, '');
      const s = shapes[i];
      const f = [
        'b',
        `w=${lower}`,
        `s=${s}`,
        `p2=${lower.slice(0, 2)}`,
        `p3=${lower.slice(0, 3)}`,
        `x2=${lower.slice(-2)}`,
        `x3=${lower.slice(-3)}`,
        `x4=${lower.slice(-4)}`,
        `w-1=${word(i - 1)}`,
        `w+1=${word(i + 1)}`,
        `w-2=${word(i - 2)}`,
        `w+2=${word(i + 2)}`,
        `s-1=${shapeAt(i - 1)}`,
        `s+1=${shapeAt(i + 1)}`,
        `ss=${shapeAt(i - 1)}|${s}|${shapeAt(i + 1)}`,
        `w-1w=${word(i - 1)}|${lower}`,
        `ww+1=${lower}|${word(i + 1)}`,
      ];
      if (i === 0) f.push('first', `first|s=${s}`);
      if (headline) f.push('headline', `headline|s=${s}`);
      if (allCaps) f.push('allcaps-line');
      if (POSSESSIVE.test(t.text) && t.text.length > 2) f.push('possessive');
      if (t.kind === 'word') {
        if (isCommonWord(bare)) f.push('common', `common|s=${s}`);
        if (lowerInArticle.has(bare) && isCapitalised(t)) f.push('lower-elsewhere');
        if (isFirstName(bare)) f.push('firstname');
        if (peopleNames.has(bare)) f.push('namepart');
        if (companies.has(bare)) f.push('company');
        if (isDemonym(bare) || isCountryDemonym(bare)) f.push('demonym');
        if (isRoleWord(t)) f.push('role');
        if (ORGANIZATION_HEADS.has(bare)) f.push('orghead');
        if (PLACE_HEADS.has(bare)) f.push('placehead');
        const known = lookupName(t.text.replace(POSSESSIVE, ''));
        if (known) f.push(`known=${known.type}-${known.strength}`);
      }
      if (gazetteer[at]) f.push(`gz=${gazetteer[at]}`, `gzt=${gazetteer[at].slice(2)}`);
      const rule = ruleLabels[at];
      f.push(
        `r=${rule}`,
        `r|s=${rule}|${s}`,
        `r-1=${i > 0 ? ruleLabels[at - 1] : '<s>'}`,
        `r+1=${i < span.length - 1 ? ruleLabels[at + 1] : '</s>'}`,
      );
      if (rule) f.push(`rt=${rule.slice(2)}`, `r|first=${rule}|${i === 0}`, `r|headline=${rule}|${headline}`);
      if (isCapitalised(t)) {
        const elsewhere = rulesElsewhere.get(bare);
        f.push(`re=${elsewhere ?? ''}`);
        if (elsewhere) f.push(`re|r=${elsewhere}|${rule}`);
        if (firstElsewhere) {
          const first = firstElsewhere.get(bare);
          f.push(`fe=${first ?? ''}`, `fe|r=${first ?? ''}|${rule.slice(2)}`);
        }
      }
      if (firstPass)
        f.push(`f-1=${i > 0 ? firstPass[at - 1] : '<s>'}`, `f+1=${i < span.length - 1 ? firstPass[at + 1] : '</s>'}`);
      return f;
    });
    sentences.push({ tokens: span, features });
  }
  return sentences;
}
