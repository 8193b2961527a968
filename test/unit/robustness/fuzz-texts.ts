// A seeded generator of odd news texts for the fuzz test and `npm run fuzz`: real newswire sentences
// mutated the ways articles arrive broken (emoji, CR line ends, pasted HTML, RTL and CJK, cut in half,
// shouted in capitals, one endless line, spaced the CoNLL way) and word salad built from news words.
import * as fs from 'fs';
import * as path from 'path';
import { SEEDS_DIR, seedNames } from '../seeds';

const FIXTURE = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'newswire-ner.jsonl');

/** A small, fast PRNG (mulberry32): the same seed gives the same texts on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const between = (rand: Random, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

const ASTRAL = ['😀', '🇺🇦', '👩‍👩‍👧', '𝐁𝐁𝐂', '𠀋', '🚀', '\u{1F1EF}\u{1F1F5}', '🏳️‍🌈'];
const RTL = ['موسكو', 'בירושלים', 'الأمم المتحدة', '\u202Eevil\u202C', 'وزير الخارجية سيرغي لافروف'];
const CJK = ['北京', '東京で', '习近平主席', '조선민주주의인민공화국', '、「ロイター」'];
const ODD = [
  '\u0000',
  '\u200B',
  '\u00AD',
  '\uFEFF',
  '\u0301',
  '\t',
  '\f',
  '\uD800',
  '\uDC00',
  '\u2028',
  '\u00A0',
  '\u0007',
];
const HTML = [
  '<p>',
  '</p>',
  '<br/>',
  '&amp;',
  '&nbsp;',
  '<a href="https://example.com">',
  '</a>',
  '<script>alert(1)</script>',
  '<!-- -->',
  '<b>',
];
const WORDS = [
  'North',
  'Korea',
  'Lavrov',
  'said',
  'on',
  'Tuesday',
  'the',
  'Ministry',
  'of',
  'Foreign',
  'Affairs',
  'in',
  'Moscow',
  'President',
  'Joe',
  'Biden',
  'met',
  'U.N.',
  'Security',
  'Council',
  '2017',
  'November',
  '29',
  'Dec.',
  '11',
  'Reuters',
  '(AP)',
  '—',
  'last',
  'week',
  'Mr.',
  'Mrs.',
  'St.',
  'Gen.',
  'Co.',
  'Inc',
  'Ltd',
  'New',
  'York',
  'said.',
  '"',
  '“',
  '”',
  '’s',
  ',',
  '.',
  '?',
  'Kyiv',
  'Zelenskyy',
  'Washington',
  'EU',
  'NATO',
  'de',
  'la',
  'van',
  'der',
  'O’Brien',
  'McDonald',
  'Al-Assad',
  'Jr.',
  'III',
  'yesterday',
  'tomorrow',
  '27/09/2013',
  '2017-12-11',
  '3:30',
  'p.m.',
  'a.m.',
  'spring',
  '1990s',
  'A',
  'I',
  'X',
];

/** Real news texts: the newswire fixture's texts and stretches of the seed articles. */
export function newsTexts(): string[] {
  const fixture = fs
    .readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter(line => line.trim())
    .map(line => (JSON.parse(line) as { text: string }).text);
  const seeds = seedNames().map(name => fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'));
  return [...fixture, ...seeds];
}

export interface FuzzOptions {
  seed: number;
  /** Longest text made (the long-line mutation aside, which may go a little past). */
  maxLength: number;
}

/** The `count` fuzz texts of a seed, one after the other. */
export function* fuzzTexts(count: number, options: FuzzOptions): Generator<string> {
  const rand = random(options.seed);
  const sources = newsTexts();
  for (let i = 0; i < count; i++) {
    let text =
      rand() < 0.15 ? wordSalad(rand, options.maxLength) : excerpt(rand, pick(rand, sources), options.maxLength);
    for (let m = between(rand, 1, 3); m > 0; m--) text = pick(rand, MUTATIONS)(text, rand, options.maxLength);
    yield text;
  }
}

function excerpt(rand: Random, text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const start = between(rand, 0, text.length - maxLength);
  return text.slice(start, start + between(rand, maxLength / 4, maxLength));
}

function wordSalad(rand: Random, maxLength: number): string {
  let text = '';
  while (text.length < maxLength / 2) text += pick(rand, WORDS) + (rand() < 0.9 ? ' ' : '\n');
  return text;
}

type Mutation = (text: string, rand: Random, maxLength: number) => string;

const insertAt = (text: string, rand: Random, piece: string) => {
  // Before a capital letter half of the time: right in front of a name, where offsets go wrong first.
  const capitals = [...text.matchAll(/[A-Z]/g)].map(m => m.index!);
  const at = capitals.length && rand() < 0.5 ? pick(rand, capitals) : between(rand, 0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
};

const MUTATIONS: Mutation[] = [
  (text, rand) => insertAt(insertAt(text, rand, pick(rand, ASTRAL)), rand, pick(rand, ASTRAL)),
  (text, rand) => insertAt(text, rand, pick(rand, RTL) + ' '),
  (text, rand) => insertAt(text, rand, pick(rand, CJK)),
  (text, rand) => insertAt(text, rand, pick(rand, ODD)),
  (text, rand) => text.replace(/\n/g, '\r\n').replace(/\. /g, rand() < 0.5 ? '.\r\n' : '.\r'),
  text => text.replace(/\r?\n/g, '\r'),
  (text, rand) => insertAt(insertAt(text, rand, pick(rand, HTML)), rand, pick(rand, HTML)),
  text => `<html><body><p>${text.replace(/\n/g, '</p><p>')}</p></body></html>`,
  // Cut anywhere, a surrogate pair included.
  (text, rand) => text.slice(between(rand, 0, text.length / 3), between(rand, text.length / 2, text.length)),
  text => text.toUpperCase(),
  text => text.toLowerCase(),
  text => text.replace(/\b\w/g, c => c.toUpperCase()),
  (text, rand, maxLength) =>
    text
      .replace(/\s+/g, ' ')
      .repeat(Math.max(1, Math.floor((maxLength * 3) / Math.max(1, text.length)) * (rand() < 0.5 ? 1 : 0))),
  (text, rand) => {
    const at = between(rand, 0, text.length);
    return text.slice(0, at) + text.slice(at + between(rand, 1, 20));
  },
  (text, rand) =>
    text
      .split(' ')
      .map(word => (rand() < 0.1 ? word + word : word))
      .join(' '),
  (text, rand) =>
    text
      .split(' ')
      .filter(() => rand() > 0.2)
      .join(rand() < 0.5 ? ' ' : '  '),
  text => text.replace(/[.,]/g, ''),
  text => text.replace(/ /g, '\u00A0'),
  text => ` \n\n  ${text}\n\n\n   `,
  (text, rand) => text + ' ' + pick(rand, WORDS),
  () => '',
  (text, rand) => insertAt(text, rand, `${between(rand, 1, 31)}/${between(rand, 1, 12)}/${between(rand, 1900, 2100)} `),
  // Written the CoNLL way ("Japan 's", "said .", "( NYSE : IBM )"), some of its spaces a tab or two spaces, as
  // a table pasted from a corpus reads: offsets that assume one space between tokens go wrong here.
  (text, rand) => {
    const gaps = [' ', ' ', ' ', '\t', '  '];
    return text
      .replace(/(?<=[\p{L}\p{N}])(?=[,.;:!?)"”]|['’]s\b|n['’]t\b)|(?<=[("“$])(?=[\p{L}\p{N}])/gu, ' ')
      .replace(/ /g, () => pick(rand, gaps));
  },
];
