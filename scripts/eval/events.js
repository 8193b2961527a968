// Event triggers on ECB+: the contract's event mentions against ECB+ ACTION mentions (not NEG_) in the
// sentences ECB+ annotated exhaustively, matched one-to-one by largest overlap, per topic range.
const { percent, f1 } = require('./scoring');
const { RANGES, goldActions, predictedMentions, align } = require('./alignment');

function measure(gold, byId) {
  const rows = [];
  for (const range of RANGES) {
    const c = { gold: 0, predicted: 0, matched: 0, main: 0, mainMatched: 0 };
    for (const doc of gold.filter(d => range.keep(d.topic))) {
      const goldEvents = goldActions(doc);
      const predicted = predictedMentions(doc, byId.get(doc.id));
      const matched = align(goldEvents, predicted);
      c.gold += goldEvents.length;
      c.predicted += predicted.length;
      c.matched += matched.length;
      c.main += predicted.filter(e => e.main !== false).length;
      c.mainMatched += matched.filter(([, pi]) => predicted[pi].main !== false).length;
    }
    const precision = c.predicted ? c.matched / c.predicted : 0;
    const recall = c.gold ? c.matched / c.gold : 0;
    rows.push([
      range.name,
      c.gold,
      c.predicted,
      percent(c.matched, c.predicted),
      percent(c.matched, c.gold),
      (100 * f1(precision, recall)).toFixed(1),
      `${c.main} (${percent(c.mainMatched, c.main)} % right)`,
    ]);
  }
  return {
    title: 'Events: trigger spans on ECB+ (selected sentences, one-to-one by largest overlap)',
    columns: ['topics', 'gold', 'predicted', 'precision %', 'recall %', 'F1', 'main mentions'],
    rows,
    note:
      'Gold: every ECB+ ACTION mention (occurrences, reporting, states, aspectual, perception, causative, ' +
      'generic; not NEG_). Each gold mention matches at most one predicted trigger, largest overlap first. ' +
      '"main mentions" are the ones the Events view lists (one per clause).',
  };
}

module.exports = { measure };
