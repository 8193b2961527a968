// Cross-document linking on ECB+: pairwise precision, recall and F1 of "same actor" between mentions
// in different documents of a topic, over the gold named mentions the tagger found.
const { overlaps, percent, f1 } = require('./scoring');
const { namedGold, TYPES } = require('./entities');

function measure(gold, byId) {
  const found = { person: [], organization: [], place: [] };
  for (const doc of gold) {
    const predicted = byId.get(doc.id)?.entities ?? [];
    for (const m of namedGold(doc)) {
      if (!m.chain) continue;
      const type = TYPES[m.type];
      const match = predicted.find(p => p.type === type && overlaps(p, m));
      if (match) found[type].push({ doc: doc.id, topic: doc.topic, chain: m.chain, actor: match.actor });
    }
  }
  const rows = [];
  for (const [type, mentions] of Object.entries(found)) {
    let truePairs = 0, goldPairs = 0, predictedPairs = 0;
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const a = mentions[i], b = mentions[j];
        // ECB+ links mentions across the articles of one topic only; across topics it says nothing.
        if (a.doc === b.doc || a.topic !== b.topic) continue;
        const isGold = a.topic === b.topic && a.chain === b.chain;
        const isPredicted = a.actor === b.actor;
        goldPairs += isGold; predictedPairs += isPredicted; truePairs += isGold && isPredicted;
      }
    }
    const precision = predictedPairs ? truePairs / predictedPairs : 0;
    const recall = goldPairs ? truePairs / goldPairs : 0;
    rows.push([type, mentions.length, goldPairs, predictedPairs, percent(truePairs, predictedPairs), percent(truePairs, goldPairs), (100 * f1(precision, recall)).toFixed(1)]);
  }
  return {
    title: 'Cross-document linking: pairwise scores over found gold mentions (ECB+)',
    columns: ['type', 'mentions', 'gold pairs', 'predicted pairs', 'precision %', 'recall %', 'F1'],
    rows,
    note: 'A pair is two mentions in different documents of one topic; gold links them when they share a chain.',
  };
}

module.exports = { measure };
