import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import type { Contract } from '../../../src/core';
import { newsTexts } from './fuzz-texts';
import { tempFolder } from '../temp-folders';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'bin', 'news-lens.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stderr.trim().split('\n').filter(Boolean),
  };
}

function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempFolder('robust');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

// The processes `parent` started, from /proc (Linux).
function childrenOf(parent: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter(name => /^\d+$/.test(name))
    .filter(pid => {
      try {
        // The parent's pid is the second field after the command in parentheses.
        return (
          fs
            .readFileSync(`/proc/${pid}/stat`, 'utf8')
            .replace(/^.*\) /s, '')
            .split(' ')[1] === String(parent)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

const STORY = 'SEOUL (Reuters) - North Korea fired a missile on Wednesday, and Japan lodged a protest with Pyongyang.';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the CLI on odd and broken inputs', function () {
  this.timeout(120_000);

  it('reads a Windows-1252 article with offsets into its decoded text', () => {
    // “Müller” in Windows-1252: 0x93, 0xFC, 0x94.
    const latin1 = Buffer.concat([
      Buffer.from('Chancellor Angela Merkel met '),
      Buffer.from([0x93]),
      Buffer.from('Thomas M'),
      Buffer.from([0xfc]),
      Buffer.from('ller'),
      Buffer.from([0x94]),
      Buffer.from(' in Berlin on Tuesday.'),
    ]);
    const dir = folderWith({ 'latin1.txt': latin1 });
    const { code, stdout } = run('annotate', '--format', 'json', dir);
    assert.strictEqual(code, 0);
    const text = 'Chancellor Angela Merkel met “Thomas Müller” in Berlin on Tuesday.';
    const doc = (JSON.parse(stdout) as Contract).documents[0];
    for (const e of doc.entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
    assert.ok(
      doc.entities.some(e => e.text === 'Thomas Müller'),
      doc.entities.map(e => e.text).join(', '),
    );
  });

  it('skips a binary file with one line and goes on with the other articles', () => {
    const dir = folderWith({
      'a.txt': STORY,
      'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'c.md': STORY,
    });
    const { code, stdout, lines } = run('annotate', '--format', 'json', dir);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(lines, [
      `news-lens: skipped ${path.join(dir, 'b.txt')}: not a text file (it contains NUL bytes)`,
    ]);
    assert.deepStrictEqual(
      (JSON.parse(stdout) as Contract).documents.map(d => d.id),
      ['a.txt', 'c.md'],
    );
  });

  it('gives one line per unreadable path, a non-zero exit, and the readable articles still', () => {
    const dir = folderWith({ 'a.txt': STORY });
    const missing = path.join(dir, 'gone.txt');
    const { code, stdout, lines } = run('annotate', '--format', 'json', missing, path.join(dir, 'a.txt'));
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(lines, [`news-lens: cannot read ${missing}: no such file or folder`]);
    assert.deepStrictEqual(
      (JSON.parse(stdout) as Contract).documents.map(d => d.id),
      ['a.txt'],
    );
  });

  it('fails with one line when the JSONL file is a folder', () => {
    const dir = folderWith({});
    const { code, lines } = run('annotate', '--format', 'json', '--jsonl', dir);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(lines, [`news-lens: cannot read ${dir}: EISDIR`]);
  });

  it('names each malformed JSONL line by number, CRLF line ends and a BOM aside, and annotates the good ones', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: STORY }),
      '{"id": "cut", "text": "North Korea fi',
      JSON.stringify({ id: 7, text: STORY }),
      '',
      JSON.stringify({ id: 'dated', text: STORY, date: 20171129 }),
      JSON.stringify({ id: 'last', text: STORY, date: '2017-11-29' }),
    ];
    const dir = folderWith({ 'in.jsonl': '\uFEFF' + lines.join('\r\n') + '\r\n' });
    const result = run('annotate', '--format', 'json', '--jsonl', path.join(dir, 'in.jsonl'));
    assert.strictEqual(result.code, 1);
    assert.deepStrictEqual(
      result.lines.map(line => line.replace(/^news-lens: .*in\.jsonl:(\d+): .*$/, 'line $1')),
      ['line 2', 'line 3', 'line 5'],
    );
    const contract = JSON.parse(result.stdout) as Contract;
    assert.deepStrictEqual(
      contract.documents.map(d => d.id),
      ['first', 'last'],
    );
    assert.strictEqual(contract.documents[1].dates[0].value, '2017-11-29');
  });

  it('annotates a folder of 10,000 articles, each under its own name, every span inside its text', () => {
    const texts = newsTexts().slice(0, 338);
    const dir = folderWith({});
    const files = Array.from({ length: 10_000 }, (_, i) =>
      path.join(dir, String(Math.floor(i / 500)).padStart(2, '0'), `story-${String(i).padStart(5, '0')}.txt`),
    );
    files.forEach((file, i) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, texts[i % texts.length]);
    });
    const { code, stdout } = run('annotate', '--format', 'json', dir);
    assert.strictEqual(code, 0);
    const documents = (JSON.parse(stdout) as Contract).documents;
    assert.deepStrictEqual(
      documents.map(d => d.id),
      files.map(file => path.basename(file)),
    );
    documents.forEach((doc, i) => {
      const text = texts[i % texts.length];
      for (const span of [...doc.entities, ...doc.dates])
        assert.strictEqual(text.slice(span.start, span.end), span.text);
    });
    assert.ok(documents.filter(d => d.entities.length > 0).length > 9000);
  });

  it('stops quietly, with no error, when its reader closes the pipe early (`| head`)', async () => {
    const input = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text: STORY })).join('\n');
    const file = path.join(folderWith({ 'in.jsonl': input }), 'in.jsonl');
    const child = spawn(process.execPath, [CLI, 'annotate', '--format', 'jsonl', '--jsonl', file]);
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise(resolve => child.on('exit', resolve));
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 0);
  });

  it('takes the annotating process down with it when it is terminated', async function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip();
    // Reading stdin that never ends: the command waits until it is stopped.
    const child = spawn(process.execPath, [CLI, 'annotate', '--format', 'jsonl', '--jsonl', '-']);
    let inner: number[] = [];
    for (let tries = 0; tries < 100 && !inner.length; tries++) {
      await new Promise(resolve => setTimeout(resolve, 100));
      inner = childrenOf(child.pid!);
    }
    assert.ok(inner.length > 0, 'no annotating process started');
    child.kill('SIGTERM');
    await new Promise(resolve => child.on('exit', resolve));
    // Gone within five seconds: a loaded machine (the CI's parallel suites) can take over half a second.
    const running = () => inner.filter(pid => isRunning(pid));
    for (let tries = 0; tries < 50 && running().length; tries++) await new Promise(resolve => setTimeout(resolve, 100));
    for (const pid of inner) assert.throws(() => process.kill(pid, 0), /ESRCH/, `process ${pid} still runs`);
  });
});
