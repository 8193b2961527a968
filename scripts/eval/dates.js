// Time expressions: extent precision/recall/F1 on ECB+ (which has no values), and extent F1 with
// value accuracy on our own table of news sentences (test/unit/core/dates/news-sentences.json).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { inSelectedSentence, overlaps, sameSpan, percent, f1 } = require('./scoring');

const ROOT = path.join(__dirname, '..', '..');
const TABLE = path.join(ROOT, 'test', 'unit', 'core', 'dates', 'news-sentences.json');
// TimeML extents leave the preposition out ("on Tuesday" is tagged "Tuesday"); ECB+ keeps it.
const LEADING_PREPOSITION = /^(?:on|in|at|since|by|from|for|until|till|during|before|after|of|to|into|with)\s+/i;

function withoutPreposition(mention) {
  const preposition = LEADING_PREPOSITION.exec(mention.text);
  if (!preposition) return mention;
  return {
    start: mention.start + preposition[0].length,
    end: mention.end,
    text: mention.text.slice(preposition[0].length),
  };
}

function scoreRow(name, counts) {
  const precision = counts.predicted ? counts.truePredicted / counts.predicted : 0;
  const recall = counts.gold ? counts.found / counts.gold : 0;
  return [
    name,
    counts.gold,
    counts.predicted,
    percent(counts.truePredicted, counts.predicted),
    percent(counts.found, counts.gold),
    (100 * f1(precision, recall)).toFixed(1),
  ];
}

function measureEcb(gold, byId) {
  const matchers = {
    overlap: overlaps,
    exact: sameSpan,
    'exact, gold without preposition': (p, g) => sameSpan(p, withoutPreposition(g)),
  };
  const counts = Object.fromEntries(
    Object.keys(matchers).map(k => [k, { gold: 0, predicted: 0, found: 0, truePredicted: 0 }]),
  );
  for (const doc of gold) {
    const goldDates = doc.dates.filter(m => inSelectedSentence(doc, m));
    const predicted = (byId.get(doc.id)?.dates ?? []).filter(m => inSelectedSentence(doc, m));
    for (const [name, match] of Object.entries(matchers)) {
      const c = counts[name];
      c.gold += goldDates.length;
      c.predicted += predicted.length;
      c.found += goldDates.filter(g => predicted.some(p => match(p, g))).length;
      c.truePredicted += predicted.filter(p => goldDates.some(g => match(p, g))).length;
    }
  }
  return {
    title: 'Dates: time-expression extents on ECB+ (selected sentences)',
    columns: ['match', 'gold', 'predicted', 'precision %', 'recall %', 'F1'],
    rows: Object.entries(counts).map(([name, c]) => scoreRow(name, c)),
    note:
      'ECB+ has no normalized values. Its extents keep leading prepositions ("on Tuesday"), TimeML\'s do not; ' +
      'its TIME tags also cover repetitions ("twice") and game clocks, which News Lens does not tag.',
  };
}

/** The table's expected mentions with offsets: each expected text is looked up after the previous one. */
function expectedSpans(entry) {
  let from = 0;
  return entry.expect.map(([text, value]) => {
    const start = entry.text.indexOf(text, from);
    if (start < 0) throw new Error(`news-sentences.json: "${text}" is not in "${entry.text}"`);
    from = start + text.length;
    return { start, end: from, text, value };
  });
}

function annotateTable(entries) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-dates-'));
  const input = path.join(dir, 'table.jsonl');
  fs.writeFileSync(
    input,
    entries.map((e, i) => JSON.stringify({ id: String(i), text: e.text, date: e.date ?? undefined })).join('\n') + '\n',
  );
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'news-lens.js'), 'annotate', '--format', 'json', '--jsonl', input],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`the CLI failed on the date table (exit ${run.status}): ${run.stderr.trim()}`);
  return JSON.parse(run.stdout).documents;
}

function measureTable() {
  const entries = JSON.parse(fs.readFileSync(TABLE, 'utf8'));
  const documents = annotateTable(entries);
  const rows = {
    overlap: { gold: 0, predicted: 0, found: 0, truePredicted: 0 },
    exact: { gold: 0, predicted: 0, found: 0, truePredicted: 0 },
  };
  const values = { overlap: { matched: 0, right: 0 }, exact: { matched: 0, right: 0 } };
  let sentencesRight = 0;
  entries.forEach((entry, i) => {
    const expected = expectedSpans(entry);
    const predicted = documents[i].dates;
    for (const [name, match] of [
      ['overlap', overlaps],
      ['exact', sameSpan],
    ]) {
      const c = rows[name];
      c.gold += expected.length;
      c.predicted += predicted.length;
      c.found += expected.filter(g => predicted.some(p => match(p, g))).length;
      c.truePredicted += predicted.filter(p => expected.some(g => match(p, g))).length;
      for (const g of expected) {
        const p = predicted.find(candidate => match(candidate, g));
        if (!p) continue;
        values[name].matched++;
        values[name].right += p.value === g.value;
      }
    }
    const same =
      expected.length === predicted.length &&
      expected.every((g, j) => sameSpan(predicted[j], g) && predicted[j].value === g.value);
    sentencesRight += same;
  });
  return {
    title: `Dates: the table of ${entries.length} news sentences (test/unit/core/dates/news-sentences.json, through the CLI)`,
    columns: ['match', 'gold', 'predicted', 'precision %', 'recall %', 'F1', 'value accuracy on matched %'],
    rows: Object.entries(rows).map(([name, c]) => [
      ...scoreRow(name, c),
      percent(values[name].right, values[name].matched),
    ]),
    note: `${sentencesRight} of ${entries.length} sentences come out exactly as the table says (extents and values).`,
  };
}

function measure(gold, byId) {
  const tables = [measureEcb(gold, byId)];
  if (fs.existsSync(TABLE)) tables.push(measureTable());
  return tables;
}

module.exports = { measure };
