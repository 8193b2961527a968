// `node scripts/check-map-reduce.js [--data FILE] [--jobs N]`: on the whole of ECB+ (texts only), checks
// that the map step joined by `link` — in one pipe, and spread over N processes by the README's GNU
// parallel recipe — prints exactly what one `annotate --format json` prints. The unit test does the same
// on 48 articles; this one takes minutes.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');
const argument = (name, fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const DATASET = argument('--data', path.join(root, '..', 'shared', 'eval', 'ecbplus.jsonl'));
const JOBS = Number(argument('--jobs', '2'));
const CLI = path.join(root, 'bin', 'news-lens.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-map-reduce-'));
const articles = path.join(dir, 'articles.jsonl');
const texts = fs
  .readFileSync(DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(line => {
    const { id, text } = JSON.parse(line);
    return JSON.stringify({ id, text });
  });
fs.writeFileSync(articles, texts.join('\n') + '\n');

const quote = file => `'${file.replace(/'/g, `'\\''`)}'`;
const cli = `${quote(process.execPath)} ${quote(CLI)}`;
const runs = {
  'annotate --format json': `${cli} annotate --format json --jsonl ${quote(articles)}`,
  'annotate --format jsonl | link --format json -': `${cli} annotate --format jsonl --jsonl ${quote(articles)} | ${cli} link --format json -`,
  [`parallel -j ${JOBS} (the README recipe) | link`]:
    `parallel --will-cite --pipe --keep-order --block 1M -j ${JOBS} ${cli} annotate --format jsonl --workers 1 --jsonl - ` +
    `< ${quote(articles)} | ${cli} link --format json -`,
};

let expected;
let failed = false;
for (const [name, command] of Object.entries(runs)) {
  const started = Date.now();
  const out = execFileSync('bash', ['-o', 'pipefail', '-c', command], {
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  expected ??= out;
  const same = out === expected;
  failed ||= !same;
  console.log(`${same ? 'equal    ' : 'DIFFERENT'} ${name} (${texts.length} articles, ${seconds} s)`);
}
fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
