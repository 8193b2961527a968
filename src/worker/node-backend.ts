// The desktop's annotation backend: a pool of worker threads, or where threads cannot start, the
// annotators in the extension host itself, one article at a time.
import type { AnnotateOptions } from '../core/annotate';
import type { Annotation } from '../core/types';
import { AnnotatePool } from './node-pool';

export interface NodeAnnotationBackend {
  annotate(text: string, options: AnnotateOptions): Promise<Annotation>;
  dispose(): void | Promise<void>;
}

/** `workerScript`: dist/annotate-worker.js, which also exports `annotate` for the inline fallback. */
export function startNodeBackend(workerScript: string): NodeAnnotationBackend {
  try {
    return new AnnotatePool(workerScript);
  } catch {
    return inlineBackend(workerScript);
  }
}

// The worker bundle loads only when the first article needs it, so the extension's bundle stays small.
function inlineBackend(workerScript: string): NodeAnnotationBackend {
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
