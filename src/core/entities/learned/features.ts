// What the learned tagger sees of each token: the word, its shape, affixes and neighbours; the lists it is
// on; the rules' own decision; and what the same word is elsewhere in the article (Ratinov & Roth 2009's
// non-local features: the rules' types there and, in the second pass, the first pass's labels there).
import type { Mention } from '../../types';
import type { Token, TokenizedText } from '../../text/tokenize';
import { isCommonWord } from '../../text/lexicon';
import { mapped } from '../../text/arrays';
import {
  brandLabels,
  gazetteerLabels,
  isSportsStory,
  nounsAfter,
  runEnds,
  runHeads,
  runPositions,
  spanLabels,
  teamCities,
  typeElsewhere,
} from './article-labels';
import { headKind, lists } from './lists';
import { OFFSETS, POSSESSIVE, isCapitalised, neighbourFeatures, shape, wordFeatures, type Emit } from './word-features';

export type { Emit } from './word-features';

/** One sentence's tokens and, per token, the names of the features that fire on it. */
export interface FeatureSentence {
  tokens: Token[];
  features: string[][];
}

/** Per token of the whole article, the type a first pass gave it ("" for none): the second pass reads these. */
export type FirstPass = string[];

const ACRONYM = /^\p{Lu}[\p{Lu}&!]{1,5}$/u;

/** What the features of one article's tokens read besides the tokens themselves. */
export interface ArticleContext {
  tokens: Token[];
  ruleLabels: string[];
  gazetteer: string[];
  heads: string[];
  runLasts: string[];
  brands: string[];
  nounsAfter: string[];
  withinRun: Map<string, string>;
  sports: boolean;
  rulesElsewhere: Map<string, string>;
  firstElsewhere?: Map<string, string>;
  firstPass?: FirstPass;
  lowerInArticle: Set<string>;
  runs: string[];
  teamCities: Set<string>;
}

export function articleContext(doc: TokenizedText, rules: readonly Mention[], firstPass?: FirstPass): ArticleContext {
  const { tokens } = doc;
  const ruleLabels = spanLabels(tokens, rules);
  const ends = runEnds(tokens);
  const context: ArticleContext = {
    tokens,
    ruleLabels,
    gazetteer: gazetteerLabels(tokens),
    heads: runHeads(tokens),
    runLasts: ends.lasts,
    nounsAfter: nounsAfter(tokens),
    brands: brandLabels(tokens),
    withinRun: ends.within,
    sports: isSportsStory(tokens),
    rulesElsewhere: typeElsewhere(tokens, ruleLabels),
    // A word the article also writes in lower case is an everyday word there ("Police said" / "the police").
    lowerInArticle: new Set(tokens.filter(t => t.kind === 'word' && !/\p{Lu}/u.test(t.text)).map(t => t.lower)),
    runs: runPositions(tokens),
    teamCities: teamCities(tokens),
  };
  return firstPass ? withFirstPass(context, firstPass) : context;
}

/** The same article as the second pass reads it: with the first pass's labels, here and elsewhere. */
export function withFirstPass(context: ArticleContext, firstPass: FirstPass): ArticleContext {
  return { ...context, firstElsewhere: typeElsewhere(context.tokens, firstPass), firstPass };
}

/** One sentence as the features read it: its tokens, their shapes, whether it is a headline or in capitals. */
export interface SentenceContext {
  first: number;
  span: Token[];
  shapes: string[];
  headline: boolean;
  allCaps: boolean;
}

export function sentenceContexts(doc: TokenizedText): SentenceContext[] {
  const contexts: SentenceContext[] = [];
  for (const sentence of doc.sentences) {
    const span = doc.tokens.slice(sentence.first, sentence.last);
    if (span.length === 0) continue;
    const words = span.filter(t => t.kind === 'word');
    const capitalised = words.filter(isCapitalised).length;
    contexts.push({
      first: sentence.first,
      span,
      shapes: mapped(span, t => shape(t.text)),
      headline: words.length >= 3 && capitalised / words.length > 0.7,
      allCaps: words.length >= 2 && words.every(t => t.text === t.text.toUpperCase()),
    });
  }
  return contexts;
}

