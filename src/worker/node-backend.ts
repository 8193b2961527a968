// The desktop's annotation backend: a pool of worker threads, or where threads cannot start, the
// annotators in the extension host itself, one article at a time (said in the log: it is slower).
import { errorMessage, type Log } from '../core/log';
import { AnnotatePool } from './node-pool';
import type { AnnotationBackend } from './protocol';

/** `workerScript`: dist/annotate-worker.js, which also exports `annotate` for the inline fallback. */
export function startNodeBackend(workerScript: string, log: Log): AnnotationBackend {
  try {
    return new AnnotatePool(workerScript);
  } catch (error) {
    log.warn(`worker threads cannot start (${errorMessage(error)}); articles are annotated on the main thread instead`);
    return inlineBackend(workerScript);
  }
}

// The worker bundle loads only when the first article needs it, so the extension's bundle stays small.
function inlineBackend(workerScript: string): AnnotationBackend {
  let annotators: typeof import('../core/annotate') | undefined;
  return {
    async annotate(text, options) {
      // Each article waits its turn behind the extension host's other work.
      await new Promise(resolve => setImmediate(resolve));
      annotators ??= require(workerScript) as typeof import('../core/annotate');
      return annotators.annotate(text, options);
    },
    dispose() {},
  };
}
