// Cuts a long article into pieces at paragraph breaks, for annotators that slow down on huge inputs.
import type { Span } from '../types';

const CHUNK_SIZE = 20_000;

/** Consecutive pieces that cover the text, each ending at a line break once it passes `size` characters. */
export function paragraphChunks(text: string, size = CHUNK_SIZE): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = cutAt(text, start, end, size);
    chunks.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

// The last line break before `end`, else the next one close after it; a 100,000-character line has
// none nearby, so it is cut at a space, or where it is.
function cutAt(text: string, start: number, end: number, size: number): number {
  const before = text.lastIndexOf('\n', end - 1);
  if (before > start) return before + 1;
  const after = text.indexOf('\n', end);
  if (after >= 0 && after - end < size) return after + 1;
  const space = text.lastIndexOf(' ', end - 1);
  return space > start ? space + 1 : end;
}

/** The spans found in a chunk, moved to offsets in the whole text. */
export function shiftSpans<T extends Span>(spans: T[], by: number): T[] {
  return by === 0 ? spans : spans.map(s => ({ ...s, start: s.start + by, end: s.end + by }));
}
