// Names joined by "&" are firms ("Kirkland & Ellis", "Procter & Gamble", "Ernst & Young"), unless the
// gazetteer knows them as a place written with "and" ("Trinidad & Tobago"); read whole, whatever the
// model made of their parts (a person "Kirkland & Ellis", a person "Ernst" and nothing for "Young"). Two
// names a headline joins ("Trump & Putin Meet", "Russia & Ukraine Talks"), a couple ("Mr. & Mrs. Smith",
// "Tom & Jerry") and everyday words ("Food & Drink") are no firm.
import type { EntityType, Span } from '../types';
import { isCommonWord, isFirstName, isLastName } from '../text/lexicon';
import { lookupName } from './gazetteer';
import { knownPerson } from './known-persons';
import { isRoleLower } from './titles';

const WORD = String.raw`\p{Lu}\p{L}[\p{L}'’.-]*`; // two letters at least: not "R & D"
// Up to two capitalised words on either side of " & ", whole words only.
const JOINED = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${WORD}(?:[ \t]${WORD})?)[ \t]+&[ \t]+(${WORD}(?:[ \t]${WORD})?)(?![\p{L}'’-])`,
  'gu',
);
const POSSESSIVE = /['’]s$/;
const COMPANY_ENDING = /\b(?:Co|Inc|Corp|Ltd|Bros)\.$/;

/** Each name joined by "&" in the text, typed: an organization, or a place the gazetteer knows. */
export function ampersandNames(text: string): (Span & { type: EntityType })[] {
  const found: (Span & { type: EntityType })[] = [];
  for (const match of text.matchAll(JOINED)) {
    const left = leftSide(match[1].split(/[ \t]/));
    const right = rightSide(match[2].split(/[ \t]/));
    // Words are one space or tab apart, so a side's length is its words' and their gaps'.
    const start = match.index + match[1].length - left.join(' ').length;
    let end = match.index + match[0].length - (match[2].length - right.join(' ').length);
    // A possessive or a full stop after the name is not part of it ("Ernst & Young's", "… Ellis.").
    end -= POSSESSIVE.exec(text.slice(start, end))?.[0].length ?? 0;
    if (/[^.]\.$/.test(text.slice(start, end)) && !COMPANY_ENDING.test(text.slice(start, end))) end--;
    const name = text.slice(start, end);
    const asPlace = lookupName(name.replace(/[ \t]+&[ \t]+/, ' and '));
    if (asPlace?.type === 'place') found.push({ start, end: start + name.length, text: name, type: 'place' });
    else if (isFirm(left, right)) found.push({ start, end: start + name.length, text: name, type: 'organization' });
  }
  return found;
}

// The words before "&" that are the name's: not those a headline or a sentence's start capitalises ("Fall As
// Procter & Gamble"), nor a sentence before it ("Paris. Procter & Gamble").
function leftSide(words: string[]): string[] {
  const sentenceEnd = words
    .slice(0, -1)
    .map(w => /\p{Ll}\.$/u.test(w))
    .lastIndexOf(true);
  let side = words.slice(sentenceEnd + 1);
  while (side.length > 1 && isCommonWord(side[0].toLowerCase())) side = side.slice(1);
  return side;
}

// The words after "&" that are the name's: up to a full stop that ends the sentence ("Ellis. Smith said"),
// and not a headline's next word ("Procter & Gamble Cuts").
function rightSide(words: string[]): string[] {
  let side = words;
  const sentenceEnd = side.findIndex(w => /\p{Ll}\.$/u.test(w) && !COMPANY_ENDING.test(w));
  if (sentenceEnd >= 0) side = side.slice(0, sentenceEnd + 1);
  while (side.length > 1 && isCommonWord(side[side.length - 1].toLowerCase())) side = side.slice(0, -1);
  return side;
}

function isFirm(left: string[], right: string[]): boolean {
  const bare = (word: string) => word.replace(/['’]s$/, '').replace(/\.$/, '');
  const sides = [left.join(' '), right.join(' ')].map(bare);
  // A place or a listed person on either side is two names ("Russia & Ukraine", "Trump & Putin").
  if (sides.some(side => lookupName(side)?.type === 'place' || knownPerson(side) != null)) return false;
  // A title is a couple's ("Mr. & Mrs. Smith"); everyday words on both sides are a heading ("Food & Drink").
  if (left.some(w => isRoleLower(w.toLowerCase().replace(/\.$/, '')))) return false;
  if (sides.every(side => side.split(' ').every(w => isCommonWord(w.toLowerCase())))) return false;
  // A couple is named by first names ("Harry & Meghan"); a firm by its founders' surnames ("Ferris & Lowe").
  const oneFirstNameEach =
    left.length === 1 &&
    right.length === 1 &&
    sides.every(s => isFirstName(s.toLowerCase())) &&
    !sides.some(s => isLastName(s.toLowerCase()));
  return !oneFirstNameEach;
}
