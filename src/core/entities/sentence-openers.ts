// A plural everyday noun opening a sentence is that noun, though a list names something by it ("People
// forget", "People" being a magazine): where the article also writes it in lower case, the capital is the
// sentence's. A singular one may be a company named once ("Apple said … apple trees"), so it stays.
import type { Mention } from '../types';
import type { TokenizedText } from '../text/tokenize';
import { isCommonWord, lexiconTagList } from '../text/lexicon';

// A sentence starts at the text's or a line's start, or after a full stop that follows a lower-case letter,
// a figure or a bracket ("rose. People", not "the U.S. Apple market"), perhaps with a quote between.
const AFTER_SENTENCE_END = /(?:\n|[\p{Ll}\p{N})][.!?]['"’”]?[ \t]+)[ \t]*["'“‘`]*[ \t]*$/u;
const AT_TEXT_START = /^[ \t]*["'“‘`]*[ \t]*$/;

/**
 * The names of `mentions` that are such a noun opening a sentence: persons whose surname the article gives
 * in full keep theirs ("Felt said" of "Mark Felt", though the article writes "felt").
 */
export function sentenceOpeningNouns<M extends Mention>(doc: TokenizedText, mentions: readonly M[]): Set<M> {
  const surnames = new Set(
    mentions.filter(m => m.type === 'person' && /\s/.test(m.text)).map(m => m.text.split(/\s+/).pop()),
  );
  let lowerCaseWords: Set<string> | undefined;
  const found = new Set<M>();
  for (const m of mentions) {
    const lower = m.text.toLowerCase();
    if (/\s/.test(m.text) || surnames.has(m.text) || !isCommonWord(lower) || !isPlural(lower)) continue;
    const before = doc.text.slice(Math.max(0, m.start - 8), m.start);
    if (!AFTER_SENTENCE_END.test(before) && !(m.start <= 8 && AT_TEXT_START.test(before))) continue;
    lowerCaseWords ??= new Set(doc.tokens.filter(t => t.kind === 'word' && t.text === t.lower).map(t => t.lower));
    if (lowerCaseWords.has(lower)) found.add(m);
  }
  return found;
}

function isPlural(lower: string): boolean {
  return lexiconTagList(lower).includes('Plural');
}
