// Classes of words newswire uses alike (data/word-clusters.json, from GloVe vectors), loaded on first use:
// a name the training data never showed shares a class with names it did show, so the tagger can read it
// as their kind.
import clusterFile from '../../data/word-clusters.json';

interface ClusterFile {
  sizes: number[];
  parents: number[][];
  classes: string[];
}

// The words in code-unit order, one string with a start offset per word, and each word's finest class: a
// few hundred kilobytes in each worker where a Map of 50,000 strings took 3 MB.
interface Lookup {
  words: string;
  starts: Uint32Array;
  finest: Uint16Array;
  paths: string[][];
}

let lookup: Lookup | undefined;

function load(): Lookup {
  const file = clusterFile as ClusterFile;
  const entries: [string, number][] = [];
  file.classes.forEach((members, fine) => {
    for (const word of members.split(' ')) if (word) entries.push([word, fine]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const starts = new Uint32Array(entries.length + 1);
  entries.forEach(([word], i) => (starts[i + 1] = starts[i] + word.length));
  // Each finest class's class at every size, finest first ("417", "52", "9").
  const paths = file.classes.map((_, fine) => {
    const path = [fine];
    for (const parents of file.parents) path.push(parents[path[path.length - 1]]);
    return path.map(String);
  });
  return {
    words: entries.map(([word]) => word).join(''),
    starts,
    finest: Uint16Array.from(entries, ([, fine]) => fine),
    paths,
  };
}

/** Compares `word` with the k-th listed word in code-unit order, as the list is sorted. */
function compareWith(word: string, { words, starts }: Lookup, k: number): number {
  const start = starts[k];
  const length = starts[k + 1] - start;
  for (let i = 0; i < Math.min(word.length, length); i++) {
    const difference = word.charCodeAt(i) - words.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return word.length - length;
}

/** The classes of a lower-case word, finest first, or undefined for a word outside the list. */
export function wordClasses(lower: string): readonly string[] | undefined {
  lookup ??= load();
  let low = 0;
  let high = lookup.finest.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compareWith(lower, lookup, middle);
    if (order === 0) return lookup.paths[lookup.finest[middle]];
    if (order > 0) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
