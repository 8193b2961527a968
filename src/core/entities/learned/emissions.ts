// The tagger's per-token scores without naming every feature of every token: what a word contributes by
// itself and to its neighbours is summed once per distinct word and kept, so re-reading an article (each
// keystroke) or a common word costs one look-up; only the features that depend on the token's place in
// its sentence and article are named and looked up each time. Sums equal emissions(articleFeatures(…)).
import type { Mention } from '../../types';
import type { Token, TokenizedText } from '../../text/tokenize';
import {
  articleContext,
  positionFeatures,
  sentenceContexts,
  withFirstPass,
  type ArticleContext,
  type FirstPass,
  type SentenceContext,
} from './features';
import { neighbourFeatures, OFFSETS, wordFeatures, type Emit } from './word-features';
import { LABEL_COUNT, type Weights } from './model';
import { mapped } from '../../text/arrays';

/** One sentence's tokens, where the first sits in the article, and each token's score per label. */
export interface EmissionSentence {
  first: number;
  tokens: Token[];
  emission: Float32Array[];
}

/**
 * What a word adds to its own scores (the first LABEL_COUNT numbers), then to the scores of the token that
 * reads it at each offset (LABEL_COUNT each, in OFFSETS' order): one array, to keep the cache small.
 */
interface WordWeights {
  kind: Token['kind'];
  scores: Float32Array;
}

// A feature weighs two labels of the 17 on average: the tagger adds only those. Per weights (a model's pass),
// each feature's pairs of label and weight sit in `labels` and `weights` from the feature's offset up to
// END; the offsets are found by template and value ("r" → "B-person"), or by name for a flag ("first").
const END = 255;

interface SparseWeights {
  values: Map<string, Map<string, number>>;
  flags: Map<string, number>;
  labels: Uint8Array;
  weights: Float32Array;
}
const sparse = new WeakMap<Weights, SparseWeights>();

function sparseWeights(weights: Weights): SparseWeights {
  let found = sparse.get(weights);
  if (found) return found;
  let size = 0;
  for (const w of weights.features.values()) size += 1 + w.filter(x => x !== 0).length;
  const labels = new Uint8Array(size);
  const amounts = new Float32Array(size);
  found = { values: new Map(), flags: new Map(), labels, weights: amounts };
  let at = 0;
  for (const [name, w] of weights.features) {
    const offset = at;
    w.forEach((x, y) => {
      if (x === 0) return;
      labels[at] = y;
      amounts[at++] = x;
    });
    labels[at++] = END;
    const equals = name.indexOf('=');
    if (equals < 0) {
      found.flags.set(name, offset);
      continue;
    }
    const template = name.slice(0, equals);
    let byValue = found.values.get(template);
    if (!byValue) found.values.set(template, (byValue = new Map()));
    byValue.set(name.slice(equals + 1), offset);
  }
  sparse.set(weights, found);
  return found;
}

/**
 * The weights as the tagger keeps them: the sparse form and the transitions, without the named weights (some
 * 3 MB a pass in each worker), so the trainer's `emissions` cannot read them.
 */
export function forTagging(weights: Weights): Weights {
  const tagging: Weights = { features: new Map(), transitions: weights.transitions };
  sparse.set(tagging, sparseWeights(weights));
  return tagging;
}

function addSparse(into: Float32Array, s: SparseWeights, offset: number | undefined): void {
  if (offset === undefined) return;
  for (let k = offset; s.labels[k] !== END; k++) into[s.labels[k]] += s.weights[k];
}

// Per weights (a model's pass), its words, in two generations: a word read again moves to the recent one,
// and when that is full the older is dropped, so the article's and the language's common words stay.
// Each word holds some 400 bytes: on 20× ECB+ two CLI workers peaked at 303 MB with 20,000 of them, past the
// 300 MB target, and with the larger model of round 14 at 299 MB with 12,000 and 287 MB with 8,000, in the
// same time (118 s).
interface WordCache {
  recent: Map<string, WordWeights>;
  older: Map<string, WordWeights>;
}
const caches = new WeakMap<Weights, WordCache>();
const CACHE_LIMIT = 8_000;

