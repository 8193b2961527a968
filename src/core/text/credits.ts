// Photo credits, as the `news` grammar scopes them (syntaxes/news.tmLanguage.json, "credit"): the names in
// them are real, but a credit line names who took the picture, not who the story is about.
import type { Mention, Span } from '../types';

// The grammar's credit patterns, in JavaScript; test/unit/core/text/credits.test.ts holds both to the
// grammar's own test file. A letter boundary replaces `\b`, which JavaScript knows for ASCII only.
const CREDIT_PATTERNS: readonly RegExp[] = [
  // "© AFP 2023 / DOMINICK REUTER", "© Vladimir Gerdo/TASS": the rest of the line.
  /©[^\n\r]*/gu,
  // "Photo: Mikhail Metzel/TASS", "Image credit: …"
  /(?<![\p{L}\p{N}])(?:Photo|Picture|Image)(?: credit)?:\s+[^\n\r]*/gu,
  // "REUTERS/Evgenia Novozhenina", "REUTERS/Kevin Lamarque/File Photo"
  /(?<![\p{L}\p{N}])REUTERS\s*\/\s*\p{Lu}[^\n\r]*/gu,
  // "Vladimir Gerdo/TASS", "Anatolii Stepanov/AFP via Getty Images"
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\s*\/\s*(?:TASS|AFP|AP|EPA|Reuters|Sputnik|Getty Images)(?![\p{L}\p{N}])(?:\s+via\s+Getty Images)?/gu,
  // "(AP Photo/Efrem Lukatsky)", "(Reuters/Kevin Lamarque)", "(Photo by Chip Somodevilla/Getty Images)"
  /\((?:(?:AP|AFP|EPA|Reuters|REUTERS|Xinhua|Yonhap|Kyodo|TASS|Sputnik|Getty Images)(?: Photo)?\s*\/|(?:Photo|Image) (?:by|credit)\s)[^()\n\r]{1,80}\)/gu,
];

/** The photo credits of a text, sorted by start, overlapping ones joined. */
export function findCredits(text: string): Span[] {
  const found = CREDIT_PATTERNS.flatMap(pattern =>
    [...text.matchAll(pattern)].map(m => ({ start: m.index!, end: m.index! + m[0].length })),
  );
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: { start: number; end: number }[] = [];
  for (const span of found) {
    const last = joined[joined.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

/** `mentions` (sorted by start), those inside a photo credit marked `credit: true`. */
export function markCredits<T extends Mention>(text: string, mentions: T[]): T[] {
  const credits = findCredits(text);
  if (credits.length === 0) return mentions;
  let next = 0;
  return mentions.map(mention => {
    while (next < credits.length && credits[next].end <= mention.start) next++;
    const credit = credits[next];
    return credit && credit.start <= mention.start && mention.end <= credit.end
      ? { ...mention, credit: true }
      : mention;
  });
}
