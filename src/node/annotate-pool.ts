// A small pool of worker threads that annotate articles, so the extension host never does the work.
import { Worker } from 'worker_threads';
import * as os from 'os';
import type { AnnotateOptions, Annotation } from '../core';

export interface AnnotateRequest {
  id: number;
  text: string;
  options: AnnotateOptions;
}

export type AnnotateResponse = { id: number; annotation: Annotation } | { id: number; error: string };

interface Pending {
  resolve: (annotation: Annotation) => void;
  reject: (error: Error) => void;
}

export class AnnotatePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  private nextId = 1;

  /** `workerScript`: the bundled worker (dist/annotate-worker.js). One worker per core, at most `max`. */
  constructor(workerScript: string, max = Math.max(1, os.cpus().length)) {
    for (let i = 0; i < max; i++) {
      const worker = new Worker(workerScript);
      this.workers.push(this.start(workerScript));
    }
  }

  // A worker that dies (an out-of-memory article, say) fails what it held and is replaced.
  private start(workerScript: string): Worker {
    const worker = new Worker(workerScript);
    worker.on('message', (response: AnnotateResponse) => this.settle(response));
    worker.on('error', error => {
      this.failAll(error);
      const index = this.workers.indexOf(worker);
      if (index >= 0) this.workers[index] = this.start(workerScript);
      this.load.delete(worker);
    });
    worker.unref();
    this.load.set(worker, 0);
    return worker;
  }

  annotate(text: string, options: AnnotateOptions = {}): Promise<Annotation> {
    const id = this.nextId++;
    // The least busy worker takes the article, so one long article does not hold up the others.
    const worker = this.workers.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
    this.load.set(worker, this.load.get(worker)! + text.length + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options } satisfies AnnotateRequest);
    }).finally(() => {
      if (this.load.has(worker)) this.load.set(worker, Math.max(0, this.load.get(worker)! - text.length - 1));
    }) as Promise<Annotation>;
  }

  private settle(response: AnnotateResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if ('annotation' in response) pending.resolve(response.annotation);
    else pending.reject(new Error(response.error));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  async dispose(): Promise<void> {
    this.failAll(new Error('the annotation pool was closed'));
    await Promise.all(this.workers.map(w => w.terminate()));
  }
}
