// Classes of words newswire uses alike (data/word-clusters.json, from GloVe vectors), loaded on first use:
// a name the training data never showed shares a class with names it did show, so the tagger can read it
// as their kind.
import clusterFile from '../../data/word-clusters.json';

/**
 * The file as the look-up reads it, so that loading makes no garbage (a worker's memory grew by 26 MB when
 * it built a Map, or sorted, 51,000 words): the words in code-unit order, one a line; each word's finest
 * class in two base-32 digits, in the same order; each class's parent at the next coarser size.
 */
interface ClusterFile {
  sizes: number[];
  parents: number[][];
  words: string;
  classes: string;
}

interface Lookup {
  starts: Uint32Array;
  paths: string[][];
}

const file = clusterFile as ClusterFile;
let lookup: Lookup | undefined;

function load(): Lookup {
  const count = file.classes.length / 2;
  // Where each word starts, and where the next would (one past its line's end).
  const starts = new Uint32Array(count + 1);
  let k = 1;
  for (let i = 0; i < file.words.length; i++) if (file.words.charCodeAt(i) === 10) starts[k++] = i + 1;
  starts[count] = file.words.length + 1;
  // Each finest class's class at every size, finest first ("417", "52", "9").
  const paths = Array.from({ length: file.sizes[0] }, (_, fine) => {
    const path = [fine];
    for (const parents of file.parents) path.push(parents[path[path.length - 1]]);
    return path.map(String);
  });
  return { starts, paths };
}

/** Compares `word` with the k-th listed word in code-unit order, as the list is sorted. */
function compareWith(word: string, starts: Uint32Array, k: number): number {
  const start = starts[k];
  const length = starts[k + 1] - 1 - start;
  for (let i = 0; i < Math.min(word.length, length); i++) {
    const difference = word.charCodeAt(i) - file.words.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return word.length - length;
}

function finestClass(k: number): number {
  return parseInt(file.classes.slice(2 * k, 2 * k + 2), 32);
}

/** The classes of a lower-case word, finest first, or undefined for a word outside the list. */
export function wordClasses(lower: string): readonly string[] | undefined {
  lookup ??= load();
  let low = 0;
  let high = lookup.starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compareWith(lower, lookup.starts, middle);
    if (order === 0) return lookup.paths[finestClass(middle)];
    if (order > 0) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
