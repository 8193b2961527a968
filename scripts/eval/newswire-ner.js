// Exact-span precision, recall and F1 of persons, organizations and places on hand-annotated gold
// (test/fixtures/newswire-ner.jsonl and the seeds' test/fixtures/seeds-entities.json), measured
// through the CLI contract, with the most frequent false positives and false negatives to fix next.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { overlaps, sameSpan, f1 } = require('./scoring');

const ROOT = path.join(__dirname, '..', '..');
const NEWSWIRE = path.join(ROOT, 'test', 'fixtures', 'newswire-ner.jsonl');
const SEEDS_GOLD = path.join(ROOT, 'test', 'fixtures', 'seeds-entities.json');
const SEEDS_DIR = path.join(ROOT, 'seeds');
const TYPES = ['person', 'organization', 'place'];
const TOP = 15;

/** The newswire gold: [{id, text, entities: [{start, end, text, type}]}]. */
function loadNewswire(file = NEWSWIRE) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line.trim())
    .map(line => JSON.parse(line));
}

/** The seeds gold in the same shape, with each seed's text read as the editor reads it. */
function loadSeeds(file = SEEDS_GOLD, dir = SEEDS_DIR) {
  return Object.entries(JSON.parse(fs.readFileSync(file, 'utf8'))).map(([name, entities]) => ({
    id: name,
    text: fs.readFileSync(path.join(dir, name), 'utf8'),
    entities,
  }));
}

