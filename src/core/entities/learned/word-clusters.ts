// Classes of words newswire uses alike (data/word-clusters.json, from GloVe vectors), loaded on first use:
// a name the training data never showed shares a class with names it did show, so the tagger can read it
// as their kind.
import clusterFile from '../../data/word-clusters.json';

interface ClusterFile {
  sizes: number[];
  parents: number[][];
  classes: string[];
}

let finestClass: Map<string, number> | undefined;
let paths: string[][] | undefined;

function load(): void {
  const file = clusterFile as ClusterFile;
  finestClass = new Map();
  // Each finest class's class at every size, finest first ("417", "52", "9").
  paths = file.classes.map((members, fine) => {
    for (const word of members.split(' ')) if (word) finestClass!.set(word, fine);
    const path = [fine];
    for (const parents of file.parents) path.push(parents[path[path.length - 1]]);
    return path.map(String);
  });
}

/** The classes of a lower-case word, finest first, or undefined for a word outside the list. */
export function wordClasses(lower: string): readonly string[] | undefined {
  if (!finestClass) load();
  const fine = finestClass!.get(lower);
  return fine === undefined ? undefined : paths![fine];
}
