// The desktop's annotation backend: a pool of worker threads, or where threads cannot start, the
// annotators in the extension host itself, one article at a time (said in the log: it is slower).
import { errorMessage, type Log } from '../core/log';
import type { WorkerScope } from './annotate-worker';
import { AnnotatePool, type PoolOptions } from './node-pool';
import { PendingRequests, type Answer } from './pending-requests';
import type { AnnotateLinesRequest, AnnotateRequest, AnnotateResponse, JsonlBackend } from './protocol';

/** `workerScript`: dist/annotate-worker.js, run on the main thread when threads cannot start. */
export function startNodeBackend(workerScript: string, log: Log, options: Omit<PoolOptions, 'log'> = {}): JsonlBackend {
  try {
    return new AnnotatePool(workerScript, { ...options, log });
  } catch (error) {
    log.warn(`worker threads cannot start (${errorMessage(error)}); articles are annotated on the main thread instead`);
    return inlineBackend(() => workerOnThisThread(workerScript), log);
  }
}

interface WorkerModule {
  handleRequest(request: AnnotateRequest | AnnotateLinesRequest): AnnotateResponse;
}

const onThisThread = new Map<string, WorkerModule>();

/**
 * The worker script loaded on this thread as a web worker would run it, with a stand-in for the worker's
 * scope (`self`) while it loads: what it posts back is the answer.
 */
export function workerOnThisThread(workerScript: string): WorkerModule {
  let loaded = onThisThread.get(workerScript);
  if (loaded) return loaded;
  let answer: AnnotateResponse | undefined;
  const scope: WorkerScope = { onmessage: null, postMessage: response => (answer = response) };
  const global = globalThis as { self?: unknown };
  const previous = global.self;
  global.self = scope;
  try {
    require(workerScript);
  } finally {
    if (previous === undefined) delete global.self;
    else global.self = previous;
  }
  loaded = {
    handleRequest(request) {
      answer = undefined;
      scope.onmessage?.({ data: request });
      return answer ?? { id: request.id, error: 'the annotator gave no answer' };
    },
  };
  onThisThread.set(workerScript, loaded);
  return loaded;
}

/**
 * The annotators on this thread, answering as a worker would (so their problems reach the log the same
 * way). `load` runs when the first article needs it: the extension's bundle stays small.
 */
export function inlineBackend(load: () => WorkerModule, log: Log): JsonlBackend {
  let worker: WorkerModule | undefined;
  const pending = new PendingRequests(log);
  async function answer<A extends Answer>(request: (id: number) => AnnotateRequest | AnnotateLinesRequest): Promise<A> {
    // Each request waits its turn behind the other work of the thread.
    await new Promise(resolve => setImmediate(resolve));
    worker ??= load();
    return pending.add<A>(undefined, id => pending.settle(worker!.handleRequest(request(id))));
  }
  return {
    annotate: (text, options) => answer(id => ({ id, text, options })),
    annotateCompactly: (text, options) => answer(id => ({ id, text, options, form: 'compact' })),
    annotateLines: (jsonl, options) => answer(id => ({ id, jsonl, options })),
    dispose() {
      pending.failAll(new Error('the annotator was closed'));
    },
  };
}
