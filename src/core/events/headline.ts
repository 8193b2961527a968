// Finds an article's headline: the first line that reads like one, before the dateline, so the
// events panel can name an article by what it is about rather than by its file name.
import type { Span } from '../types';

const MAX_LINES = 15;
// "TOKYO, December 11. /TASS/." or "MOSCOW (Sputnik)": the story has begun.
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,|\s\()/u;
const BOILERPLATE = /^(?:all news|subscribe|advertisement|share|related|read more|menu|home|world)$/i;

/** The headline's span, or null when the first lines hold nothing like one. */
export function findHeadline(text: string): Span | null {
  let offset = 0;
  let checked = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const start = offset;
    offset += line.length + 1 + (text[start + line.length] === '\r' && text[start + line.length + 1] === '\n' ? 1 : 0);
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (++checked > MAX_LINES || DATELINE.test(trimmed)) break;
    if (looksLikeHeadline(trimmed)) {
      const at = start + line.indexOf(trimmed);
      return { start: at, end: at + trimmed.length, text: trimmed };
    }
  }
  return null;
}

// A headline has a few words, starts with a letter or digit, and does not end like a sentence.
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words >= 4 &&
    words <= 25 &&
    /^[\p{L}\p{N}"“‘']/u.test(line) &&
    !/[.:;,]$/.test(line) &&
    !BOILERPLATE.test(line) &&
    !/©|https?:|www\./.test(line)
  );
}
