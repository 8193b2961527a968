// Exact-span P/R/F1 of persons, organizations and places on wire copy's results tables (standings,
// results with scorers, leaderboards, scorecards: test/fixtures/tables-ner.jsonl), through the CLI, with
// every error. The fixture was written for and tuned on by the tables pass: it measures, it does not hold out.
//
//   node scripts/eval/tables-ner.js [--errors] [--spaced] [FILE]   (build first: node scripts/build.js --bundle-only)
//   --spaced: every table respaced the CoNLL way first ("( South Africa )", "Scorers :", "0 ."), gold moved along
const path = require('path');
const { score, loadNewswire, annotateThroughCli } = require('./newswire-ner');

const TYPES = ['person', 'organization', 'place'];
const pct = rate => (100 * rate).toFixed(1).padStart(5);

/** A document written the CoNLL way: a space before closing punctuation and "'s", after "(", gold moved along. */
function respaced(doc) {
  const shift = new Int32Array(doc.text.length + 1);
  let text = '';
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text[i];
    const prev = doc.text[i - 1] ?? ' ';
    const next = doc.text[i + 1] ?? ' ';
    // A stop after a figure or a lower-case word ends a sentence; "U.S." keeps its own.
    const closes =
      c === ')' ||
      (/[,;:]/.test(c) && /\s/.test(next)) ||
      (c === '.' && /[\p{Ll}\d)]/u.test(prev) && /\s/.test(next)) ||
      (c === "'" && next === 's');
    if (closes && !/\s/.test(prev)) text += ' ';
    shift[i] = text.length;
    text += c;
    if (c === '(' && !/\s/.test(next)) text += ' ';
  }
  shift[doc.text.length] = text.length;
  const entities = doc.entities.map(e => {
    const start = shift[e.start];
    const end = shift[e.end - 1] + 1;
    if (text.slice(start, end) !== e.text) throw new Error(`${doc.id}: respacing changed "${e.text}"`);
    return { ...e, start, end };
  });
  return { ...doc, text, entities };
}

function main(argv) {
  const file =
    argv.find(a => !a.startsWith('--')) ?? path.join(__dirname, '..', '..', 'test', 'fixtures', 'tables-ner.jsonl');
  const docs = loadNewswire(file).map(d => (argv.includes('--spaced') ? respaced(d) : d));
  const s = score(docs, annotateThroughCli(docs));
  const form = argv.includes('--spaced') ? ', respaced the CoNLL way' : '';
  console.log(`Tables: exact-span P/R/F1 on ${path.basename(file)}${form} (${s.documents} texts; tuned on)`);
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
