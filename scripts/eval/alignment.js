// Shared by the event measures: ECB+ topic ranges and the one-to-one alignment of predicted triggers
// with gold action mentions, largest overlap first.
const { inSelectedSentence } = require('./scoring');

/** Develop on topics 1–35; 36–45 is held out (report its figure, never look at its errors). */
const RANGES = [
  { name: 'topics 36–45 (held out)', keep: topic => topic >= 36 && topic <= 45 },
  { name: 'topics 1–35 (develop)', keep: topic => topic >= 1 && topic <= 35 },
];

/** Gold ACTION mentions (not NEG_) in the exhaustively annotated sentences. */
function goldActions(doc) {
  return doc.events.filter(m => /^ACTION_/.test(m.type) && inSelectedSentence(doc, m));
}

/** The contract's event mentions of a document whose trigger lies in a selected sentence. */
function predictedMentions(doc, predictedDoc) {
  return (predictedDoc?.events ?? []).filter(e => inSelectedSentence(doc, e.trigger));
}

/** Pairs [goldIndex, predictedIndex], each used once, by largest character overlap first. */
function align(gold, predicted) {
  const pairs = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.trigger.end) - Math.max(g.start, p.trigger.start);
      if (overlap > 0) pairs.push([overlap, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set();
  const usedPredicted = new Set();
  const matched = [];
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || usedPredicted.has(pi)) continue;
    usedGold.add(gi);
    usedPredicted.add(pi);
    matched.push([gi, pi]);
  }
  return matched;
}

module.exports = { RANGES, goldActions, predictedMentions, align };
