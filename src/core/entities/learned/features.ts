// What the learned tagger sees of each token: the word, its shape, affixes and neighbours; the lists it is
// on; the rules' own decision; and what the same word is elsewhere in the article (Ratinov & Roth 2009's
// non-local features: the rules' types there and, in the second pass, the first pass's labels there).
import type { Mention } from '../../types';
import type { Token, TokenizedText } from '../../text/tokenize';
import { isCommonWord } from '../../text/lexicon';
import { lookupName } from '../gazetteer';
import { ORGANIZATION_HEADS } from '../head-words';
import { ORGANIZATION_NOUNS, ORGANIZATION_TAILS, brandNames, headKind, lists } from './lists';
import { OFFSETS, POSSESSIVE, isCapitalised, neighbourFeatures, shape, wordFeatures } from './word-features';

/** One sentence's tokens and, per token, the names of the features that fire on it. */
export interface FeatureSentence {
  tokens: Token[];
  features: string[][];
}

/** Per token of the whole article, the type a first pass gave it ("" for none): the second pass reads these. */
export type FirstPass = string[];

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

const ACRONYM = /^\p{Lu}[\p{Lu}&!]{1,5}$/u;

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

const LONGEST_BRAND = 4; // tokens: "Sam's Club", "Marks & Spencer"

/** Per token inside a brand's name that starts with a capital ("Waitrose", "Rite Aid"), its BILOU position. */
function brandLabels(tokens: Token[]): string[] {
  const labels = tokens.map(() => '');
  const names = brandNames();
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    if (isCapitalised(tokens[i]))
      for (let end = Math.min(tokens.length, i + LONGEST_BRAND); end > i && !matched; end--) {
        const last = tokens[end - 1];
        if (last.kind !== 'word' || (end - 2 >= i && tokens[end - 2].after === '\n')) continue;
        let phrase = '';
        for (let k = i; k < end; k++) phrase += tokens[k].lower + (k < end - 1 ? tokens[k].after : '');
        if (names.has(phrase) || names.has(phrase.replace(POSSESSIVE, ''))) matched = end - i;
      }
    for (let k = i; k < i + matched; k++)
      labels[k] = matched === 1 ? 'U' : k === i ? 'B' : k === i + matched - 1 ? 'L' : 'I';
    i += matched || 1;
  }
  return labels;
}

// Words that make an article a sports story, where a city, a state or a college names a team ("Indianapolis
// beat Kansas City") and a plural nickname is a team ("the Colts").
const SPORTS_WORDS = new Set(
  (
    'game games season seasons coach coaches quarterback touchdown touchdowns playoff playoffs league basketball ' +
    'football baseball hockey soccer innings inning rebounds tournament championship halftime overtime roster ' +
    'nfl nba mlb nhl ncaa pitcher pitchers goalkeeper striker teammates teammate unbeaten undefeated standings ' +
    'fixture fixtures boxing heavyweight middleweight welterweight knockout bout rushing yards pitch homer sideline'
  ).split(' '),
);

/** Whether the article talks sport: at least three sports words among its tokens. */
function isSportsStory(tokens: Token[]): boolean {
  let count = 0;
  for (const t of tokens) if (SPORTS_WORDS.has(t.lower) && ++count >= 3) return true;
  return false;
}

/**
 * Per token inside a run of capitalised words (with small connectors: "Bank of Korea"), the kind of the
 * run's last word: "org" or "place" when it is such a head word ("Betty Ford Center" → place for all three
 * tokens, "Sheriff's Department" → org), else "" — so a name's first word already knows how it ends.
 */
function runHeads(tokens: Token[]): string[] {
  const heads = tokens.map(() => '');
  for (const [start, end] of nameRuns(tokens)) {
    const last = tokens[end - 1].lower.replace(POSSESSIVE, '');
    const kind = headKind(last);
    if (kind && end - start > 1)
      for (let k = start; k < end; k++) heads[k] = `${kind}|${k === end - 1 ? 'L' : 'I'}|${last}`;
  }
  return heads;
}

/**
 * Per capitalised token, the first lower-case word after its run of names (skipping "and", commas and
 * further names: "Interior and Commerce departments"), when that word is an organization's noun or head.
 */
function nounsAfter(tokens: Token[]): string[] {
  const after = tokens.map(() => '');
  const continues = (end: number, start: number) =>
    end - start < 8 &&
    (isCapitalised(tokens[end]) || tokens[end].lower === 'and' || tokens[end].text === ',' || tokens[end].text === '&');
  for (const [start, end] of capitalisedRuns(tokens, continues)) {
    let next = end < tokens.length ? tokens[end].lower : '';
    if (next === 'crime' && end + 1 < tokens.length) next = tokens[end + 1].lower;
    const noun = ORGANIZATION_NOUNS.has(next) || ORGANIZATION_HEADS.has(next) || ORGANIZATION_TAILS.has(next);
    if (noun && end < tokens.length && !isCapitalised(tokens[end]))
      for (let k = start; k < end; k++) if (isCapitalised(tokens[k])) after[k] = next;
  }
  return after;
}

