// The requests sent to workers and not yet answered, by id: each answer settles its promise, and a worker
// that fails or closes fails what it still held. Shared by the Node pool and the web backend.
import type { CompactAnnotation } from '../core/cache/compact-annotation';
import type { Log } from '../core/log';
import type { Annotation } from '../core/types';
import type { AnnotatedLines, AnnotateResponse } from './protocol';

/** What a request is answered with: an article's annotation (whole or compact), or a piece of JSONL input annotated. */
export type Answer = Annotation | CompactAnnotation | AnnotatedLines;

interface Pending<T> {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  /** What the sender keeps about the request (the Node pool: which worker has it, how big it is). */
  tag: T;
}

export class PendingRequests<T = undefined> {
  private readonly pending = new Map<number, Pending<T>>();
  private nextId = 1;

  /** `log`: where the problems a worker recovered from are told. */
  constructor(private readonly log: Log) {}

  get size(): number {
    return this.pending.size;
  }

  /**
   * A new request id and the promise its answer settles; `send(id)` posts the request. `A`: what that
   * request is answered with (a piece of JSONL input gets its lines back, a text its annotation, whole or
   * compact as it asked).
   */
  add<A extends Answer = Annotation>(tag: T, send: (id: number) => void): Promise<A> {
    const id = this.nextId++;
    return new Promise<A>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (answer: Answer) => void, reject, tag });
      send(id);
    });
  }

  /** Settles the request answered (its problems logged); returns its tag, or undefined for an id no longer pending. */
  settle(response: AnnotateResponse): { tag: T } | undefined {
    const pending = this.pending.get(response.id);
    if (!pending) return undefined;
    this.pending.delete(response.id);
    if ('error' in response) {
      pending.reject(new Error(response.error));
    } else {
      for (const problem of response.problems ?? []) this.log.warn(problem);
      pending.resolve(
        'annotation' in response ? response.annotation : 'compact' in response ? response.compact : response.lines,
      );
    }
    return { tag: pending.tag };
  }

  /** Fails the pending requests whose tag matches (all by default). */
  failAll(error: Error, matches: (tag: T) => boolean = () => true): void {
    for (const [id, pending] of this.pending) {
      if (!matches(pending.tag)) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
  }

  some(matches: (tag: T) => boolean): boolean {
    for (const pending of this.pending.values()) if (matches(pending.tag)) return true;
    return false;
  }
}
