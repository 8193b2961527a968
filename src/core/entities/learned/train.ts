// Trains the learned tagger: an averaged structured perceptron (Collins 2002) over BILOU labels, in two
// passes (the second reads what the first found elsewhere in the article, the first's labels on training
// text coming from models that did not see that text). Run by scripts/train-ner.js; never bundled.
import type { Mention } from '../../types';
import { tokenize, type TokenizedText } from '../../text/tokenize';
import { recognizeEntities } from '../recognize';
import { readInStoryCase } from '../capital-lines';
import { spanLabels } from './article-labels';
import { articleFeatures, type FeatureSentence } from './features';
import { LABELS, LABEL_COUNT, emptyWeights, labelIndex, passLabels, viterbi, type Weights } from './model';

/** A training or test document: text and gold spans typed PER/ORG/LOC/MISC (or the core's type names). */
export interface GoldDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
  /** How many times an epoch visits it (news is worth more than tweets). */
  weight?: number;
  /** Its annotators marked no misc: a token outside its spans may be misc or nothing, whichever the model reads. */
  withoutMisc?: boolean;
}

const TYPE_NAMES: Record<string, string> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'misc',
  person: 'person',
  organization: 'organization',
  place: 'place',
  misc: 'misc',
};

/** A document ready to train on: its tokens, the rules' mentions and the gold label per token. */
export interface Prepared {
  id: string;
  weight: number;
  doc: TokenizedText;
  rules: Mention[];
  gold: string[];
  withoutMisc: boolean;
}

export function prepare(doc: GoldDoc): Prepared {
  // The text as the tagger reads it at work: its lines in capitals in the story's case (offsets hold).
  const tokenized = readInStoryCase(tokenize(doc.text));
  const rules = recognizeEntities(tokenized);
  const entities = doc.entities.filter(e => TYPE_NAMES[e.type]).map(e => ({ ...e, type: TYPE_NAMES[e.type] }));
  return {
    id: doc.id,
    weight: doc.weight ?? 1,
    doc: tokenized,
    rules,
    gold: spanLabels(tokenized.tokens, entities),
    withoutMisc: doc.withoutMisc ?? false,
  };
}

interface Example {
  weight: number;
  features: Int32Array[]; // feature ids per token (unknown features left out)
  gold: number[];
  withoutMisc: boolean;
}

const IS_MISC = LABELS.map(label => label.endsWith('-misc'));

/** Interns feature names to ids; features seen fewer than `minCount` times are not kept. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  constructor(sentences: FeatureSentence[][], minCount: number) {
    const counts = new Map<string, number>();
    for (const doc of sentences)
      for (const s of doc) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [name, count] of counts) {
      if (count >= minCount) {
        this.ids.set(name, this.names.length);
        this.names.push(name);
      }
    }
  }
  encode(fs: string[]): Int32Array {
    const out: number[] = [];
    for (const f of fs) {
      const id = this.ids.get(f);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  }
}

/** A deterministic pseudo-random sequence (mulberry32), for the order of examples in each epoch. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function decode(
  w: Float32Array,
  transitions: Float32Array,
  features: Int32Array[],
  forbid?: (i: number, y: number) => boolean,
): number[] {
  const n = features.length;
  const emission = features.map(fs => {
    const scores = new Float32Array(LABEL_COUNT);
    for (let k = 0; k < fs.length; k++) {
      const base = fs[k] * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] += w[base + y];
    }
    return scores;
  });
  const weights: Weights = { features: new Map(), transitions };
  return n ? viterbi(weights, emission, forbid).labels : [];
}

/**
 * What an example teaches: its gold labels, or for a text annotated without misc, the model's best reading that
 * keeps every gold span and reads each other token as nothing or misc (a latent-variable perceptron's target).
 */
function target(w: Float32Array, transitions: Float32Array, e: Example): number[] {
  if (!e.withoutMisc) return e.gold;
  return decode(w, transitions, e.features, (i, y) => (e.gold[i] === 0 ? y !== 0 && !IS_MISC[y] : y !== e.gold[i]));
}

export interface TrainOptions {
  epochs: number;
  minCount: number;
  seed: number;
  /** How many orders of the documents (seeds `seed`, `seed + 1`, …) a pass is trained in, its weights averaged. */
  orders?: number;
}

/**
 * One pass trained once per order of the documents, the weights averaged: a perceptron's weights depend on
 * the order it reads its examples in, and their mean varies less from one training to the next.
 */
