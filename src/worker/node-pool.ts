// A small pool of worker threads that annotate articles, so the extension host never does the work.
// It grows to one worker per core while a scan keeps them busy and shrinks back to one when idle,
// since each worker holds its own copy of the lexicons (tens of megabytes); the one kept is a fresh one
// once it has worked through a scan, whose garbage its heap would otherwise keep.
import { Worker } from 'worker_threads';
import * as os from 'os';
import type { AnnotateOptions } from '../core/annotate';
import type { CompactAnnotation } from '../core/cache/compact-annotation';
import { consoleLog, type Log } from '../core/log';
import type { Annotation } from '../core/types';
import { PendingRequests, type Answer } from './pending-requests';
import type { AnnotatedLines, AnnotateLinesRequest, AnnotateRequest, AnnotateResponse, JsonlBackend } from './protocol';

/** Which worker holds a request, and its share of that worker's load. */
interface Sent {
  worker: Worker;
  size: number;
}

export interface PoolOptions {
  /** Most workers at once (default: one per core). */
  max?: number;
  /** Extra workers stop after this long without work (ms). */
  idleMs?: number;
  /** Where what the workers recovered from is told (default: the console). */
  log?: Log;
  /** Text a worker annotates before the pool, once idle, replaces it by a fresh one (default: 200 KB, a hundred articles). */
  freshAfterChars?: number;
}

// A worker's heap grows with the garbage of a scan and V8 keeps the pages: after the 982 ECB+ articles an
// idle worker held 107 MB, after 20,000 139 MB, where a fresh one holds its annotators in about 65 MB.
const FRESH_AFTER_CHARS = 200_000;

export class AnnotatePool implements JsonlBackend {
  private readonly workers: Worker[] = [];
  private readonly pending: PendingRequests<Sent>;
  private readonly log: Log;
  /** Per worker: the text it holds now (`load`) and the text it has annotated since it started (`worked`). */
  private readonly sizes = new Map<Worker, { load: number; worked: number }>();
  private readonly freshAfterChars: number;
  private readonly max: number;
  private readonly idleMs: number;
  private idleTimer: NodeJS.Timeout | undefined;

  /** `workerScript`: the bundled worker (dist/annotate-worker.js). One worker starts at once. */
  constructor(
    private readonly workerScript: string,
    options: PoolOptions = {},
  ) {
    this.max = Math.max(1, options.max ?? os.cpus().length);
    this.idleMs = options.idleMs ?? 10_000;
    this.log = options.log ?? consoleLog;
    this.freshAfterChars = options.freshAfterChars ?? FRESH_AFTER_CHARS;
    this.pending = new PendingRequests<Sent>(this.log);
    this.workers.push(this.start());
  }

  get size(): number {
    return this.workers.length;
  }

  /** The workers' thread ids, the one kept when idle first (for logs and tests). */
  get threadIds(): number[] {
    return this.workers.map(worker => worker.threadId);
  }

  annotate(text: string, options: AnnotateOptions = {}): Promise<Annotation> {
    return this.send(text.length + 1, id => ({ id, text, options }));
  }

  annotateCompactly(text: string, options: AnnotateOptions = {}): Promise<CompactAnnotation | Annotation> {
    return this.send(text.length + 1, id => ({ id, text, options, form: 'compact' }));
  }

  /** A piece of JSONL input, whole lines: the lines `annotate --format jsonl` prints for it. */
  annotateLines(jsonl: Uint8Array, options: AnnotateOptions = {}): Promise<AnnotatedLines> {
    return this.send(jsonl.length, id => ({ id, jsonl, options }));
  }

  // `size`: the request's share of its worker's load (characters of text, or bytes of JSONL).
  private send<A extends Answer>(
    size: number,
    request: (id: number) => AnnotateRequest | AnnotateLinesRequest,
  ): Promise<A> {
    clearTimeout(this.idleTimer);
    const worker = this.pickWorker();
    const sizes = this.sizes.get(worker)!;
    sizes.load += size;
    sizes.worked += size;
    // A busy worker keeps the process alive (a CLI or a bench awaiting it); an idle one does not.
    worker.ref();
    return this.pending.add<A>({ worker, size }, id => worker.postMessage(request(id)));
  }

  // The least busy worker takes the article; when all are busy and there is room, a new one starts.
  private pickWorker(): Worker {
    const load = (worker: Worker) => this.sizes.get(worker)?.load ?? 0;
    const idlest = this.workers.reduce((a, b) => (load(b) < load(a) ? b : a));
    if (load(idlest) > 0 && this.workers.length < this.max) {
      const worker = this.start();
      this.workers.push(worker);
      return worker;
    }
    return idlest;
  }

  // A worker that dies (an out-of-memory article, say) fails what it held and is replaced.
  private start(): Worker {
    const worker = new Worker(this.workerScript);
    worker.on('message', (response: AnnotateResponse) => this.settle(response));
    worker.on('error', error => this.replace(worker, error));
    worker.unref();
    this.sizes.set(worker, { load: 0, worked: 0 });
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    this.log.error('an annotation worker failed and is replaced; the articles it held are not annotated', error);
    this.pending.failAll(error, sent => sent.worker === worker);
    this.sizes.delete(worker);
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers[index] = this.start();
  }

  private settle(response: AnnotateResponse): void {
    const settled = this.pending.settle(response);
    if (!settled) return;
    const { worker, size } = settled.tag;
    const sizes = this.sizes.get(worker);
    if (sizes) sizes.load = Math.max(0, sizes.load - size);
    if (!this.pending.some(sent => sent.worker === worker)) worker.unref();
    if (this.pending.size === 0) this.scheduleShrink();
  }

  private scheduleShrink(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      const [kept, ...extra] = this.workers;
      this.workers.splice(1);
      if ((this.sizes.get(kept)?.worked ?? 0) >= this.freshAfterChars) {
        this.workers[0] = this.start();
        extra.push(kept);
      }
      for (const worker of extra) {
        this.sizes.delete(worker);
        void worker.terminate();
      }
    }, this.idleMs);
    this.idleTimer.unref();
  }

  async dispose(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.pending.failAll(new Error('the annotation pool was closed'));
    await Promise.all(this.workers.splice(0).map(w => w.terminate()));
  }
}
