// Exact-span P/R/F1 of persons, organizations and places on wire copy's results tables (standings,
// results with scorers, leaderboards, scorecards: test/fixtures/tables-ner.jsonl), through the CLI, with
// every error. The fixture was written for and tuned on by the tables pass: it measures, it does not hold out.
//
//   node scripts/eval/tables-ner.js [--errors] [FILE]   (build first: node scripts/build.js --bundle-only)
const path = require('path');
const { score, loadNewswire, annotateThroughCli } = require('./newswire-ner');

const TYPES = ['person', 'organization', 'place'];
const pct = rate => (100 * rate).toFixed(1).padStart(5);

function main(argv) {
  const file =
    argv.find(a => !a.startsWith('--')) ?? path.join(__dirname, '..', '..', 'test', 'fixtures', 'tables-ner.jsonl');
  const docs = loadNewswire(file);
  const s = score(docs, annotateThroughCli(docs));
  console.log(`Tables: exact-span P/R/F1 on ${path.basename(file)} (${s.documents} texts; tuned on)`);
  console.log('type          gold  pred  right     P     R    F1');
  for (const [name, c] of [...TYPES.map(t => [t, s.byType[t]]), ['all', s.all], ['untyped', s.untyped]])
    console.log(
      `${name.padEnd(12)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.correct).padStart(6)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`,
    );
  if (!argv.includes('--errors')) return;
  console.log('\nfalse positives (gold there):');
  for (const e of s.falsePositives) console.log(`  ${e.id} "${e.text}" ${e.type}  [${e.goldThere.join(', ')}]`);
  console.log('\nfalse negatives (predicted there):');
  for (const e of s.falseNegatives) console.log(`  ${e.id} "${e.text}" ${e.type}  [${e.predictedThere.join(', ')}]`);
}

main(process.argv.slice(2));
