// Recall of named entity mentions on ECB+, per type. ECB+ marks only event participants, so its
// precision would mean nothing; recall of its capitalised, non-pronoun mentions is what it can tell.
const { inSelectedSentence, overlaps, sameSpan, percent } = require('./scoring');

const TYPES = { PER: 'person', ORG: 'organization', GPE: 'place', LOC: 'place', FAC_LOC: 'place', LOC_OTHER: 'place' };
const PRONOUNS = /^(?:he|she|it|they|we|i|you|his|her|its|their|him|them|who|this|that|these|those|one)$/i;

/** Gold mentions that name something: capitalised, not a pronoun, of a person/organization/place type. */
function namedGold(doc) {
  return doc.entities.filter(
    m => TYPES[m.type] && /^\p{Lu}/u.test(m.text) && !PRONOUNS.test(m.text) && inSelectedSentence(doc, m),
  );
}

function measure(gold, byId) {
  const counts = {};
  for (const doc of gold) {
    const predicted = byId.get(doc.id)?.entities ?? [];
    for (const m of namedGold(doc)) {
      const type = TYPES[m.type];
      const c = (counts[type] ??= { gold: 0, exact: 0, overlap: 0, untyped: 0 });
      c.gold++;
      if (predicted.some(p => p.type === type && sameSpan(p, m))) c.exact++;
      if (predicted.some(p => p.type === type && overlaps(p, m))) c.overlap++;
      if (predicted.some(p => overlaps(p, m))) c.untyped++;
    }
  }
  const all = Object.values(counts).reduce(
    (s, c) => ({
      gold: s.gold + c.gold,
      exact: s.exact + c.exact,
      overlap: s.overlap + c.overlap,
      untyped: s.untyped + c.untyped,
    }),
    { gold: 0, exact: 0, overlap: 0, untyped: 0 },
  );
  const row = (name, c) => [
    name,
    c.gold,
    percent(c.exact, c.gold),
    percent(c.overlap, c.gold),
    percent(c.untyped, c.gold),
  ];
  return {
    title: 'Entities: recall of named mentions (ECB+, selected sentences)',
    columns: ['type', 'gold', 'exact span, same type %', 'overlap, same type %', 'overlap, any type %'],
    rows: [...['person', 'organization', 'place'].filter(t => counts[t]).map(t => row(t, counts[t])), row('all', all)],
  };
}

module.exports = { measure, namedGold, TYPES };
