// Look-ups in spans sorted by start that do not overlap (an article's names or dates): by binary
// search, so that event extraction stays linear on a 5 MB article.
import type { Span } from '../types';

/** Index of the first span that ends after `offset` (spans.length when none does). */
export function firstEndingAfter(spans: Pick<Span, 'start' | 'end'>[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans that lie within [start, end). */
export function spansWithin<T extends Pick<Span, 'start' | 'end'>>(spans: T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstEndingAfter(spans, start); i < spans.length && spans[i].start < end; i++) {
    if (spans[i].start >= start && spans[i].end <= end) found.push(spans[i]);
  }
  return found;
}

export function spanStartingAt<T extends Pick<Span, 'start' | 'end'>>(spans: T[], offset: number): T | undefined {
  const span = spans[firstEndingAfter(spans, offset)];
  return span?.start === offset ? span : undefined;
}

export function spanEndingAt<T extends Pick<Span, 'start' | 'end'>>(spans: T[], offset: number): T | undefined {
  const span = spans[firstEndingAfter(spans, offset - 1)];
  return span?.end === offset ? span : undefined;
}
