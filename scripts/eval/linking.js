// Cross-document linking on ECB+: pairwise precision, recall and F1 of "same actor" between mentions
// in different documents of a topic, over the gold named mentions the tagger found.
const { overlaps, percent, f1 } = require('./scoring');
const { namedGold, TYPES } = require('./entities');

// The prediction that names what a gold mention names, if any. A gold mention's head comes before a
// preposition or comma and after a possessive: "Indonesia's Aceh province" is about Aceh, "Yida Refugee
// Camp in South Sudan" about Yida, "Indonesia's northwestern province of Aceh" again about Aceh. A
// prediction that is only a modifier of a common noun ("Paris" in "Paris jewelry store", "Sudan" in
// "Sudan's armed forces") names something else, and the gold mention counts as not found.
const PLACE_CLASS = /^(?:province|state|island|region|prefecture|county|district|city|town|village|capital)$/i;
const HEAD_END = /\s(?:in|of|on|at|near|from|off)\s|,\s/;

function namingPrediction(gold, overlapping) {
  let head = gold.text;
  const cut = head.search(HEAD_END);
  if (cut > 0) head = head.slice(0, cut);
  const possessive = Math.max(head.lastIndexOf("'s "), head.lastIndexOf('’ s '), head.lastIndexOf("' s "));
  const headStart = gold.start + (possessive >= 0 ? head.indexOf(' ', possessive + 1) + 1 : 0);
  const headEnd = gold.start + head.length;
  const inHead = overlapping.filter(p => p.start < headEnd && headStart < p.end);
  const last = inHead.at(-1);
  if (last) {
    const after = gold.text
      .slice(last.end - gold.start, headEnd - gold.start)
      .split(/\s+/)
      .filter(Boolean);
    return after.every(word => /^\p{Lu}/u.test(word) || PLACE_CLASS.test(word)) ? last : undefined;
  }
  // "the province of Aceh", "the Island of Qeshm": the name after "of" is the head's.
  const of = / of /.exec(gold.text);
  if (of && PLACE_CLASS.test(gold.text.slice(0, of.index).split(/\s+/).at(-1))) {
    return overlapping.find(p => p.start >= gold.start + of.index + 4);
  }
  return undefined;
}

function measure(gold, byId) {
  const found = { person: [], organization: [], place: [] };
  for (const doc of gold) {
    const predicted = byId.get(doc.id)?.entities ?? [];
    for (const m of namedGold(doc)) {
      if (!m.chain) continue;
      const type = TYPES[m.type];
      const match = namingPrediction(
        m,
        predicted.filter(p => p.type === type && overlaps(p, m)),
      );
      if (match) found[type].push({ doc: doc.id, topic: doc.topic, chain: m.chain, actor: match.actor });
    }
  }
  const rows = [];
  for (const [type, mentions] of Object.entries(found)) {
    let truePairs = 0,
      goldPairs = 0,
      predictedPairs = 0;
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const a = mentions[i],
          b = mentions[j];
        // ECB+ links mentions across the articles of one topic only; across topics it says nothing.
        if (a.doc === b.doc || a.topic !== b.topic) continue;
        const isGold = a.topic === b.topic && a.chain === b.chain;
        const isPredicted = a.actor === b.actor;
        goldPairs += isGold;
        predictedPairs += isPredicted;
        truePairs += isGold && isPredicted;
      }
    }
    const precision = predictedPairs ? truePairs / predictedPairs : 0;
    const recall = goldPairs ? truePairs / goldPairs : 0;
    rows.push([
      type,
      mentions.length,
      goldPairs,
      predictedPairs,
      percent(truePairs, predictedPairs),
      percent(truePairs, goldPairs),
      (100 * f1(precision, recall)).toFixed(1),
    ]);
  }
  return {
    title: 'Cross-document linking: pairwise scores over found gold mentions (ECB+)',
    columns: ['type', 'mentions', 'gold pairs', 'predicted pairs', 'precision %', 'recall %', 'F1'],
    rows,
    note: 'A pair is two mentions in different documents of one topic; gold links them when they share a chain. A gold mention is found by the prediction that names its head ("Aceh" in "Indonesia\'s Aceh province"), not by one that only modifies it ("Paris" in "Paris jewelry store").',
  };
}

module.exports = { measure, namingPrediction };
