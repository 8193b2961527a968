// The desktop's annotation backend: a pool of worker threads, or where threads cannot start, the
// annotators in the extension host itself, one article at a time (said in the log: it is slower).
import { errorMessage, type Log } from '../core/log';
import { AnnotatePool, type PoolOptions } from './node-pool';
import { PendingRequests } from './pending-requests';
import type { AnnotationBackend } from './protocol';

/** `workerScript`: dist/annotate-worker.js, which also exports `handleRequest` for the inline fallback. */
export function startNodeBackend(
  workerScript: string,
  log: Log,
  options: Omit<PoolOptions, 'log'> = {},
): AnnotationBackend {
  try {
    return new AnnotatePool(workerScript, { ...options, log });
  } catch (error) {
    log.warn(`worker threads cannot start (${errorMessage(error)}); articles are annotated on the main thread instead`);
    return inlineBackend(() => require(workerScript) as WorkerModule, log);
  }
}

type WorkerModule = typeof import('./handle-request');

/**
 * The annotators on this thread, answering as a worker would (so their problems reach the log the same
 * way). `load` runs when the first article needs it: the extension's bundle stays small.
 */
export function inlineBackend(load: () => WorkerModule, log: Log): AnnotationBackend {
  let worker: WorkerModule | undefined;
  const pending = new PendingRequests(log);
  return {
    async annotate(text, options) {
      // Each article waits its turn behind the other work of the thread.
      await new Promise(resolve => setImmediate(resolve));
      worker ??= load();
      return pending.add(undefined, id => pending.settle(worker!.handleRequest({ id, text, options })));
    },
    dispose() {
      pending.failAll(new Error('the annotator was closed'));
    },
  };
}
