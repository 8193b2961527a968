// Labels read from the whole article once, one per token, for the tagger's features to look up: the
// mentions' BILOU labels, the longest listed name or brand at each token, where a token sits in its run of
// capitalised words and how that run ends, whether the story is about sport, and a word's type elsewhere.
import type { Token } from '../../text/tokenize';
import { filled } from '../../text/arrays';
import { lookupName } from '../gazetteer';
import { isOrganizationHeadWord } from '../head-words';
import { ORGANIZATION_NOUNS, ORGANIZATION_TAILS, brandNames, headKind, lists } from './lists';
import { POSSESSIVE, isCapitalised } from './word-features';

/** The label (BILOU-type) that `mentions` give each token: "B-person", "U-place", or "" outside them. */
export function spanLabels(
  tokens: Token[],
  mentions: readonly { start: number; end: number; type: string }[],
): string[] {
  const labels = filled(tokens.length, '');
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
export function gazetteerLabels(tokens: Token[]): string[] {
  const labels = filled(tokens.length, '');
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
        const whole = tokens
          .slice(i, end)
          .map((t, k) => t.text + (k < end - i - 1 ? t.after : ''))
          .join('');
        // A name written with its possessive ("Moody's") is listed with it; any other, without.
        const known =
          /\p{Lu}/u.test(tokens[i].text) && last.kind !== 'punct'
            ? (lookupName(whole.replace(POSSESSIVE, '')) ?? (POSSESSIVE.test(whole) ? lookupName(whole) : undefined))
            : undefined;
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
export function brandLabels(tokens: Token[]): string[] {
  const labels = filled(tokens.length, '');
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
export function isSportsStory(tokens: Token[]): boolean {
  let count = 0;
  for (const t of tokens) if (SPORTS_WORDS.has(t.lower) && ++count >= 3) return true;
  return false;
}

/**
 * Per token inside a run of capitalised words (with small connectors: "Bank of Korea"), the kind of the
 * run's last word: "org" or "place" when it is such a head word ("Betty Ford Center" → place for all three
 * tokens, "Sheriff's Department" → org), else "" — so a name's first word already knows how it ends.
 */
export function runHeads(tokens: Token[]): string[] {
  const heads = filled(tokens.length, '');
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
export function nounsAfter(tokens: Token[]): string[] {
  const after = filled(tokens.length, '');
  const continues = (end: number, start: number) =>
    end - start < 8 &&
    (isCapitalised(tokens[end]) || tokens[end].lower === 'and' || tokens[end].text === ',' || tokens[end].text === '&');
  for (const [start, end] of capitalisedRuns(tokens, continues)) {
    let next = end < tokens.length ? tokens[end].lower : '';
    if (next === 'crime' && end + 1 < tokens.length) next = tokens[end + 1].lower;
    const noun = ORGANIZATION_NOUNS.has(next) || isOrganizationHeadWord(next) || ORGANIZATION_TAILS.has(next);
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
export function runEnds(tokens: Token[]): { lasts: string[]; within: Map<string, string> } {
  const lasts = filled(tokens.length, '');
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
export function runPositions(tokens: Token[]): string[] {
  const runs = filled(tokens.length, '');
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
export function teamCities(tokens: Token[]): Set<string> {
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
export function typeElsewhere(tokens: Token[], labels: readonly string[]): Map<string, string> {
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