/** The runs of capitalised words with small connectors inside ("Bank of Korea"), as `[start, end)`. */
function nameRuns(tokens: Token[]): Generator<[number, number]> {
  const continues = (end: number) =>
    isCapitalised(tokens[end]) ||
    (end + 1 < tokens.length && CONNECTORS.has(tokens[end].lower) && isCapitalised(tokens[end + 1]));
  return capitalisedRuns(tokens, continues);
}

/**
 * Per token of a run of two words or more, the run's last word ("I|post" for "New" and "York" of "New York
 * Post", "L|post" for "Post"); and per word, the same for where the article writes it inside such a run,
 * so a word standing alone ("the Post", "Ford") knows the longer name it belongs to.
 */
function runEnds(tokens: Token[]): { lasts: string[]; within: Map<string, string> } {
  const lasts = tokens.map(() => '');
  const within = new Map<string, string>();
  for (const [start, end] of nameRuns(tokens)) {
    if (end - start < 2) continue;
    const last = tokens[end - 1].lower.replace(POSSESSIVE, '');
    for (let k = start; k < end; k++) {
      const role = k === end - 1 ? 'L' : 'I';
      lasts[k] = `${role}|${last}`;
      if (isCapitalised(tokens[k])) {
        const word = tokens[k].lower.replace(POSSESSIVE, '');
        if (!within.has(word)) within.set(word, `${role}|${last}`);
      }
    }
  }
  return { lasts, within };
}

/** Per capitalised token, where it sits in its run of capitalised words: "U" alone, else "B", "I", "L". */
function runPositions(tokens: Token[]): string[] {
  const runs = tokens.map(() => '');
  const continues = (end: number) => isCapitalised(tokens[end]) && tokens[end - 1].after !== '\n';
  for (const [start, end] of capitalisedRuns(tokens, continues)) {
    for (let k = start; k < end; k++) runs[k] = end - start === 1 ? 'U' : k === start ? 'B' : k === end - 1 ? 'L' : 'I';
  }
  return runs;
}

/** The runs `[start, end)` that begin at a capitalised token and go on while `continues(end, start)` holds. */
function* capitalisedRuns(
  tokens: Token[],
  continues: (end: number, start: number) => boolean,
): Generator<[number, number]> {
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && continues(end, i)) end++;
    yield [i, end];
    i = end;
  }
}

/** The words of the capitalised runs the article writes before a team nickname ("Indianapolis" of "Indianapolis Colts"). */
function teamCities(tokens: Token[]): Set<string> {
  const cities = new Set<string>();
  const { teams } = lists();
  tokens.forEach((t, i) => {
    if (!isCapitalised(t) || !teams.has(t.lower.replace(POSSESSIVE, ''))) return;
    for (let k = i - 1; k >= 0 && k >= i - 3 && isCapitalised(tokens[k]) && !teams.has(tokens[k].lower); k--)
      cities.add(tokens[k].lower);
  });
  return cities;
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
  return {
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
    firstElsewhere: firstPass ? typeElsewhere(tokens, firstPass) : undefined,
    firstPass,
    // A word the article also writes in lower case is an everyday word there ("Police said" / "the police").
    lowerInArticle: new Set(tokens.filter(t => t.kind === 'word' && !/\p{Lu}/u.test(t.text)).map(t => t.lower)),
    runs: runPositions(tokens),
    teamCities: teamCities(tokens),
  };
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
      shapes: span.map(t => shape(t.text)),
      headline: words.length >= 3 && capitalised / words.length > 0.7,
      allCaps: words.length >= 2 && words.every(t => t.text === t.text.toUpperCase()),
    });
  }
  return contexts;
}

/**
 * Receives a feature as its template and value ("r", "B-person" for "r=B-person"), or a flag alone
 * ("first"): the trainer joins them into names, the tagger looks the value up under its template without
 * building the name (most values are strings the article already holds).
 */
export type Emit = (template: string, value?: string) => void;

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
      const f = wordFeatures(t);
      for (const offset of OFFSETS) f.push(...neighbourFeatures(...edge(i + Number(offset)), offset));
      positionFeatures(article, s, i, (template, value) =>
        f.push(value === undefined ? template : `${template}=${value}`),
      );
      return f;
    });
    return { tokens: s.span, features };
  });
}
