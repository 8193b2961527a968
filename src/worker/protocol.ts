// The one protocol across the thread boundary: what the extension host (or the CLI) asks a worker, what
// it answers, and the backend every entry point hands the annotator, whatever runs behind it.
import type { AnnotateOptions } from '../core/annotate';
import type { Annotation } from '../core/types';

export interface AnnotateRequest {
  id: number;
  text: string;
  options: AnnotateOptions;
}

/** `problems`: what the annotators recovered from on the way (a date rule that threw), for the sender's log. */
export type AnnotateResponse =
  { id: number; annotation: Annotation; problems?: string[] } | { id: number; error: string };

/** Where the annotators run: worker threads, a web worker, or the calling thread. */
export interface AnnotationBackend {
  annotate(text: string, options: AnnotateOptions): Promise<Annotation>;
  dispose(): void | Promise<void>;
}
