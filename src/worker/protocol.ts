// The one protocol across the thread boundary: what the extension host (or the CLI) asks a worker, what
// it answers, and the backend every entry point hands the annotator, whatever runs behind it.
import type { AnnotateOptions } from '../core/annotate';
import type { CompactAnnotation } from '../core/cache/compact-annotation';
import type { Annotation } from '../core/types';

export interface AnnotateRequest {
  id: number;
  text: string;
  options: AnnotateOptions;
  /**
   * `'compact'`: answered in the compact form the index and the cache keep, made by the worker. Received
   * whole, each of an archive's annotations was a graph of hundreds of objects the extension host made,
   * packed and dropped: at 20,000 articles their holes left 480 MB of heap committed for 263 MB used.
   */
  form?: 'compact';
}

/**
 * The CLI's map step (`annotate --format jsonl --jsonl`): a piece of the JSONL input, whole lines in UTF-8,
 * annotated into the article lines it prints. `options.articleDate` holds for the lines without a date.
 */
export interface AnnotateLinesRequest {
  id: number;
  jsonl: Uint8Array;
  options: AnnotateOptions;
}

/** What came of a piece of JSONL input. */
export interface AnnotatedLines {
  /** The article lines, in UTF-8, each ending in a newline: what the CLI prints. */
  output: Uint8Array;
  /** The input lines the piece held, blank ones included, to number the next piece's. */
  lineCount: number;
  /** Lines that are no article, numbered from 1 within the piece, and why. */
  badLines: { line: number; problem: string }[];
  /** Articles that could not be annotated, one message each. */
  failed: string[];
}

/** `problems`: what the annotators recovered from on the way (a date rule that threw), for the sender's log. */
export type AnnotateResponse =
  | { id: number; annotation: Annotation; problems?: string[] }
  | { id: number; compact: CompactAnnotation; problems?: string[] }
  | { id: number; lines: AnnotatedLines; problems?: string[] }
  | { id: number; error: string };

/** Where the annotators run: worker threads, a web worker, or the calling thread. */
export interface AnnotationBackend {
  annotate(text: string, options: AnnotateOptions): Promise<Annotation>;
  /** The annotation as the index keeps it: compact, or whole when the compact form cannot hold it. */
  annotateCompactly(text: string, options: AnnotateOptions): Promise<CompactAnnotation | Annotation>;
  dispose(): void | Promise<void>;
}

/** A backend that also takes pieces of JSONL input whole (the Node pool and the calling thread). */
export interface JsonlBackend extends AnnotationBackend {
  annotateLines(jsonl: Uint8Array, options: AnnotateOptions): Promise<AnnotatedLines>;
}

/** What a worker hands over rather than copies with its answer: the printed lines' bytes. */
export function transferables(response: AnnotateResponse): ArrayBuffer[] {
  return 'lines' in response ? [response.lines.output.buffer as ArrayBuffer] : [];
}
