// A person named in full is named again by the surname alone, even one that is an everyday word ("W. Mark
// Felt" … "Felt was convicted", "infuriated Felt"): the word is that person wherever it stands alone.
import type { ScoredMention } from './learned/tag';
import type { Token, TokenizedText } from '../text/tokenize';
import { isCommonWord, lexiconTagList } from '../text/lexicon';
import { isRoleWord } from './titles';
import { isCapitalOnly, lookupName } from './gazetteer';
import { isCapitalised } from './candidates';
import { GENERATION } from './person-spans';

const POSSESSIVE = /['’]s?$/;
// A surname has a lower-case letter: an all-capitals word is an acronym or a headline's.
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
// Words of these parts of speech name a thing, so a capitalised everyday word before one opening a
// sentence is more likely its modifier ("Rice prices rose", "White smoke") than a surname.
// Prepositions that place what follows them ("in Jordan"); "to" may lead to a person as well ("reach out to").
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'across', 'throughout', 'outside']);
const NOUN_TAGS = /^(?:Noun|Singular|Plural|Uncountable)$/;

/**
 * The mentions (in text order, never overlapping) with the surnames of the article's persons read alone; a
 * mention whose span ("start:end") is in `settled` keeps its type.
 */
export function withLoneSurnames(
  doc: TokenizedText,
  mentions: readonly ScoredMention[],
  settled: ReadonlySet<string> = new Set(),
): ScoredMention[] {
  const persons = fullNamesBySurname(mentions);
  if (persons.size === 0) return [...mentions];
  const byStart = new Map(mentions.map((m, i) => [m.start, i]));
  const read = [...mentions];
  const added: ScoredMention[] = [];
  let next = 0;
  const opening = sentenceOpenings(doc);
  doc.tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const word = token.text.length > 2 ? token.text.replace(POSSESSIVE, '') : token.text;
    const names = persons.get(word);
    if (!names || isListedPlace(word)) return;
    while (next < mentions.length && mentions[next].end <= token.start) next++;
    const over = next < mentions.length && mentions[next].start < token.end ? mentions[next] : undefined;
    if (!standsAlone(doc, i, opening.has(i))) return;
    const person = nearest(names, token.start);
    const span = { start: token.start, end: token.start + word.length, text: word };
    if (!over) added.push({ ...span, type: 'person', actorKey: person.actorKey, score: person.score });
    else if (
      over.start === span.start &&
      over.end === span.end &&
      !settled.has(`${over.start}:${over.end}`) &&
      isRetypable(over, doc.tokens[i - 1])
    )
      read[byStart.get(over.start)!] = { ...over, type: 'person', actorKey: person.actorKey };
  });
  return [...read, ...added].sort((a, b) => a.start - b.start);
}

/** The persons named by two words or more, by their surname (a generation set aside). */
function fullNamesBySurname(mentions: readonly ScoredMention[]): Map<string, ScoredMention[]> {
  const bySurname = new Map<string, ScoredMention[]>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.credit) continue;
    const words = m.text.split(/[\s,]+/).filter(Boolean);
    while (words.length > 2 && GENERATION.test(words[words.length - 1])) words.pop();
    const surname = words[words.length - 1].replace(POSSESSIVE, '');
    if (words.length < 2 || !SURNAME.test(surname)) continue;
    const named = bySurname.get(surname);
    if (named) named.push(m);
    else bySurname.set(surname, [m]);
  }
  return bySurname;
}

// Two persons may share a surname: the one named last before the word is the one it means (`names` in text
// order).
function nearest(names: readonly ScoredMention[], at: number): ScoredMention {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (names[middle].start < at) low = middle + 1;
    else high = middle;
  }
  return names[Math.max(0, low - 1)];
}

/**
 * Whether the word at `i` stands alone: not part of a longer capitalised name ("White House", "Betty Ford",
 * though "Chief Craft" is the person), and not an everyday word opening a sentence before a noun it may
 * qualify ("Rice prices rose"). A surname has a lower-case letter, so a headline in capitals never has one.
 */
function standsAlone(doc: TokenizedText, i: number, opensSentence: boolean): boolean {
  const token = doc.tokens[i];
  const after = doc.tokens[i + 1];
  if (after && isCapitalised(after) && /^[ \t]+$/.test(token.after)) return false;
  const before = doc.tokens[i - 1];
  if (before && isCapitalised(before) && /^[ \t]+$/.test(before.after) && isNameWord(before)) return false;
  if (opensSentence && isCommonWord(token.lower) && after?.kind === 'word' && isNoun(after.lower)) return false;
  return true;
}

// A capitalised word before that is a name's own ("Betty Ford"), not a title ("Chief Craft") nor an everyday
// word opening the sentence ("If Felt had a message").
function isNameWord(token: Token): boolean {
  return !isRoleWord(token) && !isCommonWord(token.lower);
}

function isNoun(lower: string): boolean {
  return lexiconTagList(lower).some(t => NOUN_TAGS.test(t));
}

/** The indexes of the tokens that open a sentence or a line (punctuation before them aside). */
function sentenceOpenings(doc: TokenizedText): Set<number> {
  const openings = new Set<number>();
  for (const s of doc.sentences) {
    let k = s.first;
    while (k < s.last && doc.tokens[k].kind === 'punct') k++;
    openings.add(k);
  }
  doc.tokens.forEach((t, k) => {
    if (k > 0 && doc.tokens[k - 1].after.includes('\n')) openings.add(k);
  });
  return openings;
}

// A country, a capital or a region the lists know keeps its own reading though a person bears its name ("Exports to
// Brazil rose" beside "Kevin Brazil", "Washington warned Iran" beside "Denzel Washington"): news names
// places far more often than it calls a person by such a surname alone. A town is not so sure ("Bush" is
// one in Egypt), nor a small country's capital ("Hamilton" beside "Lewis Hamilton"), nor a company named for a
// person: "Ford" beside "Phil Ford" is the player.
function isListedPlace(word: string): boolean {
  const known = lookupName(word);
  return known?.type === 'place' && known.strength === 'strong' && !isCapitalOnly(word);
}

// A word the model read as another type is the person ("Jordan" the coach, "Ford's mark"), though not a place
// where the words before place it ("in Washington" beside "Denzel Washington").
function isRetypable(m: ScoredMention, before: Token | undefined): boolean {
  return m.type !== 'person' && !(m.type === 'place' && before !== undefined && LOCATIVES.has(before.lower));
}
