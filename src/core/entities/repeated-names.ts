// A company found by its cue where the tagger read nothing is the same company where the article writes its
// name again ("security firm Trend Micro" … "according to Trend Micro"): the tagger missed it there too.
import { isCommonWord } from '../text/lexicon';
import type { ScoredMention } from './learned/tag';

/** The mentions (in text order, never overlapping) with the unread repetitions of `names` added. */
export function withRepeatedNames(
  text: string,
  mentions: readonly ScoredMention[],
  names: ReadonlySet<string>,
): ScoredMention[] {
  const named = new Map<string, ScoredMention>();
  for (const m of mentions)
    if (names.has(m.text) && !m.credit && !m.impliedName && isRepeatable(m.text)) {
      const seen = named.get(m.text);
      if (!seen || m.score > seen.score) named.set(m.text, m);
    }
  const added: ScoredMention[] = [];
  for (const [name, m] of named)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = { start: at, end: at + name.length };
      if (isWholeWords(text, span) && !overlaps(mentions, span) && !overlaps(added, span))
        added.push({ ...m, ...span, text: name });
    }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

// One everyday word ("Summit", "Interior") may be no name where it is written again; a name of one or two
// letters may be a word's part.
function isRepeatable(name: string): boolean {
  if (name.length < 3) return false;
  return /\s/.test(name) || !isCommonWord(name.toLowerCase());
}

function isWholeWords(text: string, span: { start: number; end: number }): boolean {
  return !/[\p{L}\p{N}]/u.test(text.charAt(span.start - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(span.end));
}

function overlaps(list: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  return list.some(x => x.start < span.end && span.start < x.end);
}
