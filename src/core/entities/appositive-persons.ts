// A name followed by an age or a role between commas is a person's: "Okafor, 31, joined Anderlecht",
// "Okonjo-Iweala, 66, a former finance minister", "Okonkwo, the Super Eagles captain, said". News introduces
// a person so, and little else; the surname may stand alone there, the first time the story names its subject.
import type { ScoredMention } from './learned/tag';
import type { Token, TokenizedText } from '../text/tokenize';
import { isCommonWord } from '../text/lexicon';
import { lookupName } from './gazetteer';
import { isRoleNoun, isRoleWord } from './titles';
import { isCapitalised } from './candidates';
import { actorKey } from '../actors/actor-key';
import { CONVENTION_SCORE } from './conventions';
import { overlappingSorted } from '../text/spans';

const AGE = /^\d{1,3}$/;
const OLDEST = 110;
const LONGEST_NAME = 4; // words

/** The mentions (in text order, never overlapping) with every name before an age or a role read as a person. */
export function withAppositivePersons(doc: TokenizedText, mentions: readonly ScoredMention[]): ScoredMention[] {
  const read = [...mentions];
  const added: ScoredMention[] = [];
  const { tokens, text } = doc;
  for (let comma = 1; comma + 3 < tokens.length; comma++) {
    const aged = isAgeBetweenCommas(tokens, comma) && !isListOfFigures(text, tokens[comma]);
    if (!aged && !isRoleAfterComma(tokens, comma)) continue;
    const last = tokens[comma - 1];
    if (last.kind !== 'word' || !isCapitalised(last)) continue;
    const first = nameStart(tokens, comma - 1);
    // "in Oakland, a spokesman for the fire department said", "The Warriors, 12,": a place or a team.
    const before = tokens[(first < 0 ? comma - 1 : first) - 1];
    if (before && PLACE_OR_TEAM_BEFORE.has(before.lower)) continue;
    const over = overlappingSorted(read, last);
    if (over.length) {
      // A name no list knows is retyped ("Lagos, the state's governor" stays a place).
      const m = read[over[0]];
      if (m.type !== 'person' && m.end === last.end && lookupName(m.text) === undefined)
        read[over[0]] = { ...m, type: 'person', actorKey: actorKey('person', m.text) };
      continue;
    }
    if (first < 0) continue;
    const name = text.slice(tokens[first].start, last.end);
    // A name read in part ("Abu Mohammed" of "Abu Mohammed al-Golani") stays as it was read.
    if (lookupName(name) !== undefined || overlappingSorted(read, { start: tokens[first].start, end: last.end }).length)
      continue;
    added.push({
      start: tokens[first].start,
      end: last.end,
      text: name,
      type: 'person',
      actorKey: actorKey('person', name),
      score: CONVENTION_SCORE,
    });
  }
  return added.length ? [...read, ...added].sort((a, b) => a.start - b.start) : read;
}

// Words after which a name before a comma is a place or a team: a preposition, an article.
const PLACE_OR_TEAM_BEFORE = new Set([
  'in',
  'at',
  'near',
  'from',
  'outside',
  'to',
  'of',
  'on',
  'for',
  'by',
  'into',
  'the',
]);

// "Denver, 45, Phoenix, 88": a name and its figure right after another's are a list, no ages ("Smith, 45,
// and Jones, 52," are two ages); so are three or more within a few lines' stretch.
const FIGURE_AFTER_NAME = /\p{L}[ \t]*,[ \t]*\d{1,3}[ \t]*,/gu;
const FIGURES_IN_A_ROW = /\d[ \t]*,[ \t]*\p{Lu}[\p{L}'’. -]*,[ \t]*\d{1,3}[ \t]*,/u;

function isListOfFigures(text: string, comma: Token): boolean {
  const around = text.slice(Math.max(0, comma.start - 80), comma.end + 80);
  return (around.match(FIGURE_AFTER_NAME) ?? []).length > 2 || FIGURES_IN_A_ROW.test(around);
}

// ", 31, joined": a comma, one to three figures (not a list of them: "Vista, 7, 8"), a comma, then a word.
function isAgeBetweenCommas(tokens: readonly Token[], comma: number): boolean {
  const [before, open, age, close, next] = tokens.slice(comma - 1, comma + 4);
  const oneLine = [before, open, age].every(t => !t.after.includes('\n'));
  return (
    open.text === ',' &&
    AGE.test(age.text) &&
    Number(age.text) > 0 &&
    Number(age.text) <= OLDEST &&
    close.text === ',' &&
    next?.kind === 'word' &&
    oneLine
  );
}

// Words that may open a role after the comma: "the Super Eagles captain", "a spokesman for", "its chairman".
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const LONGEST_ROLE = 6; // words up to the role's noun
const AFTER_ROLE = new Set([',', 'of', 'for', 'at', 'with']);

// ", the Super Eagles captain," / ", a spokesman for": an opener, a few words, a title's noun ending the
// appositive or joined to what it heads.
function isRoleAfterComma(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma].text !== ',' || !ROLE_OPENERS.has(tokens[comma + 1]?.lower)) return false;
  for (let k = comma + 2; k < Math.min(tokens.length - 1, comma + 2 + LONGEST_ROLE); k++) {
    const t = tokens[k];
    if (t.kind === 'punct' || t.after.includes('\n')) return false;
    if (isRoleNoun(t) && AFTER_ROLE.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

// The first word of the name that ends at `last`: the capitalised words before it, less the everyday words
// and titles they open with ("Unemployed John Jenkin"); -1 when an everyday word is all there is.
function nameStart(tokens: readonly Token[], last: number): number {
  let first = last;
  while (
    first > 0 &&
    last - first + 1 < LONGEST_NAME &&
    tokens[first - 1].after === ' ' &&
    tokens[first - 1].kind === 'word' &&
    isCapitalised(tokens[first - 1])
  )
    first--;
  while (first <= last && (isCommonWord(tokens[first].lower) || isRoleWord(tokens[first]))) first++;
  return first > last ? -1 : first;
}
