// Names joined by "&" are firms ("Kirkland & Ellis", "Procter & Gamble", "Ernst & Young"), unless the
// gazetteer knows them as a place written with "and" ("Trinidad & Tobago"); read whole, whatever the
// model made of their parts (a person "Kirkland & Ellis", a person "Ernst" and nothing for "Young").
import type { EntityType, Span } from '../types';
import { isCommonWord, isFirstName } from '../text/lexicon';
import { lookupName } from './gazetteer';

const WORD = String.raw`\p{Lu}\p{L}[\p{L}'’.-]*`; // two letters at least: not "R & D"
// Up to two capitalised words on either side of " & ", whole words only.
const JOINED = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${WORD}(?:[ \t]${WORD})?)[ \t]+&[ \t]+(${WORD}(?:[ \t]${WORD})?)(?![\p{L}'’-])`,
  'gu',
);
const POSSESSIVE = /['’]s$/;

/** Each name joined by "&" in the text, typed: an organization, or a place the gazetteer knows. */
export function ampersandNames(text: string): (Span & { type: EntityType })[] {
  const found: (Span & { type: EntityType })[] = [];
  for (const match of text.matchAll(JOINED)) {
    let left = match[1].split(/[ \t]/);
    let right = match[2].split(/[ \t]/);
    // Words a headline or a sentence's start capitalises are not the name's: "Fall As Procter & Gamble Cuts".
    while (left.length > 1 && isCommonWord(left[0].toLowerCase())) left = left.slice(1);
    while (right.length > 1 && isCommonWord(right[right.length - 1].toLowerCase())) right = right.slice(0, -1);
    // Two first names are a couple ("Tom & Jerry"), not a firm.
    if (
      left.length === 1 &&
      right.length === 1 &&
      isFirstName(left[0].toLowerCase()) &&
      isFirstName(right[0].toLowerCase())
    )
      continue;
    const leftText = left.join(' ');
    const start = match.index + match[1].length - leftText.length;
    const joiner = match[0].slice(match[1].length, match[0].length - match[2].length);
    let name = `${leftText}${joiner}${right.join(' ')}`;
    // A possessive or a full stop after the name is not part of it ("Ernst & Young's", "… Ellis.").
    name = name.replace(POSSESSIVE, '');
    if (/[^.]\.$/.test(name) && !/\b(?:Co|Inc|Corp|Ltd|Bros)\.$/.test(name)) name = name.slice(0, -1);
    const asPlace = lookupName(name.replace(/[ \t]+&[ \t]+/, ' and '));
    const type: EntityType = asPlace?.type === 'place' ? 'place' : 'organization';
    found.push({ start, end: start + name.length, text: name, type });
  }
  return found;
}