// Adds each feature's weights into `into`, looked up by template and value.
function adder(s: SparseWeights, into: Float32Array): Emit {
  return (template, value) =>
    addSparse(into, s, value === undefined ? s.flags.get(template) : s.values.get(template)?.get(value));
}

function readings(weights: SparseWeights, lower: string, wordShape: string, into: Float32Array): Float32Array {
  OFFSETS.forEach((offset, o) =>
    neighbourFeatures(
      lower,
      wordShape,
      offset,
      adder(weights, into.subarray((o + 1) * LABEL_COUNT, (o + 2) * LABEL_COUNT)),
    ),
  );
  return into;
}

function wordWeights(weights: SparseWeights, cache: WordCache, t: Token, wordShape: string): WordWeights {
  let found = cache.recent.get(t.text);
  if (found && found.kind === t.kind) return found;
  found = cache.older.get(t.text);
  if (!found || found.kind !== t.kind) {
    const scores = new Float32Array(LABEL_COUNT * (OFFSETS.length + 1));
    wordFeatures(t, adder(weights, scores.subarray(0, LABEL_COUNT)));
    found = { kind: t.kind, scores: readings(weights, t.lower, wordShape, scores) };
  }
  if (cache.recent.size >= CACHE_LIMIT / 2) {
    cache.older = cache.recent;
    cache.recent = new Map();
  }
  cache.recent.set(t.text, found);
  return found;
}

const STEPS = OFFSETS.map(Number);

function add(into: Float32Array, w: Float32Array, from = 0): void {
  for (let y = 0; y < LABEL_COUNT; y++) into[y] += w[from + y];
}

/** What both passes read of an article besides its words, worked out once: the second adds the first's labels. */
export interface ArticleReading {
  article: ArticleContext;
  sentences: SentenceContext[];
}

export function readArticle(doc: TokenizedText, rules: readonly Mention[]): ArticleReading {
  return { article: articleContext(doc, rules), sentences: sentenceContexts(doc) };
}

/** Every sentence's emissions under `weights`, from the rules' mentions and (second pass) a first pass's labels. */
export function articleEmissions(
  doc: TokenizedText,
  rules: readonly Mention[],
  weights: Weights,
  firstPass?: FirstPass,
): EmissionSentence[] {
  return readingEmissions(readArticle(doc, rules), weights, firstPass);
}

/** The same from an article already read (`readArticle`). */
export function readingEmissions(reading: ArticleReading, weights: Weights, firstPass?: FirstPass): EmissionSentence[] {
  let words = caches.get(weights);
  if (!words) caches.set(weights, (words = { recent: new Map(), older: new Map() }));
  const byOffset = sparseWeights(weights);
  const edges = new Map<string, Float32Array>();
  const edge = (marker: string): Float32Array => {
    let found = edges.get(marker);
    if (!found)
      edges.set(
        marker,
        (found = readings(byOffset, marker, marker, new Float32Array(LABEL_COUNT * (OFFSETS.length + 1)))),
      );
    return found;
  };
  const article = firstPass ? withFirstPass(reading.article, firstPass) : reading.article;
  const { values, flags } = byOffset;
  let scores: Float32Array = new Float32Array(LABEL_COUNT);
  const emit = (template: string, value?: string): void =>
    addSparse(scores, byOffset, value === undefined ? flags.get(template) : values.get(template)?.get(value));
  return reading.sentences.map(s => {
    const n = s.span.length;
    const known = mapped(s.span, (t, i) => wordWeights(byOffset, words, t, s.shapes[i]));
    // One buffer per sentence: a typed array of a token's 17 floats is past V8's size for one on its heap.
    const block = new Float32Array(n * LABEL_COUNT);
    const emission = mapped(s.span, (_, i) => {
      scores = block.subarray(i * LABEL_COUNT, (i + 1) * LABEL_COUNT);
      add(scores, known[i].scores);
      for (let o = 0; o < STEPS.length; o++) {
        const at = i + STEPS[o];
        const from = (o + 1) * LABEL_COUNT;
        add(scores, at < 0 ? edge('<s>') : at >= n ? edge('</s>') : known[at].scores, from);
      }
      positionFeatures(article, s, i, emit);
      return scores;
    });
    return { first: s.first, tokens: s.span, emission };
  });
}
