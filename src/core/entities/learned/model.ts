// A linear sequence model over BILOU labels: feature weights per label, label-to-label transition weights,
// Viterbi decoding under BILOU's constraints. The trainer (train.ts) and the tagger share it.
import type { TokenizedText } from '../../text/tokenize';
import type { FeatureSentence } from './features';

/** The entity types the tagger labels; `misc` (nationalities, events, works) is learned but never shown. */
export const TAG_TYPES = ['person', 'organization', 'place', 'misc'] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** O, then B-, I-, L-, U- for each type. */
export const LABELS: readonly string[] = ['O', ...TAG_TYPES.flatMap(t => ['B', 'I', 'L', 'U'].map(p => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;
const START = LABEL_COUNT; // the row of transitions out of the sentence start

const position = (label: number): string => LABELS[label][0];
const typeOf = (label: number): string => LABELS[label].slice(2);

function allows(from: number, to: number): boolean {
  const open = from !== START && (position(from) === 'B' || position(from) === 'I');
  const continues = position(to) === 'I' || position(to) === 'L';
  if (open) return continues && typeOf(from) === typeOf(to);
  return !continues;
}

// Looked up in Viterbi's inner loop: (LABEL_COUNT + 1) × LABEL_COUNT.
const ALLOWED = Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) =>
  allows(Math.floor(i / LABEL_COUNT), i % LABEL_COUNT),
);

/** Whether BILOU allows `to` right after `from` (`from` = START at the sentence start). */
export function allowed(from: number, to: number): boolean {
  return ALLOWED[from * LABEL_COUNT + to];
}

/** Whether a sentence may end on `label`. */
export function canEnd(label: number): boolean {
  return position(label) !== 'B' && position(label) !== 'I';
}

/** Weights: per feature, one weight per label; transitions from each label (and START) to each label. */
export interface Weights {
  features: Map<string, Float32Array>;
  transitions: Float32Array; // (LABEL_COUNT + 1) × LABEL_COUNT
}

export function emptyWeights(): Weights {
  return { features: new Map(), transitions: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT) };
}

/** Per token, the summed weight of its features for each label. */
export function emissions(weights: Weights, features: string[][]): Float32Array[] {
  return features.map(fs => {
    const scores = new Float32Array(LABEL_COUNT);
    for (const f of fs) {
      const w = weights.features.get(f);
      if (w) for (let y = 0; y < LABEL_COUNT; y++) scores[y] += w[y];
    }
    return scores;
  });
}

// Per label, the labels BILOU allows before it (START apart): Viterbi's inner loop walks these only.
const PREDECESSORS: Int8Array[] = Array.from({ length: LABEL_COUNT }, (_, y) =>
  Int8Array.from(Array.from({ length: LABEL_COUNT }, (_, p) => p).filter(p => ALLOWED[p * LABEL_COUNT + y])),
);
const SUCCESSORS: Int8Array[] = Array.from({ length: LABEL_COUNT }, (_, y) =>
  Int8Array.from(Array.from({ length: LABEL_COUNT }, (_, q) => q).filter(q => ALLOWED[y * LABEL_COUNT + q])),
);
const ENDS = Array.from({ length: LABEL_COUNT }, (_, y) => canEnd(y));

/**
 * The best prefix score per token and label, flat (n × LABEL_COUNT), with the label before it on that
 * prefix. `forbid(i, y)`, when given, rules label `y` out at token `i`.
 */
function forward(
  t: Float32Array,
  emission: Float32Array[],
  forbid?: (i: number, y: number) => boolean,
): { best: Float64Array; back: Int8Array } {
  const n = emission.length;
  const L = LABEL_COUNT;
  const best = new Float64Array(n * L).fill(-Infinity);
  const back = new Int8Array(n * L).fill(-1);
  for (let y = 0; y < L; y++)
    if (ALLOWED[START * L + y] && !forbid?.(0, y)) best[y] = t[START * L + y] + emission[0][y];
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const previous = row - L;
    const e = emission[i];
    for (let y = 0; y < L; y++) {
      if (forbid?.(i, y)) continue;
      const from = PREDECESSORS[y];
      let top = -Infinity;
      let arg = -1;
      for (let k = 0; k < from.length; k++) {
        const p = from[k];
        const score = best[previous + p] + t[p * L + y];
        if (score > top) {
          top = score;
          arg = p;
        }
      }
      if (arg >= 0 && top !== -Infinity) {
        best[row + y] = top + e[y];
        back[row + y] = arg;
      }
    }
  }
  return { best, back };
}

/**
 * The best label sequence and its score. `forbid(i, y)`, when given, rules label `y` out at token `i`
 * (used to score the best reading without a given mention).
 */
export function viterbi(
  weights: Weights,
  emission: Float32Array[],
  forbid?: (i: number, y: number) => boolean,
): { labels: number[]; score: number } {
  const n = emission.length;
  if (n === 0) return { labels: [], score: 0 };
  const { best, back } = forward(weights.transitions, emission, forbid);
  return bestPath(best, back, n);
}

function bestPath(best: Float64Array, back: Int8Array, n: number): { labels: number[]; score: number } {
  const L = LABEL_COUNT;
  const row = (n - 1) * L;
  let last = -1;
  for (let y = 0; y < L; y++) if (ENDS[y] && (last < 0 || best[row + y] > best[row + last])) last = y;
  if (last < 0 || best[row + last] === -Infinity) return { labels: new Array(n).fill(0), score: -Infinity };
  const labels = new Array<number>(n);
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
  return { labels, score: best[row + last] };
}

