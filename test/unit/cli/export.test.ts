import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { quoteOf } from '../../../src/core';
import { readSeed, seedNames } from '../seeds';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'bin', 'news-lens.js');
const SEED_000 = '000_d6490ba55f8250cf.txt';
const SEED_001 = '001_b0e5feebaca363bc.txt';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];

/** A copy of the seeds under `news/` in a fresh folder, with `.newslens/` sidecars as given. */
function workspace(sidecars: { annotations?: string; dates?: string } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-cli-'));
  temporary.push(root);
  fs.mkdirSync(path.join(root, 'news'));
  for (const name of seedNames()) fs.writeFileSync(path.join(root, 'news', name), readSeed(name));
  if (sidecars.annotations !== undefined || sidecars.dates !== undefined) fs.mkdirSync(path.join(root, '.newslens'));
  if (sidecars.annotations !== undefined)
    fs.writeFileSync(path.join(root, '.newslens', 'annotations.json'), sidecars.annotations);
  if (sidecars.dates !== undefined)
    fs.writeFileSync(path.join(root, '.newslens', 'article-dates.json'), sidecars.dates);
  return root;
}

function corrections(): string {
  const text = readSeed(SEED_000);
  const at = (exact: string) => quoteOf(text, { start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
  return JSON.stringify({
    version: 1,
    ignore: ['Vladimir Gerdo'],
    documents: {
      [`news/${SEED_000}`]: {
        hash: '',
        corrections: [
          { action: 'add', quote: at('North Korea’s Foreign Ministry'), type: 'organization' },
          { action: 'remove', quote: at('recently') },
        ],
      },
    },
  });
}

describe('news-lens export', () => {
  after(() => {
    for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes a brat folder per article with the corrections and article date of the nearest .newslens/', () => {
    const root = workspace({
      annotations: corrections(),
      dates: JSON.stringify({ [`news/${SEED_000}`]: '2017-12-11' }),
    });
    const out = path.join(root, 'brat');
    const { code, stdout, stderr } = run('export', '--format', 'brat', '--out', out, path.join(root, 'news'));
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 0);
    const stems = seedNames().map(n => n.replace(/\.txt$/, ''));
    assert.deepStrictEqual(
      stdout
        .trim()
        .split('\n')
        .map(p => path.relative(out, p)),
      ['annotation.conf', ...stems.flatMap(s => [path.join(s, `${s}.txt`), path.join(s, `${s}.ann`)])],
    );
    const ann = fs.readFileSync(path.join(out, stems[0], `${stems[0]}.ann`), 'utf8');
    const text = readSeed(SEED_000);
    const ministry = text.indexOf('North Korea’s Foreign Ministry');
    assert.match(ann, new RegExp(`\\tOrganization ${ministry} ${ministry + 30}\\tNorth Korea’s Foreign Ministry\\n`));
    assert.ok(!ann.includes('\trecently\n'), 'the removed date is not exported');
    assert.match(
      ann,
      /Reference T\d+ TIMEX3:2017-11-29\tNovember 29\n/,
      'dates resolve against the stored article date',
    );
    assert.ok(
      !fs.readFileSync(path.join(out, stems[1], `${stems[1]}.ann`), 'utf8').includes('Vladimir Gerdo'),
      'ignored names are not exported',
    );
    assert.strictEqual(fs.readFileSync(path.join(out, stems[0], `${stems[0]}.txt`), 'utf8'), text);
  });

  it('writes one file per article in the other formats, and never reads an earlier export as an article', () => {
    const root = workspace();
    for (const [format, extension] of [
      ['w3c', '.jsonld'],
      ['conll', '.conll'],
      ['jsonl', '.jsonl'],
    ]) {
      // The output folder inside the articles' folder: the second run must not find the first run's files.
      const out = path.join(root, 'news', 'export');
      for (let i = 0; i < 2; i++) {
        const { code, stdout } = run('export', '--format', format, '--out', out, path.join(root, 'news'));
        assert.strictEqual(code, 0);
        assert.deepStrictEqual(
          stdout
            .trim()
            .split('\n')
            .map(p => path.basename(p)),
          seedNames().map(n => n.replace(/\.txt$/, extension)),
        );
      }
      fs.rmSync(out, { recursive: true });
    }
    const record = JSON.parse(
      fs.readFileSync(path.join(workspaceOut(root, 'jsonl'), SEED_001.replace('.txt', '.jsonl')), 'utf8'),
    );
    assert.strictEqual(record.text, readSeed(SEED_001));
  });

  it('skips the articles under a corrupt sidecar, says so on stderr and exits non-zero', () => {
    const root = workspace({ annotations: '{"documents": ' });
    const out = path.join(root, 'out');
    const { code, stdout, stderr } = run('export', '--format', 'jsonl', '--out', out, path.join(root, 'news'));
    assert.strictEqual(code, 1);
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr.trim().split('\n').length, 3);
    assert.match(
      stderr,
      /news-lens: .*000_d6490ba55f8250cf\.txt not exported: .*annotations\.json cannot be read \(not valid JSON/,
    );
  });

  it('explains a missing format, output folder or input', () => {
    assert.strictEqual(run('export', '--out', 'x', 'seeds').code, 2);
    assert.match(run('export', '--format', 'brat', 'seeds').stderr, /export needs --out DIR/);
    assert.match(
      run('export', '--format', 'xml', '--out', 'x', 'seeds').stderr,
      /unsupported export format 'xml' \(brat, w3c, conll, jsonl\)/,
    );
    assert.match(run('export', '--format', 'brat', '--out', 'x').stderr, /no input/);
  });
});

/** Exports the workspace's articles in a format to a fresh folder and returns it. */
function workspaceOut(root: string, format: string): string {
  const out = path.join(root, `out-${format}`);
  assert.strictEqual(run('export', '--format', format, '--out', out, path.join(root, 'news')).code, 0);
  return out;
}

describe('news-lens annotate with sidecars', () => {
  after(() => {
    for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('applies the corrections and article date of the nearest .newslens/ to the JSON contract', () => {
    const root = workspace({
      annotations: corrections(),
      dates: JSON.stringify({ [`news/${SEED_000}`]: '2017-12-11' }),
    });
    const { code, stdout } = run('annotate', '--format', 'json', path.join(root, 'news'));
    assert.strictEqual(code, 0);
    const [first, second] = JSON.parse(stdout).documents;
    assert.ok(
      first.entities.some(
        (e: { text: string; type: string }) => e.text === 'North Korea’s Foreign Ministry' && e.type === 'organization',
      ),
    );
    assert.ok(!first.dates.some((d: { text: string }) => d.text === 'recently'));
    assert.strictEqual(first.date.value, '2017-12-11');
    assert.ok(!second.entities.some((e: { text: string }) => e.text === 'Vladimir Gerdo'));
  });
});
