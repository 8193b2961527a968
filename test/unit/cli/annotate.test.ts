import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { Contract } from '../../../src/core';
import { SEEDS_DIR, readSeed, seedNames } from '../seeds';
import { tempFolder } from '../temp-folders';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'bin', 'news-lens.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const dir = tempFolder('cli');
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('news-lens annotate', () => {
  it('annotates the seeds folder into the JSON contract', () => {
    const { code, stdout } = run('annotate', '--format', 'json', SEEDS_DIR);
    assert.strictEqual(code, 0);
    const contract = JSON.parse(stdout) as Contract;
    assert.deepStrictEqual(
      contract.documents.map(d => d.id),
      seedNames(),
    );
    for (const doc of contract.documents) {
      const text = readSeed(doc.id);
      for (const e of doc.entities) {
        assert.strictEqual(text.slice(e.start, e.end), e.text);
        assert.ok(
          contract.actors.some(a => a.id === e.actor),
          `actor ${e.actor} listed`,
        );
      }
      for (const d of doc.dates) assert.deepStrictEqual(Object.keys(d), ['start', 'end', 'text', 'value', 'grain']);
      for (const ev of doc.events)
        assert.deepStrictEqual(Object.keys(ev), [
          'start',
          'end',
          'text',
          'trigger',
          'date',
          'actors',
          'dateSource',
          'place',
          'speaker',
          'kind',
          'main',
          'polarity',
          'modality',
          'happening',
        ]);
    }
    const northKorea = contract.actors.find(a => a.id === 'place:north-korea');
    assert.deepStrictEqual(northKorea?.documents, seedNames());
  });

  it('resolves relative dates against --date', () => {
    const file = tempFile('a.txt', 'Lavrov said Tuesday that talks with Japan would go on.');
    const contract = JSON.parse(run('annotate', '--format', 'json', '--date', '2016-01-14', file).stdout) as Contract;
    assert.deepStrictEqual(contract.documents[0].date, { value: '2016-01-14', source: 'given', confidence: 1 });
    assert.strictEqual(contract.documents[0].dates[0].value, '2016-01-12');
  });

  it('reads JSONL with ids and per-line dates, reports a bad line by number and keeps the others', () => {
    const lines = [
      JSON.stringify({
        id: 'first',
        text: 'On November 29, North Korea conducted a missile launch.',
        date: '2017-12-11',
      }),
      '{not json',
      JSON.stringify({ id: 'second', text: 'Japan protested.' }),
    ];
    const { code, stdout, stderr } = run(
      'annotate',
      '--format',
      'json',
      '--jsonl',
      tempFile('in.jsonl', lines.join('\n')),
    );
    assert.notStrictEqual(code, 0);
    assert.match(stderr, /in\.jsonl:2: /);
    assert.strictEqual(stderr.trim().split('\n').length, 1);
    const contract = JSON.parse(stdout) as Contract;
    assert.deepStrictEqual(
      contract.documents.map(d => d.id),
      ['first', 'second'],
    );
    assert.strictEqual(contract.documents[0].dates[0].value, '2017-11-29');
  });

  it('--format jsonl tells bad lines by their number in the whole input, as --format json does', () => {
    const article = (id: string) => JSON.stringify({ id, text: 'Japan protested on Wednesday.', date: '2017-11-30' });
    // Past the first piece the workers are handed (32 KB), blank lines and \r\n line ends counted.
    const lines = [article('first'), ...Array<string>(40_000).fill(''), '{not json', article('second'), '{"id": 2}'];
    const file = tempFile('in.jsonl', lines.join('\r\n'));
    const expected = [`${file}:40002: not valid JSON`, `${file}:40004: expected {"id": string`];
    for (const workers of ['2', '0']) {
      const { code, stdout, stderr } = run('annotate', '--format', 'jsonl', '--workers', workers, '--jsonl', file);
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(
        stdout
          .trim()
          .split('\n')
          .map(line => (JSON.parse(line) as { id: string }).id),
        ['first', 'second'],
      );
      const told = stderr.trim().split('\n');
      assert.strictEqual(told.length, 2, stderr);
      told.forEach((line, i) => assert.ok(line.includes(expected[i]), line));
    }
    const linked = run('annotate', '--format', 'json', '--jsonl', file).stderr.trim().split('\n');
    linked.forEach((line, i) => assert.ok(line.includes(expected[i]), line));
  });

  it('fails with one line on stderr for a path that does not exist', () => {
    const { code, stderr } = run('annotate', '--format', 'json', path.join(os.tmpdir(), 'no-such-article.txt'));
    assert.notStrictEqual(code, 0);
    assert.match(stderr, /^news-lens: cannot read .*no-such-article\.txt/);
    assert.strictEqual(stderr.trim().split('\n').length, 1);
  });

  it('drops a UTF-8 byte-order mark so offsets match the editor', () => {
    const file = tempFile('bom.txt', '\uFEFFNorth Korea launched a missile.');
    const doc = (JSON.parse(run('annotate', '--format', 'json', file).stdout) as Contract).documents[0];
    assert.deepStrictEqual(
      doc.entities.map(e => [e.start, e.text]),
      [[0, 'North Korea']],
    );
  });

  it('rejects an unknown format with usage help', () => {
    const { code, stderr } = run('annotate', '--format', 'xml', SEEDS_DIR);
    assert.strictEqual(code, 2);
    assert.match(stderr, /unsupported format 'xml'/);
  });
});
