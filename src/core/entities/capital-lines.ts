// A wire story's lines in capitals ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.") written
// back in the case prose gives their words, so that capitals no longer say "a name" of every word.
import { tokenize, type Token, type TokenizedText } from '../text/tokenize';
import { isCommonWord } from '../text/lexicon';
import { lookupName } from './gazetteer';

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]S$/u;
const POSSESSIVE_LOWER = /['’]s$/u;

/**
 * The article as the rules and the tagger read it: a headline's topic slug apart from its first word, its lines
 * in capitals re-cased, else the article itself.
 */
export function readInStoryCase(doc: TokenizedText): TokenizedText {
  const apart = withSlugsApart(doc.text);
  const read = apart === doc.text ? doc : tokenize(apart);
  const cased = withCapitalLinesCased(read.text, read.tokens);
  return cased === read.text ? read : tokenize(cased);
}

// A wire headline's topic, glued by a hyphen to its first word ("CRICKET-India beat Australia", "UPDATE 2-Oil
// rises", "STOCKS-Wall St ends higher").
const SLUG =
  /^([ \t]*(?:UPDATE[ \t]+\d+|SOCCER|FOOTBALL|CRICKET|RUGBY(?:[ \t]+(?:UNION|LEAGUE))?|TENNIS|GOLF|ATHLETICS|CYCLING|BOXING|MOTOR[ \t]+RACING|MOTORSPORT|BASKETBALL|BASEBALL|ICE[ \t]+HOCKEY|HOCKEY|SWIMMING|SKIING|OLYMPICS|STOCKS|MARKETS|FOREX|BONDS|OIL|GOLD|METALS|GRAINS|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|WRAPUP(?:[ \t]+\d+)?|RPT|CORRECTED))-(?=\p{Lu})/gmu;

/** The text with each such hyphen a space, letter for letter in place (the offsets hold). */
export function withSlugsApart(text: string): string {
  return text.replace(SLUG, (_, slug: string) => `${slug} `);
}

/**
 * The text with every line in capitals re-cased word by word, each letter in place (the offsets hold): a
 * word as the article writes it elsewhere ("JAPAN" → "Japan", "WIN" → "win"), else an everyday word in
 * lower case, a short word kept (an acronym: "UN", "NBA"), any other with one capital ("SHEARER" →
 * "Shearer"); a line's first word starts with a capital. A line in capitals has no lower-case letter and a
 * word of two letters or more.
 */
export function withCapitalLinesCased(text: string, tokens: readonly Token[]): string {
  const lines = capitalLines(text);
  if (lines.length === 0) return text;
  // Per token, the line in capitals it is on (tokens and lines are both in text order), or -1.
  const lineOf: number[] = [];
  let next = 0;
  for (const t of tokens) {
    while (next < lines.length && lines[next][1] < t.end) next++;
    lineOf.push(next < lines.length && t.start >= lines[next][0] ? next : -1);
  }
  const body = tokens.filter((_, i) => lineOf[i] < 0);
  const forms = bodyForms(body);
  const pairs = bodyPairs(body);
  const cased = tokens.map((t, i) =>
    lineOf[i] < 0 || t.kind !== 'word' ? t.text : casedWord(t.text, forms, i === 0 || lineOf[i - 1] !== lineOf[i]),
  );
  // Two words the article writes as one name ("New Zealand", "Mt Cook") take its case, though "new" alone is
  // lower case there.
  // So do two or three the gazetteer lists ("NEW ZEALAND'S" → "New Zealand's", "NEW YORK CITY").
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (lineOf[i] < 0 || lineOf[i + 1] !== lineOf[i] || !/^[ \t]+$/.test(tokens[i].after)) continue;
    const second = tokens[i + 1].lower.replace(POSSESSIVE_LOWER, '');
    const pair = pairs.get(`${tokens[i].lower} ${second}`);
    if (pair) {
      cased[i] = pair[0];
      cased[i + 1] = pair[1] + tokens[i + 1].lower.slice(second.length);
      continue;
    }
    for (const n of [3, 2]) {
      const words = tokens.slice(i, i + n);
      if (words.length < n || words.some((w, k) => lineOf[i + k] !== lineOf[i] || w.kind !== 'word')) continue;
      const phrase = words.map((w, k) => capitalized(k === n - 1 ? w.lower.replace(POSSESSIVE_LOWER, '') : w.lower));
      if (words.slice(0, -1).some(w => !/^[ \t]+$/.test(w.after)) || !lookupName(phrase.join(' '))) continue;
      words.forEach((w, k) => (cased[i + k] = phrase[k] + w.lower.slice(phrase[k].length)));
      break;
    }
  }
  const out = text.split('');
  tokens.forEach((t, i) => {
    if (lineOf[i] < 0 || cased[i].length !== t.text.length) return;
    for (let k = 0; k < t.text.length; k++) out[t.start + k] = cased[i][k];
  });
  return out.join('');
}

