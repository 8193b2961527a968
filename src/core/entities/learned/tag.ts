// The learned tagger at work: two passes of the model in data/ner-model.json over an article, the rules'
// mentions as input, and a confidence for each mention it keeps. The model is decoded on first use.
import type { Mention } from '../../types';
import type { Token, TokenizedText } from '../../text/tokenize';
import { actorKey } from '../../actors/actor-key';
import { filled } from '../../text/arrays';
import { lookupName } from '../gazetteer';
import { brandNames } from './lists';
import { isRoleWord } from '../titles';
import { isContrastWord } from '../coordinations';
import { isCauseLinkInBodysName } from '../candidates';
import { forTagging, readArticle, readingEmissions, type EmissionSentence } from './emissions';
import { LABELS, decodePass, decodeSentence, viterbi, type ModelFile, type Weights } from './model';
import modelFile from '../../data/ner-model.json';

const POSSESSIVE = /['’]s?$/;

let passes: Weights[] | undefined;

function model(): Weights[] {
  const file = modelFile as ModelFile;
  passes ??= file.passes.map(pass => forTagging(decodePass(file, pass)));
  return passes;
}

/** A mention of the tagger, with how sure it is (0–1). */
export type ScoredMention = Mention & { score: number };

/** Whether a trained model ships (a fresh checkout before `npm run train:ner` has none). */
export function hasModel(): boolean {
  return (modelFile as ModelFile).passes.length > 0;
}

/** The persons, organizations and places the model finds in the article, given the rules' mentions. */
export function tagEntities(doc: TokenizedText, rules: readonly Mention[]): ScoredMention[] {
  return tagWith(model(), (modelFile as ModelFile).temperature ?? 1, doc, rules);
}

/** The same with given weights (one pass or two) and the temperature that turns margins into scores. */
export function tagWith(
  passes: Weights[],
  temperature: number,
  doc: TokenizedText,
  rules: readonly Mention[],
): ScoredMention[] {
  const [first, second] = passes;
  const reading = readArticle(doc, rules);
  let sentences = readingEmissions(reading, first);
  let weights = first;
  if (second) {
    sentences = readingEmissions(reading, second, firstPassLabels(doc, sentences, first));
    weights = second;
  }
  const mentions: ScoredMention[] = [];
  for (const sentence of sentences) {
    // Each mention's margin: how much better the best reading is than the best one without it.
    const { spans, margins } = decodeSentence(weights, sentence.emission);
    for (const [k, span] of spans.entries()) {
      const type = span.type as Mention['type'];
      const score = Math.round(1000 / (1 + Math.exp(-margins[k] / temperature))) / 1000;
      for (const part of spanParts(sentence.tokens.slice(span.first, span.last + 1), type)) {
        const mention = toMention(doc.text, part, type);
        if (mention) mentions.push({ ...mention, score });
      }
    }
  }
  return mentions;
}

/** The first pass's label for every token of the article ("" outside mentions), for the second to read. */
function firstPassLabels(doc: TokenizedText, sentences: EmissionSentence[], weights: Weights): string[] {
  const labels = filled(doc.tokens.length, '');
  for (const sentence of sentences)
    viterbi(weights, sentence.emission).labels.forEach((label, i) => {
      if (label !== 0) labels[sentence.first + i] = LABELS[label];
    });
  return labels;
}

// Small words a name holds ("Bank of England", "Port au Prince", "Hospital das Clínicas", "Troms og Finnmark",
// "TMZ. com"), and "por", "para" and "pour" after a body's word ("Union por la Patria").
const NAME_CONNECTORS = new Set(
  'of the and for on in at to de du des la le les los las el al au da di del della dei degli delle dos do das van von der den y e et ng og och und für fur bin bint ibn com sans ten ter zu op vom upon am im an es'.split(
    ' ',
  ),
);

// A name has no everyday word in lower case: the model's span over one ("semiautonomous Puntland", "Troy
// police", "Berlin Wall divided East") holds the names around it. Nor has a place a comma inside: a span
// over one is a list of places ("North, Central" of "North, Central and South America"). An organization's
// may ("Summit Entertainment, LLC").
export function spanParts(tokens: Token[], type: Mention['type']): Token[][] {
  // "th" of "67th" is no word of its own. A place's compass word before "and" is half of a coordination
  // ("East" of "East and West Germany"), which the rules read as its own place.
  const elliptical =
    type === 'place' && tokens.length > 2 && isContrastWord(tokens[0].text) && /^\p{Lu}/u.test(tokens[0].text);
  const connects = (t: Token, i: number) => NAME_CONNECTORS.has(t.lower) || isCauseLinkInBodysName(tokens, i);
  const breaks = (t: Token, i: number) =>
    (/^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text) && !connects(t, i) && tokens[i - 1]?.after !== '') ||
    (type === 'place' && t.text === ',') ||
    // A dash set apart by spaces ends a dateline, not a name: "LEEDS, England — Police said".
    (/^[—–]$/.test(t.text) && t.after !== '' && tokens[i - 1]?.after !== '') ||
    (elliptical && i === 1 && (t.lower === 'and' || t.lower === 'or'));
  if (!tokens.some(breaks)) return [tokens];
  const parts: Token[][] = [[]];
  tokens.forEach((t, i) => {
    if (breaks(t, i)) parts.push([]);
    else parts[parts.length - 1].push(t);
  });
  return parts.filter(part => part.some(t => /\p{Lu}/u.test(t.text)));
}

// A place whose listed name opens with its article: "The Hague" (not "the Netherlands", listed as "Netherlands").
function isNamedWithArticle(text: string, tokens: Token[]): boolean {
  const known = lookupName(text.slice(tokens[0].start, tokens[tokens.length - 1].end));
  return known !== undefined && known.canonical.toLowerCase().startsWith(`${tokens[0].lower} `);
}

// The guidelines' names: no leading "the", no title before a person ("Mr Gaskin" → "Gaskin").
const LEADING = /^(?:the|a|an)$/i;

function toMention(text: string, tokens: Token[], type: Mention['type']): Mention | null {
  while (
    tokens.length > 1 &&
    ((LEADING.test(tokens[0].text) && !isNamedWithArticle(text, tokens)) ||
      (type === 'person' && isRoleWord(tokens[0]) && /^\p{Lu}/u.test(tokens[1].text)))
  )
    tokens = tokens.slice(1);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const whole = text.slice(first.start, last.end);
  // A possessive ends the name, unless the name is written with it: "Moody's", "McDonald's".
  const ownPossessive =
    type === 'organization' && (lookupName(whole) !== undefined || brandNames().has(whole.toLowerCase()));
  const possessive = last.text.length > 2 && !ownPossessive ? (POSSESSIVE.exec(last.text)?.[0].length ?? 0) : 0;
  const end = last.end - possessive;
  const name = text.slice(first.start, end);
  if (name.length < 1 || !/[\p{L}\p{N}]/u.test(name)) return null;
  const known = lookupName(name);
  return {
    start: first.start,
    end,
    text: name,
    type,
    actorKey: actorKey(type, known?.type === type ? known.canonical : name),
  };
}
