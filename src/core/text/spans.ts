// Questions about spans that several passes over an article's names ask.
import type { Span } from '../types';

type Range = Pick<Span, 'start' | 'end'>;

/**
 * Whether any of `sorted` (in text order, none nesting in another, so their ends rise with their starts)
 * overlaps `span`: a binary search and a short walk back keep a pass over an article linear in its length.
 */
export function overlapsAnySorted(sorted: readonly Range[], span: Range): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < span.end) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0; i--) {
    if (sorted[i].end > span.start) return true;
    if (sorted[i].end <= span.start && (i === 0 || sorted[i - 1].end <= sorted[i].start)) return false;
  }
  return false;
}

/** The indexes of those of `sorted` (in text order, none nesting in another) that overlap `span`, in order. */
export function overlappingSorted(sorted: readonly Range[], span: Range): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].end <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end > span.start) found.push(i);
  return found;
}