/** The features of token `i` of a sentence that are neither its word's own nor its neighbours' words. */
export function positionFeatures(a: ArticleContext, s: SentenceContext, i: number, emit: Emit): void {
  const { span, shapes } = s;
  const t = span[i];
  const at = s.first + i;
  const lower = t.lower;
  const bare = lower.replace(POSSESSIVE, '');
  const sh = shapes[i];
  const word = (k: number): string => (k < 0 ? '<s>' : k >= span.length ? '</s>' : span[k].lower);
  const shapeAt = (k: number): string => (k < 0 ? '<s>' : k >= span.length ? '</s>' : shapes[k]);
  emit('ss', `${shapeAt(i - 1)}|${sh}|${shapeAt(i + 1)}`);
  emit('w-1w', `${word(i - 1)}|${lower}`);
  emit('ww+1', `${lower}|${word(i + 1)}`);
  if (i === 0) {
    emit('first');
    emit('first|s', sh);
  }
  if (s.headline) {
    emit('headline');
    emit('headline|s', sh);
  }
  if (s.allCaps) emit('allcaps-line');
  const capitalised = isCapitalised(t);
  if (t.kind === 'word' && capitalised && a.lowerInArticle.has(bare)) emit('lower-elsewhere');
  const gazetteer = a.gazetteer[at];
  if (gazetteer) {
    emit('gz', gazetteer);
    emit('gzt', gazetteer.slice(2));
  }
  const head = a.heads[at];
  if (head) {
    emit('head', head);
    emit('headkind', head.slice(0, head.lastIndexOf('|')));
  }
  const rule = a.ruleLabels[at];
  if (a.sports && capitalised) {
    emit('sport|s', sh);
    emit('sport|gzt', gazetteer.slice(2));
    emit('sport|r', rule);
    emit('sport|s+1', shapeAt(i + 1));
    emit('sport|w-1', word(i - 1));
    if (/s$/.test(lower) && !POSSESSIVE.test(t.text)) emit('sport|plural');
    if (lists().teams.has(bare)) emit('sport|team');
    if (lists().colleges.has(bare)) emit('sport|college', a.runs[at]);
  }
  if (capitalised) {
    // Where it sits in its run of capitalised words, alone and with its lists: a nickname alone ("the Colts")
    // is a name by itself, one closing a run ("Indianapolis Colts") the end of one.
    const run = a.runs[at];
    const { teams, companies, colleges } = lists();
    emit('run', run);
    if (teams.has(bare)) emit('run|team', `${run}|${a.sports}`);
    if (companies.has(bare)) emit('run|company', run);
    if (colleges.has(bare)) emit('run|college', run);
    if (isCommonWord(bare)) emit('run|common', run);
    if (gazetteer) emit('run|gzt', `${run}|${gazetteer.slice(2)}`);
    // Alone here, and inside a longer name elsewhere in the article: that name's last word and its kind.
    const within = run === 'U' ? a.withinRun.get(bare) : undefined;
    if (within) {
      const last = within.slice(2);
      emit('within', within);
      emit('within|kind', `${within[0]}|${headKind(last)}`);
    }
  }
  // A nickname the tokenizer splits after its digits ("76" "ers", "49" "ers").
  const glued = (k: number): boolean =>
    k >= 0 &&
    k + 1 < span.length &&
    span[k].kind === 'number' &&
    span[k].after === '' &&
    lists().teams.has(span[k].lower + span[k + 1].lower);
  if (glued(i)) emit('gluedteam', 'B');
  else if (glued(i - 1)) emit('gluedteam', 'L');
  const brand = a.brands[at];
  if (brand) {
    emit('brand', brand);
    emit('brand|r', `${brand}|${rule.slice(2)}`);
  }
  const noun = a.nounsAfter[at];
  if (noun) {
    emit('orgnoun');
    emit('orgnoun|w', noun);
  }
  const runLast = a.runLasts[at];
  if (runLast) {
    emit('runlast', runLast);
    emit('runlast|kind', `${runLast[0]}|${headKind(runLast.slice(2))}`);
  }
  // In a sports story, a city the article also writes before a team's nickname, standing without it: the team.
  if (capitalised && a.sports && a.teamCities.has(lower) && !lists().teams.has(word(i + 1))) {
    emit('teamcity');
    emit('teamcity|r', rule.slice(2));
  }
  // An acronym ("IBF", "OSCE", "E!") outside a line in capitals, with the words beside it.
  if (t.kind === 'word' && !s.allCaps && ACRONYM.test(t.text)) {
    emit('acr');
    emit('acr|w-1', word(i - 1));
    emit('acr|w+1', word(i + 1));
    emit('acr|gzt', gazetteer.slice(2));
  }
  emit('r', rule);
  emit('r|s', `${rule}|${sh}`);
  emit('r-1', i > 0 ? a.ruleLabels[at - 1] : '<s>');
  emit('r+1', i < span.length - 1 ? a.ruleLabels[at + 1] : '</s>');
  if (rule) {
    emit('rt', rule.slice(2));
    emit('r|first', `${rule}|${i === 0}`);
    emit('r|headline', `${rule}|${s.headline}`);
  }
  if (capitalised) {
    const elsewhere = a.rulesElsewhere.get(bare);
    emit('re', elsewhere ?? '');
    if (elsewhere) emit('re|r', `${elsewhere}|${rule}`);
    if (a.firstElsewhere) {
      const first = a.firstElsewhere.get(bare);
      emit('fe', first ?? '');
      emit('fe|r', `${first ?? ''}|${rule.slice(2)}`);
    }
  }
  if (a.firstPass) {
    emit('f-1', i > 0 ? a.firstPass[at - 1] : '<s>');
    emit('f+1', i < span.length - 1 ? a.firstPass[at + 1] : '</s>');
  }
}

/**
 * The features of every token of the article, sentence by sentence, by name (what the trainer reads; the
 * tagger sums the same features' weights in articleEmissions). `rules` are the rules' mentions;
 * `firstPass`, when given, a label per token from a first pass of the tagger.
 */
export function articleFeatures(
  doc: TokenizedText,
  rules: readonly Mention[],
  firstPass?: FirstPass,
): FeatureSentence[] {
  const article = articleContext(doc, rules, firstPass);
  return sentenceContexts(doc).map(s => {
    const edge = (k: number): [string, string] =>
      k < 0 ? ['<s>', '<s>'] : k >= s.span.length ? ['</s>', '</s>'] : [s.span[k].lower, s.shapes[k]];
    const features = s.span.map((t, i) => {
      const f: string[] = [];
      const named: Emit = (template, value) => f.push(value === undefined ? template : `${template}=${value}`);
      wordFeatures(t, named);
      for (const offset of OFFSETS) neighbourFeatures(...edge(i + Number(offset)), offset, named);
      positionFeatures(article, s, i, named);
      return f;
    });
    return { tokens: s.span, features };
  });
}
