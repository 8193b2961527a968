// Shared by the hover card and the Actors view: the words around a mention, short enough for one line.
import { tokenize } from '../core/view';
import type { Span } from '../core';

/** A stretch of text around a mention, with where the mention sits inside it. */
export interface MentionContext {
  text: string;
  /** The mention's offsets inside `text`. */
  start: number;
  end: number;
}

const ELLIPSIS = '…';

/**
 * The sentence that holds the mention, cut to `maxLength` around it. Only the mention's line is
 * split into sentences: the core never lets a sentence cross a line break, and articles are long.
 */
export function sentenceAround(text: string, span: Pick<Span, 'start' | 'end'>, maxLength = 240): MentionContext {
  const line = lineAround(text, span);
  const sentence =
    tokenize(text.slice(line.start, line.end))
      .sentences.map(s => ({ start: line.start + s.start, end: line.start + s.end }))
      .find(s => s.start <= span.start && span.end <= s.end) ?? line;
  const shown = withoutStrayQuotes(text, sentence, span);
  return clip(text, shown, shown, span, maxLength);
}

// A quotation of several sentences opens in the first and closes in the last; a lone quote mark at
// either end of one of them reads as a typo once the sentence is quoted on its own.
function withoutStrayQuotes(text: string, { start, end }: Stretch, span: Stretch): Stretch {
  const inside = text.slice(start, end);
  const straight = (inside.match(/"/g) ?? []).length % 2 === 1;
  if (start < span.start && ((inside.startsWith('“') && !inside.includes('”')) || (straight && inside.startsWith('"'))))
    start++;
  else if (end > span.end && ((inside.endsWith('”') && !inside.includes('“')) || (straight && inside.endsWith('"'))))
    end--;
  return { start, end };
}

/** The mention's line with a few words before it and more after, like a row of the References view. */
export function linePreview(
  text: string,
  span: Pick<Span, 'start' | 'end'>,
  before = 20,
  maxLength = 80,
): MentionContext {
  const line = lineAround(text, span);
  const from = Math.max(line.start, span.start - before);
  return clip(text, { start: from, end: Math.min(line.end, from + maxLength) }, line, span, maxLength);
}

interface Stretch {
  start: number;
  end: number;
}

function lineAround(text: string, { start, end }: Stretch): Stretch {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const breaks = [text.indexOf('\n', end), text.indexOf('\r', end)].filter(i => i >= 0);
  return { start: lineStart, end: breaks.length ? Math.min(...breaks) : text.length };
}

// Cuts `shown` (inside `whole`) to at most `maxLength` around the mention, on word boundaries, with an
// ellipsis where text was left out; white space runs collapse so the context reads as one line.
function clip(text: string, shown: Stretch, whole: Stretch, span: Stretch, maxLength: number): MentionContext {
  let { start: from, end: to } = shown;
  if (to - from > maxLength) {
    const room = Math.max(0, maxLength - (span.end - span.start));
    from = Math.max(whole.start, span.start - Math.floor(room / 3));
    to = Math.min(whole.end, from + maxLength);
  }
  from = Math.min(from, span.start);
  to = Math.max(to, span.end);
  const cutBefore = from > whole.start;
  const cutAfter = to < whole.end;
  if (cutBefore) from = wordStart(text, from, span.start);
  if (cutAfter) to = wordEnd(text, to, span.end);
  const head = text.slice(from, span.start).replace(/\s+/g, ' ').trimStart();
  const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const tail = text.slice(span.end, to).replace(/\s+/g, ' ').trimEnd();
  const prefix = cutBefore ? ELLIPSIS : '';
  const start = prefix.length + head.length;
  return { text: prefix + head + name + tail + (cutAfter ? ELLIPSIS : ''), start, end: start + name.length };
}

// Moves a cut forward to the next word's start, never past the mention.
function wordStart(text: string, from: number, limit: number): number {
  if (/\s/.test(text[from - 1] ?? ' ')) return from;
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

// Moves a cut back to the previous word's end, never before the mention.
function wordEnd(text: string, to: number, limit: number): number {
  if (/\s/.test(text[to] ?? ' ')) return to;
  const space = text.slice(limit, to).search(/\s\S*$/);
  return space < 0 ? to : limit + space;
}
