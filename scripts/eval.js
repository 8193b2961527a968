// `npm run eval`: annotates ECB+ (../shared/eval/ecbplus.jsonl) through the CLI contract and prints
// one markdown table per measure in scripts/eval/ (entities, linking, dates, events, …).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
// ../shared beside the project (a git worktree may sit one folder deeper), or NEWS_LENS_SHARED.
const DATASET =
  [
    process.env.NEWS_LENS_SHARED && path.join(process.env.NEWS_LENS_SHARED, 'eval', 'ecbplus.jsonl'),
    path.join(root, '..', 'shared', 'eval', 'ecbplus.jsonl'),
    path.join(root, '..', '..', 'shared', 'eval', 'ecbplus.jsonl'),
  ].find(file => file && fs.existsSync(file)) ?? path.join(root, '..', 'shared', 'eval', 'ecbplus.jsonl');

function loadGold(file, limit) {
  if (!fs.existsSync(file)) {
    console.error(`eval: ${file} not found (it comes with ../shared beside the project)`);
    process.exit(2);
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return lines.slice(0, limit || lines.length).map(line => JSON.parse(line));
}

/** Runs the real CLI on the gold texts, as every quality check does. */
function annotateThroughCli(gold) {
  const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-eval-')), 'input.jsonl');
  fs.writeFileSync(input, gold.map(d => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'news-lens.js'), 'annotate', '--format', 'json', '--jsonl', input],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.rmSync(path.dirname(input), { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(`eval: the CLI failed (exit ${run.status}): ${run.stderr.trim()}`);
    process.exit(1);
  }
  return { contract: JSON.parse(run.stdout), seconds };
}

function printTable({ title, columns, rows, note }) {
  console.log(`\n### ${title}\n`);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  if (note) console.log(`\n${note}`);
}

function main() {
  const limit = Number((process.argv.find(a => a.startsWith('--limit=')) || '').split('=')[1]) || 0;
  const gold = loadGold(DATASET, limit);
  const { contract, seconds } = annotateThroughCli(gold);
  const chars = gold.reduce((sum, d) => sum + d.text.length, 0);
  console.log(
    `ECB+: ${gold.length} documents, ${(chars / 1024).toFixed(0)} KB annotated by the CLI in ${seconds.toFixed(1)} s ` +
      `(${(chars / 1024 / seconds).toFixed(0)} KB/s, whole process)`,
  );
  const byId = new Map(contract.documents.map(d => [d.id, d]));
  // --only=NAME[,NAME] runs only those measures (file names in scripts/eval/ without .js).
  const only = (process.argv.find(a => a.startsWith('--only=')) || '').split('=')[1]?.split(',');
  const measures = fs
    .readdirSync(path.join(__dirname, 'eval'))
    .filter(f => f.endsWith('.js') && (!only || only.includes(f.slice(0, -3))))
    .sort();
  for (const file of measures) {
    const { measure } = require(path.join(__dirname, 'eval', file));
    // Helper modules beside the measures export no measure.
    if (typeof measure === 'function') [].concat(measure(gold, byId, contract)).forEach(printTable);
  }
}

main();
