// Splits an article into word, number and punctuation tokens with offsets, and the tokens into sentences.
import type { Span } from '../types';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  kind: TokenKind;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  /** Text between this token and the next one ("" when they touch). */
  after: string;
}

export interface Sentence extends Span {
  /** Index of the sentence's first token in the article's token list, and one past its last. */
  first: number;
  last: number;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// A word may hold inner apostrophes, hyphens, dots and ampersands ("Russia’s", "al-Assad", "U.S", "AT&T");
// a final dot is kept only for abbreviations, decided below.
const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’.&-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)(\.?)|(\p{N}(?:[\p{N},.:]*\p{N})?)|(\S)/gu;

// Titles never end a sentence; another abbreviation does when a typical sentence opener follows
// ("… in Rancho Mirage, Calif. He said").
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'prof',
  'st',
  'ste',
  'mt',
  'ft',
]);

// Abbreviations whose dot is part of the word, so it ends no sentence ("Gen. Milley", "Rancho Mirage, Calif.").
const ABBREVIATIONS = new Set([
  ...TITLES,
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'vs',
  'ave',
  'blvd',
  'dept',
  'univ',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
]);

// Words that typically open a sentence: after one, an abbreviation other than a title ends the sentence.
const SENTENCE_OPENERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'after',
  'before',
  'his',
  'her',
  'their',
  'its',
  'there',
  'when',
  'while',
  'as',
  'if',
]);

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']']);

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index!;
    if (match[1] !== undefined) {
      const word = match[1];
      const keepsDot = match[2] === '.' && (isAbbreviation(word) || isNumberSign(word, text, start + word.length));
      // A photo credit glued to the caption ("DOMINICK REUTERRussian Foreign Minister") is two words; two
      // capitals before a word are a name of their own ("JPMorgan").
      const glued = /^\p{Lu}{3,}(?=\p{Lu}\p{Ll}{2,}$)/u.exec(word);
      if (glued) pushToken(tokens, text, start, start + glued[0].length, 'word');
      pushToken(tokens, text, start + (glued?.[0].length ?? 0), start + word.length + (keepsDot ? 1 : 0), 'word');
      if (match[2] === '.' && !keepsDot) pushToken(tokens, text, start + word.length, start + word.length + 1, 'punct');
    } else {
      pushToken(tokens, text, start, start + match[0].length, match[3] !== undefined ? 'number' : 'punct');
    }
  }
  for (let i = 0; i < tokens.length; i++)
    tokens[i].after = text.slice(tokens[i].end, tokens[i + 1]?.end === undefined ? text.length : tokens[i + 1].start);
  return { text, tokens, sentences: splitSentences(text, tokens) };
}

function pushToken(tokens: Token[], text: string, start: number, end: number, kind: TokenKind): void {
  const value = text.slice(start, end);
  tokens.push({ start, end, text: value, kind, lower: value.toLowerCase(), after: '' });
}

const WEB_ADDRESS = /\.(?:com|org|net|gov|edu|io|info|biz|co\.uk|ai|tv)$/i;

function isAbbreviation(word: string): boolean {
  // "U.S", "a.m" and single initials ("J. Smith") keep their dot, as do the listed short forms; a web
  // address does not ("told People.com. The actress …").
  if (WEB_ADDRESS.test(word)) return false;
  return word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

// "No. 5" keeps its dot; "said no." does not.
function isNumberSign(word: string, text: string, dot: number): boolean {
  return /^no$/i.test(word) && /^\.\s?\d/.test(text.slice(dot, dot + 3));
}

function endsWithAbbreviation(token: Token, next: Token | undefined): boolean {
  if (token.kind !== 'word' || !token.text.endsWith('.') || !next) return false;
  return !TITLES.has(token.lower.slice(0, -1)) && /^\p{Lu}/u.test(next.text) && SENTENCE_OPENERS.has(next.lower);
}

function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let end = i;
    const endsWithPunctuation = SENTENCE_END.has(token.text) || endsWithAbbreviation(token, tokens[i + 1]);
    if (endsWithPunctuation)
      while (end + 1 < tokens.length && CLOSING.has(tokens[end + 1].text) && !tokens[end].after) end++;
    const next = tokens[end + 1];
    const lineBreak = /[\n\r]/.test(tokens[end].after);
    const boundary =
      !next || lineBreak || (endsWithPunctuation && /\s/.test(tokens[end].after) && startsSentence(next));
    if (!boundary) continue;
    sentences.push({
      start: tokens[first].start,
      end: tokens[end].end,
      text: text.slice(tokens[first].start, tokens[end].end),
      first,
      last: end + 1,
    });
    first = end + 1;
    i = end;
  }
  return sentences;
}

function startsSentence(token: Token): boolean {
  return /^[\p{Lu}\p{N}"“‘'([«—-]/u.test(token.text);
}
