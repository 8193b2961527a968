// Cross-document event coreference on ECB+ over the CLI's own event mentions: gold ACTION mentions and
// predicted triggers aligned one-to-one (see alignment.js), then MUC, B³ and CEAF-e of the predicted
// happenings against the gold chains, per topic range. The CLI saw all articles as one workspace.
const { RANGES, goldActions, predictedMentions, align } = require('./alignment');
const { scoreCoreference } = require('./coreference-scores');

function clusters(byKey) {
  return [...byKey.values()];
}

function add(map, key, id) {
  if (!map.has(key)) map.set(key, []);
  map.get(key).push(id);
}

function measure(gold, byId) {
  const rows = [];
  for (const range of RANGES) {
    const key = new Map();
    const response = new Map();
    for (const doc of gold.filter(d => range.keep(d.topic))) {
      const goldEvents = goldActions(doc);
      const predicted = predictedMentions(doc, byId.get(doc.id));
      goldEvents.forEach(g => add(key, g.chain ?? `single:${doc.id}:${g.m_id}`, `${doc.id}:g${g.m_id}`));
      const goldIdOf = new Map(
        align(goldEvents, predicted).map(([gi, pi]) => [pi, `${doc.id}:g${goldEvents[gi].m_id}`]),
      );
      predicted.forEach((p, pi) =>
        add(response, p.happening ?? `single:${doc.id}:${pi}`, goldIdOf.get(pi) ?? `${doc.id}:p${pi}`),
      );
    }
    const s = scoreCoreference(clusters(key), clusters(response));
    const cell = m => `${(100 * m.p).toFixed(1)} / ${(100 * m.r).toFixed(1)} / ${(100 * m.f).toFixed(1)}`;
    rows.push([
      range.name,
      key.size,
      response.size,
      cell(s.muc),
      cell(s.b3),
      cell(s.ceafe),
      (100 * s.conll).toFixed(1),
    ]);
  }
  return {
    title: 'Events: cross-document coreference on ECB+ (predicted mentions, P / R / F1)',
    columns: ['topics', 'gold chains', 'happenings', 'MUC', 'B³', 'CEAF-e', 'CoNLL F1'],
    rows,
    note:
      'A gold mention without a chain and a predicted mention without a happening are singletons; an ' +
      'unmatched predicted mention counts against precision. The CLI sees all 982 articles as one workspace, ' +
      'without topic labels; the topic ranges only select which mentions are scored.',
  };
}

module.exports = { measure };