export function trainPassInOrders(docs: Prepared[], sentences: FeatureSentence[][], options: TrainOptions): Weights {
  const orders = Math.max(1, options.orders ?? 1);
  const runs = Array.from({ length: orders }, (_, k) =>
    trainPass(docs, sentences, { ...options, seed: options.seed + k }),
  );
  if (orders === 1) return runs[0];
  const mean = emptyWeights();
  for (const run of runs) {
    run.transitions.forEach((v, i) => (mean.transitions[i] += v / orders));
    for (const [name, values] of run.features) {
      const sum = mean.features.get(name) ?? new Float32Array(LABEL_COUNT);
      values.forEach((v, y) => (sum[y] += v / orders));
      mean.features.set(name, sum);
    }
  }
  return mean;
}

/** Trains one pass on the documents' feature sentences; returns averaged weights keyed by feature name. */
export function trainPass(docs: Prepared[], sentences: FeatureSentence[][], options: TrainOptions): Weights {
  const vocabulary = new Vocabulary(sentences, options.minCount);
  const examples: Example[] = [];
  docs.forEach((doc, d) => {
    const index = new Map(doc.doc.tokens.map((t, i) => [t, i]));
    for (const s of sentences[d]) {
      examples.push({
        weight: doc.weight,
        features: s.features.map(fs => vocabulary.encode(fs)),
        gold: s.tokens.map(t => labelIndex(doc.gold[index.get(t)!])),
        withoutMisc: doc.withoutMisc,
      });
    }
  });
  const size = vocabulary.names.length * LABEL_COUNT;
  const w = new Float32Array(size);
  const u = new Float32Array(size); // sum of c × update, for the average
  const tSize = (LABEL_COUNT + 1) * LABEL_COUNT;
  const t = new Float32Array(tSize);
  const tu = new Float32Array(tSize);
  // Transitions BILOU forbids are never taken; keep them at zero, Viterbi skips them anyway.
  let c = 1;
  const order: number[] = [];
  examples.forEach((e, i) => {
    for (let k = 0; k < e.weight; k++) order.push(i);
  });
  const next = random(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const e of order.map(i => examples[i])) {
      const predicted = decode(w, t, e.features);
      const gold = target(w, t, e);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        const gPrev = i === 0 ? LABEL_COUNT : gold[i - 1];
        const pPrev = i === 0 ? LABEL_COUNT : predicted[i - 1];
        if (g !== p) {
          const fs = e.features[i];
          for (let k = 0; k < fs.length; k++) {
            const base = fs[k] * LABEL_COUNT;
            w[base + g] += 1;
            u[base + g] += c;
            w[base + p] -= 1;
            u[base + p] -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          t[gPrev * LABEL_COUNT + g] += 1;
          tu[gPrev * LABEL_COUNT + g] += c;
          t[pPrev * LABEL_COUNT + p] -= 1;
          tu[pPrev * LABEL_COUNT + p] -= c;
        }
      }
      c++;
    }
  }
  const weights = emptyWeights();
  for (let i = 0; i < tSize; i++) weights.transitions[i] = t[i] - tu[i] / c;
  vocabulary.names.forEach((name, id) => {
    const base = id * LABEL_COUNT;
    const avg = new Float32Array(LABEL_COUNT);
    let any = false;
    for (let y = 0; y < LABEL_COUNT; y++) {
      avg[y] = w[base + y] - u[base + y] / c;
      if (avg[y] !== 0) any = true;
    }
    if (any) weights.features.set(name, avg);
  });
  return weights;
}

/** The two-pass model: pass one on local and rule features; pass two adds pass one's labels elsewhere in the article. */
export function trainModel(
  docs: Prepared[],
  options: TrainOptions & { folds: number; twoPass: boolean },
  log: (line: string) => void,
): Weights[] {
  const firstSentences = docs.map(d => articleFeatures(d.doc, d.rules));
  log(`pass 1 on ${docs.length} documents`);
  const first = trainPassInOrders(docs, firstSentences, options);
  if (!options.twoPass) return [first];
  // The first pass's labels on training text come from models trained without that text (jackknife).
  const labels: string[][] = new Array(docs.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (d: number) => d % options.folds === fold;
    const rest = docs.map((_, d) => d).filter(d => !inFold(d));
    log(`pass 1, fold ${fold + 1}/${options.folds}`);
    const model = trainPass(
      rest.map(d => docs[d]),
      rest.map(d => firstSentences[d]),
      options,
    );
    docs.forEach((doc, d) => {
      if (inFold(d)) labels[d] = passLabels(doc.doc, firstSentences[d], model);
    });
  }
  const secondSentences = docs.map((d, i) => articleFeatures(d.doc, d.rules, labels[i]));
  log('pass 2');
  return [first, trainPassInOrders(docs, secondSentences, options)];
}
