// Anchors a correction in an article's text by quote and context, so it is found again after small edits.
import type { Span } from '../types';
import type { QuoteSelector } from './types';

/** As much context as Hypothesis keeps: enough to tell apart the "US" of one sentence from another's. */
export const CONTEXT_LENGTH = 32;

export function quoteOf(text: string, span: Pick<Span, 'start' | 'end'>): QuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
    start: span.start,
  };
}

/**
 * Where the quote is in the text now: the occurrence of its exact text whose surroundings match the stored
 * context best, the one nearest its old offset among equals; null once the exact text is gone.
 */
export function locateQuote(text: string, quote: QuoteSelector): Span | null {
  const { exact } = quote;
  if (!exact) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = commonSuffix(quote.prefix, text, at) + commonPrefix(quote.suffix, text, at + exact.length);
    const distance = Math.abs(at - quote.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { start: at, score, distance };
    // The stored context matches whole where it was: nothing can do better.
    if (score === quote.prefix.length + quote.suffix.length && distance === 0) break;
  }
  return best && { start: best.start, end: best.start + exact.length, text: exact };
}

/** How many characters of `context`, read backwards from its end, precede `at` in the text. */
function commonSuffix(context: string, text: string, at: number): number {
  let n = 0;
  while (n < context.length && n < at && context.charCodeAt(context.length - 1 - n) === text.charCodeAt(at - 1 - n))
    n++;
  return n;
}

/** How many characters of `context`, from its start, follow `at` in the text. */
function commonPrefix(context: string, text: string, at: number): number {
  let n = 0;
  while (n < context.length && at + n < text.length && context.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}