/** The best reading of a sentence and, for each of its mentions (all but misc), its margin (see spanMargins). */
export function decodeSentence(
  weights: Weights,
  emission: Float32Array[],
): { labels: number[]; spans: { first: number; last: number; type: TagType }[]; margins: number[] } {
  const n = emission.length;
  if (n === 0) return { labels: [], spans: [], margins: [] };
  const prefix = forward(weights.transitions, emission);
  const best = bestPath(prefix.best, prefix.back, n);
  const spans = labelledSpans(best.labels).filter(span => span.type !== 'misc');
  const margins = spans.length ? marginsOf(weights.transitions, emission, best.score, prefix.best, spans) : [];
  return { labels: best.labels, spans, margins };
}

/**
 * For each span [first, last] of the best reading, how much better that reading is than the best one
 * labelling the span's tokens O (one forward and one backward pass for all spans).
 */
export function spanMargins(
  weights: Weights,
  emission: Float32Array[],
  best: { labels: number[]; score: number },
  spans: { first: number; last: number }[],
): number[] {
  if (emission.length === 0) return [];
  return marginsOf(weights.transitions, emission, best.score, forward(weights.transitions, emission).best, spans);
}

function marginsOf(
  t: Float32Array,
  emission: Float32Array[],
  bestScore: number,
  prefix: Float64Array,
  spans: { first: number; last: number }[],
): number[] {
  const n = emission.length;
  const L = LABEL_COUNT;
  // backward[i × L + y]: best continuation after i given y at i.
  const backward = new Float64Array(n * L).fill(-Infinity);
  for (let y = 0; y < L; y++) if (ENDS[y]) backward[(n - 1) * L + y] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const row = i * L;
    const next = row + L;
    const e = emission[i + 1];
    for (let y = 0; y < L; y++) {
      const to = SUCCESSORS[y];
      let top = -Infinity;
      for (let k = 0; k < to.length; k++) {
        const q = to[k];
        const score = t[y * L + q] + e[q] + backward[next + q];
        if (score > top) top = score;
      }
      backward[row + y] = top;
    }
  }
  return spans.map(({ first, last }) => {
    let into = first === 0 ? t[START * L] : -Infinity;
    if (first > 0)
      for (let p = 0; p < L; p++) if (ALLOWED[p * L]) into = Math.max(into, prefix[(first - 1) * L + p] + t[p * L]);
    let inside = 0;
    for (let k = first; k <= last; k++) inside += emission[k][0] + (k > first ? t[0] : 0);
    return bestScore - (into + inside + backward[last * L]);
  });
}

/** The mentions a label sequence marks, as token ranges [first, last] with a type. */
export function labelledSpans(labels: number[]): { first: number; last: number; type: TagType }[] {
  const spans: { first: number; last: number; type: TagType }[] = [];
  let open = -1;
  labels.forEach((label, i) => {
    const p = position(label);
    if (p === 'U') spans.push({ first: i, last: i, type: typeOf(label) as TagType });
    else if (p === 'B') open = i;
    else if (p === 'L' && open >= 0) {
      spans.push({ first: open, last: i, type: typeOf(label) as TagType });
      open = -1;
    }
  });
  return spans;
}

/** Label index of a BILOU label string such as "U-place"; 0 (O) for "" or an unknown one. */
export function labelIndex(label: string): number {
  const index = LABELS.indexOf(label);
  return index < 0 ? 0 : index;
}

/** The first pass's label for every token of the article ("" outside mentions). */
export function passLabels(doc: TokenizedText, sentences: FeatureSentence[], weights: Weights): string[] {
  const labels = doc.tokens.map(() => '');
  const index = new Map(doc.tokens.map((t, i) => [t, i]));
  for (const sentence of sentences) {
    const { labels: best } = viterbi(weights, emissions(weights, sentence.features));
    best.forEach((label, i) => {
      if (label !== 0) labels[index.get(sentence.tokens[i])!] = LABELS[label];
    });
  }
  return labels;
}

// The file format: weights quantized to integers (× scale); each feature a line "name\tlabel:weight,…".

export interface ModelPass {
  transitions: number[];
  features: string;
}

export interface ModelFile {
  format: 'news-lens-ner';
  version: number;
  labels: string[];
  scale: number;
  /** Divides the margin of a mention before the logistic function makes it a score. */
  temperature?: number;
  passes: ModelPass[];
}

export function decodePass(file: ModelFile, pass: ModelPass): Weights {
  const weights = emptyWeights();
  pass.transitions.forEach((w, i) => (weights.transitions[i] = w / file.scale));
  for (const line of pass.features.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const w = new Float32Array(LABEL_COUNT);
    for (const pair of line.slice(tab + 1).split(',')) {
      const colon = pair.indexOf(':');
      w[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1)) / file.scale;
    }
    weights.features.set(line.slice(0, tab), w);
  }
  return weights;
}

/** Quantizes and prunes: weights smaller than `minimum` (after scaling) are dropped, features left empty too. */
export function encodePass(weights: Weights, scale: number, minimum: number): ModelPass {
  const lines: string[] = [];
  for (const [name, w] of [...weights.features].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const pairs: string[] = [];
    w.forEach((value, y) => {
      const q = Math.round(value * scale);
      if (Math.abs(q) >= minimum) pairs.push(`${y}:${q}`);
    });
    if (pairs.length && !name.includes('\n')) lines.push(`${name}\t${pairs.join(',')}`);
  }
  return { transitions: [...weights.transitions].map(w => Math.round(w * scale)), features: lines.join('\n') };
}
