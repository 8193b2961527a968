// The desktop's annotation backend: a pool of worker threads, or where threads cannot start, the
// annotators in the extension host itself, one article at a time (said in the log: it is slower).
import { errorMessage, type Log } from '../core/log';
import { AnnotatePool } from './node-pool';
import { PendingRequests } from './pending-requests';
import type { AnnotationBackend } from './protocol';

/** `workerScript`: dist/annotate-worker.js, which also exports `handleRequest` for the inline fallback. */
export function startNodeBackend(workerScript: string, log: Log): AnnotationBackend {
  try {
    return new AnnotatePool(workerScript, { log });
  } catch (error) {
    log.warn(`worker threads cannot start (${errorMessage(error)}); articles are annotated on the main thread instead`);
    return inlineBackend(workerScript, log);
  }
}

// The worker bundle loads only when the first article needs it, so the extension's bundle stays small.
// It answers as a worker would, so its problems reach the log the same way.
function inlineBackend(workerScript: string, log: Log): AnnotationBackend {
  let worker: typeof import('./handle-request') | undefined;
  const pending = new PendingRequests(log);
  return {
    async annotate(text, options) {
      // Each article waits its turn behind the extension host's other work.
      await new Promise(resolve => setImmediate(resolve));
      worker ??= require(workerScript) as typeof import('./handle-request');
      return pending.add(undefined, id => pending.settle(worker!.handleRequest({ id, text, options })));
    },
    dispose() {
      pending.failAll(new Error('the annotator was closed'));
    },
  };
}