/** Runs `news-lens annotate --format json --jsonl` on the texts and returns each document's entities by id. */
function annotateThroughCli(docs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ner-'));
  const input = path.join(dir, 'input.jsonl');
  try {
    fs.writeFileSync(input, docs.map(d => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'news-lens.js'), 'annotate', '--format', 'json', '--jsonl', input],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    if (run.status !== 0) throw new Error(`the CLI failed (exit ${run.status}): ${run.stderr.trim()}`);
    return new Map(JSON.parse(run.stdout).documents.map(d => [d.id, d.entities || []]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const counts = () => ({ gold: 0, predicted: 0, correct: 0 });

function withRates(c) {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  return { ...c, precision, recall, f1: f1(precision, recall) };
}

const describe = m => `"${m.text}" ${m.type}`;

/**
 * Scores predictions against gold. A prediction is right when a gold mention has the same start, end
 * and type. Predicted types other than the three are ignored; repeated predictions count once.
 * Returns per-type and overall (micro) counts and rates, the same ignoring type, and every error
 * with what the other side has at that place.
 */
function score(goldDocs, predictedById) {
  const byType = Object.fromEntries(TYPES.map(t => [t, counts()]));
  const untyped = counts();
  const falsePositives = [],
    falseNegatives = [];
  for (const doc of goldDocs) {
    const gold = doc.entities;
    const seen = new Set();
    const predicted = (predictedById.get(doc.id) || []).filter(p => {
      const key = `${p.start}:${p.end}:${p.type}`;
      if (!TYPES.includes(p.type) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const g of gold) {
      byType[g.type].gold++;
      untyped.gold++;
      if (predicted.some(p => sameSpan(p, g))) untyped.correct++;
      if (!predicted.some(p => sameSpan(p, g) && p.type === g.type)) {
        const there = predicted.filter(p => overlaps(p, g));
        falseNegatives.push({
          id: doc.id,
          start: g.start,
          end: g.end,
          text: g.text,
          type: g.type,
          predictedThere: there.map(describe),
        });
      }
    }
    const spans = new Set();
    for (const p of predicted) {
      byType[p.type].predicted++;
      const span = `${p.start}:${p.end}`;
      if (!spans.has(span)) {
        spans.add(span);
        untyped.predicted++;
      }
      if (gold.some(g => sameSpan(p, g) && g.type === p.type)) byType[p.type].correct++;
      else {
        const there = gold.filter(g => overlaps(p, g));
        falsePositives.push({
          id: doc.id,
          start: p.start,
          end: p.end,
          text: p.text,
          type: p.type,
          goldThere: there.map(describe),
        });
      }
    }
  }
  const all = TYPES.reduce(
    (sum, t) => ({
      gold: sum.gold + byType[t].gold,
      predicted: sum.predicted + byType[t].predicted,
      correct: sum.correct + byType[t].correct,
    }),
    counts(),
  );
  return {
    documents: goldDocs.length,
    byType: Object.fromEntries(TYPES.map(t => [t, withRates(byType[t])])),
    all: withRates(all),
    untyped: withRates(untyped),
    falsePositives,
    falseNegatives,
  };
}

/** Runs the CLI on both gold sets and scores them: {newswire, seeds}, each as `score` returns. */
function scoreFixtures() {
  const result = {};
  for (const [name, docs] of [
    ['newswire', loadNewswire()],
    ['seeds', loadSeeds()],
  ]) {
    result[name] = score(docs, annotateThroughCli(docs));
  }
  return result;
}

const cell = value =>
  String(value)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const pct = rate => (100 * rate).toFixed(1);

function scoreTable(title, s, note) {
  const row = (name, c) => [name, c.gold, c.predicted, c.correct, pct(c.precision), pct(c.recall), pct(c.f1)];
  return {
    title,
    columns: ['type', 'gold', 'predicted', 'correct', 'precision %', 'recall %', 'F1'],
    rows: [...TYPES.map(t => row(t, s.byType[t])), row('all', s.all), row('all, type ignored', s.untyped)],
    note,
  };
}

/** The most frequent errors of one kind over both sets, grouped by text and type. */
function errorTable(title, scores, kind, otherKey, otherLabel) {
  const groups = new Map();
  for (const [set, s] of Object.entries(scores)) {
    for (const e of s[kind]) {
      const key = `${e.type}\u0000${e.text}`;
      const g = groups.get(key) || {
        text: e.text,
        type: e.type,
        newswire: 0,
        seeds: 0,
        there: new Map(),
        example: `${e.id}@${e.start}`,
      };
      g[set]++;
      const other = e[otherKey].join(', ') || '—';
      g.there.set(other, (g.there.get(other) || 0) + 1);
      groups.set(key, g);
    }
  }
  const total = g => g.newswire + g.seeds;
  const top = [...groups.values()].sort((a, b) => total(b) - total(a) || a.text.localeCompare(b.text)).slice(0, TOP);
  const mostOften = there => [...there.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return {
    title,
    columns: ['text', 'type', 'newswire', 'seeds', otherLabel, 'first at'],
    rows: top.map(g => [cell(g.text), g.type, g.newswire, g.seeds, cell(mostOften(g.there)), g.example]),
    note:
      `${[...groups.values()].reduce((n, g) => n + total(g), 0)} in all, ${groups.size} distinct (text, type); ` +
      `the top ${TOP} by count. "first at" is the document id and offset of the first one.`,
  };
}

function measure() {
  let scores;
  try {
    scores = scoreFixtures();
  } catch (error) {
    process.exitCode = 1;
    return {
      title: 'Entities: exact-span F1 on hand-annotated newswire and the seeds',
      columns: ['error'],
      rows: [[cell(error.message)]],
    };
  }
  const speedNote = 'Exact span and type; conventions in test/fixtures/README.md.';
  return [
    scoreTable(
      `Entities: exact-span P/R/F1 on ${scores.newswire.documents} hand-annotated newswire texts (test/fixtures/newswire-ner.jsonl, through the CLI)`,
      scores.newswire,
      speedNote,
    ),
    scoreTable(
      `Entities: exact-span P/R/F1 on the ${scores.seeds.documents} seed articles (test/fixtures/seeds-entities.json, through the CLI)`,
      scores.seeds,
      speedNote,
    ),
    errorTable(
      'Entities: most frequent false positives (newswire + seeds)',
      scores,
      'falsePositives',
      'goldThere',
      'gold there',
    ),
    errorTable(
      'Entities: most frequent false negatives (newswire + seeds)',
      scores,
      'falseNegatives',
      'predictedThere',
      'predicted there',
    ),
  ];
}

module.exports = { measure, score, scoreFixtures, loadNewswire, loadSeeds, annotateThroughCli };
