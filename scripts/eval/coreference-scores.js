// MUC, B³ and CEAF-e between a key and a response clustering whose mention sets may differ (the
// end-to-end setting), as the CoNLL-2012 reference scorer counts them. Clusters are arrays of mention ids.

function clusterOf(clusters) {
  const map = new Map();
  clusters.forEach((cluster, i) => cluster.forEach(m => map.set(m, i)));
  return map;
}

// MUC recall: Σ(|K| − partitions of K by the response) / Σ(|K| − 1); a mention the response lacks is its own partition.
function mucSide(key, response) {
  const responseOf = clusterOf(response);
  let numerator = 0;
  let denominator = 0;
  for (const cluster of key) {
    const parts = new Set(cluster.map(m => (responseOf.has(m) ? `r${responseOf.get(m)}` : `m${m}`)));
    numerator += cluster.length - parts.size;
    denominator += cluster.length - 1;
  }
  return [numerator, denominator];
}

// B³ recall: Σ over key clusters K and response clusters R of |K ∩ R|² / |K|, over all key mentions.
function b3Side(key, response) {
  const responseOf = clusterOf(response);
  let numerator = 0;
  let denominator = 0;
  for (const cluster of key) {
    const counts = new Map();
    for (const m of cluster)
      if (responseOf.has(m)) counts.set(responseOf.get(m), (counts.get(responseOf.get(m)) ?? 0) + 1);
    for (const n of counts.values()) numerator += (n * n) / cluster.length;
    denominator += cluster.length;
  }
  return [numerator, denominator];
}

// CEAF-e: the best one-to-one alignment of key and response clusters by φ4 = 2|K ∩ R| / (|K| + |R|),
// solved per connected component of overlapping clusters.
function ceafe(key, response) {
  const responseOf = clusterOf(response);
  const edges = key.map(cluster => {
    const counts = new Map();
    for (const m of cluster)
      if (responseOf.has(m)) counts.set(responseOf.get(m), (counts.get(responseOf.get(m)) ?? 0) + 1);
    return counts;
  });
  const seenKey = new Set();
  let total = 0;
  const responseEdges = new Map();
  edges.forEach((counts, k) =>
    counts.forEach((_, r) => {
      if (!responseEdges.has(r)) responseEdges.set(r, []);
      responseEdges.get(r).push(k);
    }),
  );
  for (let start = 0; start < key.length; start++) {
    if (seenKey.has(start) || edges[start].size === 0) continue;
    const keys = [];
    const responses = new Set();
    const stack = [start];
    seenKey.add(start);
    while (stack.length) {
      const k = stack.pop();
      keys.push(k);
      for (const r of edges[k].keys()) {
        if (responses.has(r)) continue;
        responses.add(r);
        for (const k2 of responseEdges.get(r))
          if (!seenKey.has(k2)) {
            seenKey.add(k2);
            stack.push(k2);
          }
      }
    }
    const rs = [...responses];
    const weight = keys.map(k =>
      rs.map(r => {
        const n = edges[k].get(r) ?? 0;
        return n ? (2 * n) / (key[k].length + response[r].length) : 0;
      }),
    );
    total += maxAssignment(weight);
  }
  return { total, keys: key.length, responses: response.length };
}

// Hungarian algorithm (maximisation) on a rectangular weight matrix; returns the best total.
function maxAssignment(weight) {
  const rows = weight.length;
  const cols = weight[0].length;
  const n = Math.max(rows, cols);
  const cost = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => -((weight[i] ?? [])[j] ?? 0)));
  const u = new Float64Array(n + 1),
    v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1),
    way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity,
        j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j] && p[j] <= rows && j <= cols) total += weight[p[j] - 1][j - 1];
  return total;
}

const ratio = (a, b) => (b ? a / b : 0);
const harmonic = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

/** {muc, b3, ceafe: {p, r, f}, conll} for a key and a response clustering. */
function scoreCoreference(key, response) {
  const [mr, mrd] = mucSide(key, response);
  const [mp, mpd] = mucSide(response, key);
  const [br, brd] = b3Side(key, response);
  const [bp, bpd] = b3Side(response, key);
  const c = ceafe(key, response);
  const prf = (p, r) => ({ p, r, f: harmonic(p, r) });
  const muc = prf(ratio(mp, mpd), ratio(mr, mrd));
  const b3 = prf(ratio(bp, bpd), ratio(br, brd));
  const ceaf = prf(ratio(c.total, c.responses), ratio(c.total, c.keys));
  return { muc, b3, ceafe: ceaf, conll: (muc.f + b3.f + ceaf.f) / 3 };
}

module.exports = { scoreCoreference, maxAssignment };
