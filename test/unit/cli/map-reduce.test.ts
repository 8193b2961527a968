// The map step (`annotate --format jsonl`), the reduce step (`link`) and the GNU parallel recipe of the
// README, on the first 48 ECB+ articles of the news dev set (texts only; `node scripts/check-map-reduce.js`
// runs all 982 of ECB+): whichever way the articles are annotated and joined, the answer is what one
// `annotate --format json` gives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { ArticleLine, Contract, ContractDocument } from '../../../src/core';
import { tempFolder } from '../temp-folders';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'bin', 'news-lens.js');
const DEV_SET = path.join(ROOT, 'test', 'fixtures', 'news-dev', 'articles.jsonl');
const SUBSET = 48;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function shell(command: string) {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const file = path.join(tempFolder('map'), name);
  fs.writeFileSync(file, content);
  return file;
}

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line));

describe('map and reduce: annotate --format jsonl, then link', function () {
  this.timeout(180_000);
  const inputs = fs
    .readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, SUBSET)
    .map(line => JSON.parse(line) as { id: string; text: string })
    .map(({ id, text }) => ({ id, text }));
  const ARTICLES = tempFile('articles.jsonl', inputs.map(input => JSON.stringify(input)).join('\n') + '\n');
  /** One `annotate --format json`, and the map step with two workers. */
  let expected: string;
  let mapped: string;

  before(() => {
    const once = run(['annotate', '--format', 'json', '--jsonl', ARTICLES]);
    assert.strictEqual(once.code, 0, once.stderr);
    expected = once.stdout;
    const map = run(['annotate', '--format', 'jsonl', '--workers', '2', '--jsonl', ARTICLES]);
    assert.strictEqual(map.code, 0, map.stderr);
    mapped = map.stdout;
  });

  it("writes one line per article in input order, with each entity's actor key and article-level name, and no actor index", () => {
    const articles = lines(mapped) as ArticleLine[];
    assert.deepStrictEqual(
      articles.map(a => a.id),
      inputs.map(input => input.id),
    );
    assert.ok(articles.every(a => !('actors' in a)));
    for (const [i, article] of articles.entries()) {
      for (const e of article.entities) {
        assert.strictEqual(inputs[i].text.slice(e.start, e.end), e.text);
        assert.match(e.actorKey, /^(person|organization|place):/);
        assert.ok(e.actorName.length > 0);
      }
    }
  });

  it('link --format json gives exactly what annotate --format json gives, read from stdin', () => {
    const linked = run(['link', '--format', 'json', '-'], mapped);
    assert.strictEqual(linked.code, 0, linked.stderr);
    assert.strictEqual(linked.stdout, expected);
  });

  it('reads the articles from stdin too, and gives the same lines on the main thread (--workers 0)', () => {
    const { code, stdout } = run(
      ['annotate', '--format', 'jsonl', '--workers', '0', '--jsonl', '-'],
      fs.readFileSync(ARTICLES, 'utf8'),
    );
    assert.strictEqual(code, 0);
    assert.strictEqual(stdout, mapped);
  });

  it('link joins shards given as files, and --format jsonl streams the articles with actor ids, then the actors', () => {
    const all = mapped.split('\n').filter(Boolean);
    const half = Math.floor(all.length / 2);
    const shards = [
      tempFile('a.jsonl', all.slice(0, half).join('\n') + '\n'),
      tempFile('b.jsonl', all.slice(half).join('\n') + '\n'),
    ];
    const contract = JSON.parse(expected) as Contract;
    assert.strictEqual(run(['link', '--format', 'json', ...shards]).stdout, expected);
    const streamed = lines(run(['link', '--format', 'jsonl', ...shards]).stdout);
    assert.deepStrictEqual(streamed.slice(0, -1) as ContractDocument[], contract.documents);
    assert.deepStrictEqual(streamed[streamed.length - 1], { actors: contract.actors });
  });

  it('reports a bad line of link input by its number and goes on', () => {
    const [first, second] = run([
      'annotate',
      '--format',
      'jsonl',
      '--jsonl',
      tempFile(
        'two.jsonl',
        [
          JSON.stringify({ id: 'a', text: 'Sergei Lavrov met Fumio Kishida in Moscow.' }),
          JSON.stringify({ id: 'b', text: 'Lavrov said talks would go on.' }),
        ].join('\n'),
      ),
    ]).stdout.split('\n');
    const input = tempFile(
      'mixed.jsonl',
      [first, '{not json', JSON.stringify({ id: 'c', entities: 'none' }), second].join('\n'),
    );
    const { code, stdout, stderr } = run(['link', '--format', 'json', input]);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(stderr.trim().split('\n'), [
      `news-lens: ${input}:2: not valid JSON`,
      `news-lens: ${input}:3: not a line of annotate --format jsonl (date: not a JSON object)`,
    ]);
    const contract = JSON.parse(stdout) as Contract;
    assert.deepStrictEqual(
      contract.documents.map(d => d.id),
      ['a', 'b'],
    );
    assert.deepStrictEqual(
      contract.documents[1].entities.map(e => e.actor),
      ['person:sergei-lavrov'],
      'the surname joins the full name across the lines',
    );
  });

  it("runs the README's GNU parallel recipe with several jobs and gives the one-process answer", () => {
    assert.ok(
      shell('command -v parallel').code === 0,
      'GNU parallel is not installed (scripts/ensure-deps.js installs the Debian package)',
    );
    // Small blocks so that the articles make several jobs, three at a time.
    const recipe =
      `parallel --will-cite --pipe --keep-order --block 20k -j 3 node ${JSON.stringify(CLI)} annotate --format jsonl --workers 1 --jsonl - ` +
      `< ${JSON.stringify(ARTICLES)} | node ${JSON.stringify(CLI)} link --format json -`;
    const { code, stdout, stderr } = shell(recipe);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stdout, expected);
    const jobs = shell(`parallel --will-cite --pipe --block 20k -j 3 wc -l < ${JSON.stringify(ARTICLES)}`)
      .stdout.trim()
      .split('\n');
    assert.ok(jobs.length >= 3, `the input made ${jobs.length} jobs`);
  });
});
