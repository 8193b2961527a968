// Event triggers on ECB+: precision and recall of the contract's trigger spans against ECB+ action
// mentions, in the sentences ECB+ annotated exhaustively.
const { inSelectedSentence, overlaps, sameSpan, percent, f1 } = require('./scoring');

// News Lens does not make a reporting verb an event ("said", "told"); ECB+ tags them ACTION_REPORTING.
const isReporting = m => /REPORTING/.test(m.type);

function measure(gold, byId) {
  const rows = [];
  const sets = { 'all actions': () => true, 'without reporting': m => !isReporting(m) };
  const matchers = { overlap: overlaps, exact: sameSpan };
  for (const [setName, keep] of Object.entries(sets)) {
    for (const [matchName, match] of Object.entries(matchers)) {
      const c = { gold: 0, predicted: 0, found: 0, truePredicted: 0 };
      for (const doc of gold) {
        const goldEvents = doc.events.filter(m => inSelectedSentence(doc, m) && keep(m));
        // Precision counts a trigger right when it matches any ECB+ action, reporting or not.
        const anyAction = doc.events.filter(m => inSelectedSentence(doc, m));
        const triggers = (byId.get(doc.id)?.events ?? []).map(e => e.trigger).filter(t => inSelectedSentence(doc, t));
        c.gold += goldEvents.length;
        c.predicted += triggers.length;
        c.found += goldEvents.filter(g => triggers.some(t => match(t, g))).length;
        c.truePredicted += triggers.filter(t => anyAction.some(g => match(t, g))).length;
      }
      const precision = c.predicted ? c.truePredicted / c.predicted : 0;
      const recall = c.gold ? c.found / c.gold : 0;
      rows.push([
        `${matchName}, ${setName}`,
        c.gold,
        c.predicted,
        percent(c.truePredicted, c.predicted),
        percent(c.found, c.gold),
        (100 * f1(precision, recall)).toFixed(1),
      ]);
    }
  }
  return {
    title: 'Events: trigger spans on ECB+ (selected sentences)',
    columns: ['match', 'gold', 'predicted', 'precision %', 'recall %', 'F1'],
    rows,
    note:
      'ECB+ tags every action mention (about 3.7 per sentence: verbs, event nouns, reporting verbs, states); ' +
      'News Lens gives one event per clause, so recall is bounded well below 100 %. A trigger counts as right ' +
      'when it matches any ECB+ action.',
  };
}

module.exports = { measure };
