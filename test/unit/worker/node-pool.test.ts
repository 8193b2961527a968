import * as assert from 'assert';
import * as path from 'path';
import { annotate } from '../../../src/core';
import { compactAnnotation, expandAnnotation } from '../../../src/core/cache/compact-annotation';
import { AnnotatePool } from '../../../src/worker/node-pool';
import { PendingRequests } from '../../../src/worker/pending-requests';
import { inlineBackend, startNodeBackend, workerOnThisThread } from '../../../src/worker/node-backend';
import type { Log } from '../../../src/core/log';

const WORKER = path.join(__dirname, '..', '..', '..', '..', 'dist', 'annotate-worker.js');
const TEXT =
  'MOSCOW, Jan 14 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Thursday that talks with Japan would go on.';

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: m => lines.push(`info ${m}`),
    warn: m => lines.push(`warn ${m}`),
    error: m => lines.push(`error ${m}`),
  };
}

describe('the worker pool', () => {
  it('answers each request with what the annotators give on the calling thread', async () => {
    const pool = new AnnotatePool(WORKER, { max: 2 });
    try {
      const texts = [TEXT, 'North Korea launched a missile on Nov. 29.', TEXT.toUpperCase()];
      const answers = await Promise.all(texts.map(text => pool.annotate(text, {})));
      assert.deepStrictEqual(
        answers,
        texts.map(text => annotate(text)),
      );
      assert.ok(pool.size <= 2);
    } finally {
      await pool.dispose();
    }
  });

  it('keeps one fresh worker once idle after a scan, and answers as before with it', async () => {
    const pool = new AnnotatePool(WORKER, { max: 2, idleMs: 50, freshAfterChars: 300 });
    try {
      const texts = [TEXT, 'North Korea launched a missile on Nov. 29.', TEXT.toUpperCase(), `${TEXT} ${TEXT}`];
      await Promise.all(texts.map(text => pool.annotate(text)));
      const [scanned] = pool.threadIds;
      await new Promise(resolve => setTimeout(resolve, 300));
      assert.strictEqual(pool.size, 1);
      assert.notStrictEqual(pool.threadIds[0], scanned, 'the worker that did the scan is replaced');
      assert.deepStrictEqual(await pool.annotate(TEXT), annotate(TEXT));
      // A worker that has done little is kept as it is.
      const kept = pool.threadIds[0];
      await new Promise(resolve => setTimeout(resolve, 300));
      assert.strictEqual(pool.threadIds[0], kept);
    } finally {
      await pool.dispose();
    }
  });

  it('answers in the compact form when asked, in a worker thread and on the main thread alike', async () => {
    const pool = new AnnotatePool(WORKER, { max: 2 });
    const inline = inlineBackend(() => workerOnThisThread(WORKER), recordingLog());
    try {
      const texts = [TEXT, 'North Korea launched a missile on Nov. 29.'];
      const options = { articleDate: '2016-01-14' };
      const fromPool = await Promise.all(texts.map(text => pool.annotateCompactly(text, options)));
      const fromThisThread = await Promise.all(texts.map(text => inline.annotateCompactly(text, options)));
      const expected = texts.map(text => compactAnnotation(annotate(text, options)));
      assert.deepStrictEqual(fromPool, expected);
      assert.deepStrictEqual(fromThisThread, expected);
      assert.deepStrictEqual(
        fromPool.map(compact => 'packed' in compact && expandAnnotation(compact)),
        texts.map(text => annotate(text, options)),
      );
      // The whole annotation is still there for whoever asks for it.
      assert.deepStrictEqual(await pool.annotate(TEXT, options), annotate(TEXT, options));
    } finally {
      await pool.dispose();
      await inline.dispose();
    }
  });

  it('fails what is pending when it is closed', async () => {
    const pool = new AnnotatePool(WORKER, { max: 1 });
    const rejected = assert.rejects(pool.annotate(TEXT, {}), /closed/);
    await pool.dispose();
    await rejected;
  });

  it('logs the fallback to the main thread when worker threads cannot start', async () => {
    const log = recordingLog();
    // A worker script path that is not a string makes `new Worker` throw at once.
    const backend = startNodeBackend({} as unknown as string, log);
    assert.strictEqual(log.lines.length, 1);
    assert.match(log.lines[0], /^warn worker threads cannot start .*main thread/);
    await backend.dispose();
  });

  it('runs the worker bundle on the main thread as a web worker would, answering as the annotators do', () => {
    const worker = workerOnThisThread(WORKER);
    const text = 'Sergei Lavrov met Masahiko Komura in Moscow on Tuesday.';
    const answer = worker.handleRequest({ id: 7, text, options: {} });
    assert.deepStrictEqual(answer, { id: 7, annotation: annotate(text) });
    assert.strictEqual((globalThis as { self?: unknown }).self, undefined, 'the stand-in scope is gone');
  });
});

describe('pending requests', () => {
  it('settles each request by its id, with errors as rejections, and ignores unknown ids', async () => {
    const pending = new PendingRequests<string>(recordingLog());
    const ids: number[] = [];
    const first = pending.add('a', id => ids.push(id));
    const second = assert.rejects(
      pending.add('b', id => ids.push(id)),
      /boom/,
    );
    assert.strictEqual(ids.length, 2);
    assert.notStrictEqual(ids[0], ids[1]);
    assert.strictEqual(pending.settle({ id: 999, error: 'late' }), undefined);
    assert.deepStrictEqual(pending.settle({ id: ids[1], error: 'boom' }), { tag: 'b' });
    const annotation = annotate('Japan protested.');
    pending.settle({ id: ids[0], annotation });
    assert.deepStrictEqual(await first, annotation);
    await second;
    assert.strictEqual(pending.size, 0);
  });

  it('settles a request answered in the compact form with that form', async () => {
    const pending = new PendingRequests(recordingLog());
    let sent = 0;
    const answer = pending.add(undefined, id => (sent = id));
    const compact = compactAnnotation(annotate('Japan protested on Monday.'))!;
    pending.settle({ id: sent, compact });
    assert.strictEqual(await answer, compact);
  });

  it('logs the problems an answer carries', async () => {
    const log = recordingLog();
    const pending = new PendingRequests(log);
    let sent = 0;
    const answer = pending.add(undefined, id => (sent = id));
    pending.settle({
      id: sent,
      annotation: annotate('Japan protested.'),
      problems: ["the date rule 'weekdays' failed on an article: boom"],
    });
    await answer;
    assert.deepStrictEqual(log.lines, ["warn the date rule 'weekdays' failed on an article: boom"]);
  });

  it('fails only the requests whose tag matches', async () => {
    const pending = new PendingRequests<string>(recordingLog());
    const a = assert.rejects(
      pending.add('a', () => {}),
      /worker a died/,
    );
    const b = assert.rejects(
      pending.add('b', () => {}),
      /closed/,
    );
    pending.failAll(new Error('worker a died'), tag => tag === 'a');
    await a;
    assert.ok(pending.some(tag => tag === 'b'));
    pending.failAll(new Error('closed'));
    await b;
  });
});
