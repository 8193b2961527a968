// A plural everyday noun opening a sentence is that noun, though a list names something by it ("People
// forget", "People" being a magazine): where the article also writes it in lower case, the capital is the
// sentence's. A singular one may be a company named once ("Apple said … apple trees"), so it stays, unless an
// office follows it ("Union president …").
import type { Mention } from '../types';
import type { TokenizedText } from '../text/tokenize';
import { isCommonWord, lexiconTagList } from '../text/lexicon';
import { lookupName } from './gazetteer';
import { isOrganizationHeadWord } from './head-words';
import { isDepartmentShortName } from './government-departments';

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
  // A word of a longer name the article gives is that name's short form ("Crystal Palace" … "Palace manager").
  const namedInFull = new Set(mentions.filter(m => /\s/.test(m.text)).flatMap(m => m.text.split(/\s+/)));
  let lowerCaseWords: Set<string> | undefined;
  const found = new Set<M>();
  for (const m of mentions) {
    const lower = m.text.toLowerCase();
    if (/\s/.test(m.text) || surnames.has(m.text) || !isCommonWord(lower)) continue;
    const before = doc.text.slice(Math.max(0, m.start - 8), m.start);
    if (!AFTER_SENTENCE_END.test(before) && !(m.start <= 8 && AT_TEXT_START.test(before))) continue;
    if (!isPlural(lower)) {
      if (isBeforeOffice(doc.text, m) && !namedInFull.has(m.text)) found.add(m);
      continue;
    }
    lowerCaseWords ??= new Set(doc.tokens.filter(t => t.kind === 'word' && t.text === t.lower).map(t => t.lower));
    if (lowerCaseWords.has(lower)) found.add(m);
  }
  return found;
}

// Who a body has, written after its everyday word: "Transit manager …", "School board president …", "Academic
// staff at …" name no one body; a company's chief or a club's coach may follow its name ("Orange chief executive
// …", "Inter coach …"), so those stay.
const MEMBERS = new Set(['board', 'staff', 'members', 'workers', 'officials', 'branch', 'leaders']);
const OFFICES = new Set(['president', 'manager', 'secretary']);

function isBeforeOffice(text: string, m: Mention): boolean {
  // Not a body's head word, which stands for the body the article named ("Commission chairman …"), a team's
  // plural ("Angels spokesman …"), a department ("Interior officials …"), nor an acronym ("PAN president …").
  const lower = m.text.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(m.text) || /s$/.test(lower) || isOrganizationHeadWord(lower)) return false;
  if (lookupName(m.text) || isDepartmentShortName(m.text)) return false;
  const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
  return next !== undefined && (OFFICES.has(next) || MEMBERS.has(next));
}

function isPlural(lower: string): boolean {
  return lexiconTagList(lower).includes('Plural');
}
