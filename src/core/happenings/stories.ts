// Groups articles into stories: articles whose profiles are alike (tf-idf cosine over actors, kinds of
// happening and days) report the same story; a story is a connected group of alike articles, split in two
// or more when it holds parts of several articles each that are far more alike among themselves.
import type { ArticleProfile } from './article-profile';

/** Features in more than this share of articles say nothing about a story ("e:say", "a:place:us"). */
const MAX_DOCUMENT_SHARE = 0.05;
const MIN_SIMILARITY = 0.08;
/** Inside a story, articles this alike form a part of their own once it has MIN_PART articles. */
const SPLIT_SIMILARITY = 0.2;
const MIN_PART = 5;

/** For each document id, the id of its story (the story's first document id in sort order). */
export function groupStories(
  profiles: Map<string, ArticleProfile>,
  minSimilarity = MIN_SIMILARITY,
): Map<string, string> {
  const ids = [...profiles.keys()].sort();
  const documentFrequency = new Map<string, number>();
  for (const profile of profiles.values())
    for (const feature of profile.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const maxDf = Math.max(2, Math.ceil(ids.length * MAX_DOCUMENT_SHARE));
  const vectors = ids.map(id => weigh(profiles.get(id)!, documentFrequency, ids.length));
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((vector, d) =>
    vector.forEach((weight, feature) => {
      if ((documentFrequency.get(feature) ?? 0) > maxDf) return;
      if (!postings.has(feature)) postings.set(feature, []);
      postings.get(feature)!.push([d, weight]);
    }),
  );
  const edges: [number, number, number][] = [];
  for (let d = 0; d < ids.length; d++) {
    const scores = new Map<number, number>();
    vectors[d].forEach((weight, feature) => {
      for (const [other, otherWeight] of postings.get(feature) ?? [])
        if (other > d) scores.set(other, (scores.get(other) ?? 0) + weight * otherWeight);
    });
    // Faint likeness adds little to a group's average and much to the work.
    for (const [other, score] of scores) if (score >= minSimilarity / 2) edges.push([d, other, score]);
  }
  const clusterOf = splitStories(averageLink(ids.length, [...edges], minSimilarity), edges);
  const story = new Map<string, string>();
  const firstOf = new Map<number, string>();
  ids.forEach((id, i) => {
    if (!firstOf.has(clusterOf[i])) firstOf.set(clusterOf[i], id);
    story.set(id, firstOf.get(clusterOf[i])!);
  });
  return story;
}

// Merges the most alike articles first, and two groups only while their articles are alike on average:
// one shared name does not chain two stories together.
function averageLink(count: number, edges: [number, number, number][], minSimilarity: number): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const size = new Array<number>(count).fill(1);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Sum of similarities between two groups, keyed by their roots.
  const links = Array.from({ length: count }, () => new Map<number, number>());
  for (const [a, b, score] of edges) {
    links[a].set(b, score);
    links[b].set(a, score);
  }
  edges.sort((x, y) => y[2] - x[2]);
  for (const [a, b, score] of edges) {
    if (score < minSimilarity) break;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const between = links[ra].get(rb) ?? 0;
    if (between / (size[ra] * size[rb]) < minSimilarity) continue;
    const [keep, gone] = links[ra].size >= links[rb].size ? [ra, rb] : [rb, ra];
    parent[gone] = keep;
    size[keep] += size[gone];
    for (const [other, sum] of links[gone]) {
      if (other === keep) continue;
      links[keep].set(other, (links[keep].get(other) ?? 0) + sum);
      links[other].delete(gone);
      links[other].set(keep, (links[other].get(keep) ?? 0) + sum);
    }
    links[keep].delete(gone);
    links[gone].clear();
  }
  return parent.map((_, i) => find(i));
}

// Within a story, the parts whose articles are much more alike among themselves (two earthquakes on one
// island, years apart): parts of at least MIN_PART articles become stories of their own, and the articles
// between them join the part they are most like on average.
function splitStories(clusterOf: number[], edges: [number, number, number][]): number[] {
  const fine = averageLink(clusterOf.length, [...edges], SPLIT_SIMILARITY);
  const partSize = new Map<number, number>();
  for (const part of fine) partSize.set(part, (partSize.get(part) ?? 0) + 1);
  const bigParts = new Map<number, Set<number>>();
  clusterOf.forEach((story, i) => {
    if (partSize.get(fine[i])! < MIN_PART) return;
    if (!bigParts.has(story)) bigParts.set(story, new Set());
    bigParts.get(story)!.add(fine[i]);
  });
  const splits = (i: number) => (bigParts.get(clusterOf[i])?.size ?? 0) >= 2;
  const isBig = (i: number) => partSize.get(fine[i])! >= MIN_PART;
  // Small part → big part of its story → summed likeness of their articles.
  const pull = new Map<number, Map<number, number>>();
  for (const [a, b, score] of edges) {
    if (clusterOf[a] !== clusterOf[b] || !splits(a)) continue;
    for (const [small, big] of [
      [a, b],
      [b, a],
    ]) {
      if (isBig(small) || !isBig(big)) continue;
      if (!pull.has(fine[small])) pull.set(fine[small], new Map());
      const sums = pull.get(fine[small])!;
      sums.set(fine[big], (sums.get(fine[big]) ?? 0) + score);
    }
  }
  const offset = clusterOf.length;
  return clusterOf.map((story, i) => {
    if (!splits(i)) return story;
    if (isBig(i)) return offset + fine[i];
    let target = -1;
    let best = -1;
    for (const big of bigParts.get(story)!) {
      const score = (pull.get(fine[i])?.get(big) ?? 0) / partSize.get(big)!;
      if (score > best || (score === best && big < target)) [best, target] = [score, big];
    }
    return offset + target;
  });
}

// tf-idf with a dampened tf, normalized to unit length.
function weigh(
  profile: ArticleProfile,
  documentFrequency: Map<string, number>,
  documents: number,
): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  profile.forEach((count, feature) => {
    const weight = (1 + Math.log(1 + count)) * Math.log((1 + documents) / (documentFrequency.get(feature) ?? 1));
    vector.set(feature, weight);
    norm += weight * weight;
  });
  norm = Math.sqrt(norm) || 1;
  vector.forEach((weight, feature) => vector.set(feature, weight / norm));
  return vector;
}