/** Each line in capitals as [start, end). */
export function capitalLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (!LOWER.test(line) && /\p{Lu}{2}/u.test(line)) lines.push([start, start + line.length]);
    start += line.length + 1;
  }
  return lines;
}

/**
 * Per word in lower case, the way the article writes it most often outside its lines in capitals, where no
 * sentence's start gives it its capital ("Summaries of Dutch first division matches").
 */
function bodyForms(tokens: readonly Token[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !LOWER.test(t.text) || opensSentence(tokens, i)) continue;
    const of = counts.get(t.lower) ?? new Map<string, number>();
    of.set(t.text, (of.get(t.text) ?? 0) + 1);
    counts.set(t.lower, of);
  }
  const forms = new Map<string, string>();
  for (const [lower, of] of counts) forms.set(lower, [...of].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return forms;
}

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !previous || previous.after.includes('\n') || /^[.!?:"“]$/.test(previous.text);
}

/** Per two words in lower case, the way the article writes them in a name (both with a capital). */
function bodyPairs(tokens: readonly Token[]): Map<string, [string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (a.kind !== 'word' || b.kind !== 'word' || !/^[ \t]+$/.test(a.after)) continue;
    if (/^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text) && LOWER.test(a.text + b.text))
      pairs.set(`${a.lower} ${b.lower}`, [a.text, b.text]);
  }
  return pairs;
}

function casedWord(word: string, forms: ReadonlyMap<string, string>, first: boolean): string {
  const lower = word.toLowerCase();
  const known = forms.get(lower);
  if (known) return first ? capitalized(known) : known;
  const possessive = POSSESSIVE.exec(word);
  if (possessive) return casedWord(word.slice(0, -2), forms, first) + possessive[0].toLowerCase();
  if (isCommonWord(lower) || isEverydayCompound(lower)) return first ? capitalized(lower) : lower;
  // A short unknown word is more likely an acronym ("UN", "NBA", "ETA") than a name in capitals.
  if (word.length <= 3 || !LETTER.test(word) || word.includes('.')) return word;
  return capitalized(lower);
}

// "West-ham" would read as one name with a lower-case part: each part of a hyphenated word gets its capital.
function capitalized(word: string): string {
  return word.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

// "HIGH-PROFILE", "35-YEAR-OLD", "EX-GIRLFRIEND": a hyphenated word of everyday words with a figure or an
// everyday first part is no name; "SUN-TIMES" and "STAR-TELEGRAM" may be a newspaper's.
const COMPOUND_OPENERS = new Set(
  'ex high low well self non anti pre post co all half one two three four five first second third top long short full part so'.split(
    ' ',
  ),
);
function isEverydayCompound(lower: string): boolean {
  const parts = lower.split('-');
  if (parts.length < 2 || !parts.every(p => /^\d+$/.test(p) || (p.length > 0 && isCommonWord(p)))) return false;
  return parts.some(p => /^\d+$/.test(p)) || COMPOUND_OPENERS.has(parts[0]) || parts[parts.length - 1] === 'old';
}
