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
  const t = weights.transitions;
  const best: Float64Array[] = [];
  const back: Int16Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(LABEL_COUNT).fill(-Infinity);
    const from = new Int16Array(LABEL_COUNT).fill(-1);
    for (let y = 0; y < LABEL_COUNT; y++) {
      if (forbid?.(i, y)) continue;
      if (i === 0) {
        if (ALLOWED[START * LABEL_COUNT + y]) row[y] = t[START * LABEL_COUNT + y] + emission[0][y];
        continue;
      }
      const previous = best[i - 1];
      for (let p = 0; p < LABEL_COUNT; p++) {
        if (previous[p] === -Infinity || !ALLOWED[p * LABEL_COUNT + y]) continue;
        const score = previous[p] + t[p * LABEL_COUNT + y] + emission[i][y];
        if (score > row[y]) {
          row[y] = score;
          from[y] = p;
        }
      }
    }
    best.push(row);
    back.push(from);
  }
  let last = -1;
  for (let y = 0; y < LABEL_COUNT; y++) if (canEnd(y) && (last < 0 || best[n - 1][y] > best[n - 1][last])) last = y;
  if (last < 0 || best[n - 1][last] === -Infinity) return { labels: new Array(n).fill(0), score: -Infinity };
  const labels = new Array<number>(n);
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i][labels[i]];
  return { labels, score: best[n - 1][last] };
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
  const n = emission.length;
  const t = weights.transitions;
  const L = LABEL_COUNT;
  // forward[i][y]: best prefix ending in y at i; backward[i][y]: best continuation after i given y at i.
  const forward: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(L).fill(-Infinity);
    for (let y = 0; y < L; y++) {
      if (i === 0) {
        if (ALLOWED[START * L + y]) row[y] = t[START * L + y] + emission[0][y];
        continue;
      }
      for (let p = 0; p < L; p++) {
        if (forward[i - 1][p] === -Infinity || !ALLOWED[p * L + y]) continue;
        const score = forward[i - 1][p] + t[p * L + y] + emission[i][y];
        if (score > row[y]) row[y] = score;
      }
    }
    forward.push(row);
  }
  const backward: Float64Array[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const row = new Float64Array(L).fill(-Infinity);
    for (let y = 0; y < L; y++) {
      if (i === n - 1) {
        if (canEnd(y)) row[y] = 0;
        continue;
      }
      for (let q = 0; q < L; q++) {
        if (backward[i + 1][q] === -Infinity || !ALLOWED[y * L + q]) continue;
        const score = t[y * L + q] + emission[i + 1][q] + backward[i + 1][q];
        if (score > row[y]) row[y] = score;
      }
    }
    backward[i] = row;
  }
  return spans.map(({ first, last }) => {
    let into = first === 0 ? t[START * L] : -Infinity;
    if (first > 0)
      for (let p = 0; p < L; p++) if (ALLOWED[p * L]) into = Math.max(into, forward[first - 1][p] + t[p * L]);
    let inside = 0;
    for (let k = first; k <= last; k++) inside += emission[k][0] + (k > first ? t[0] : 0);
    return best.score - (into + inside + backward[last][0]);
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
