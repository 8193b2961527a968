// Places written the way addresses and American politics write them, which the model reads poorly in a
// story it has no like of: highways ("Interstate 75", "I-90"), numbered streets ("E. 52nd St.", "97th
// Avenue"), a lawmaker's state ("Rep. Jay Inslee, D-Wash.") and a state's postal code after its town
// ("Newport Beach, CA").
import type { Span } from '../types';
import { lookupName } from './gazetteer';

// Not a form's number ("Form I-9", "an I-130 petition").
const HIGHWAY =
  /(?<![\p{L}\p{N}])(?<!Form[ \t])(?:Interstate[ \t]|I-|U\.S\. Route[ \t]|Route[ \t]|Highway[ \t]|State Route[ \t])\d{1,3}(?![\p{L}\p{N}-])(?![ \t]+(?:petition|form|visa)s?\b)/gu;
const DIRECTION = String.raw`(?:(?:E|W|N|S|NE|NW|SE|SW)\.?|East|West|North|South)[ \t]+`;
const STREET_KIND = String.raw`(?:St\.|Street|Ave\.|Avenue|Rd\.|Road|Blvd\.|Boulevard|Drive|Dr\.)`;
const NUMBERED_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${DIRECTION})?\d{1,3}(?:st|nd|rd|th)[ \t]+${STREET_KIND}`,
  'gu',
);
// "D-Wash.", "(R-Texas)", "I-Vt.": a party's initial, a hyphen and the state.
const PARTY_STATE = /(?<![\p{L}\p{N}])[DRI]-((?:\p{Lu}\.){2}|\p{Lu}[\p{L}.]*\p{L}\.?)(?![\p{L}])/gu;
// A town, a comma and two capitals, then the clause or the sentence ends: "Fountain Valley, CA." ("MD" after
// a name is a doctor's degree, so Maryland is left out.)
const POSTAL_STATE = /(?<=\p{Lu}[\p{Ll}.'’-]+,[ \t])(\p{Lu}{2})(?=[ \t]*(?:[.,;:)]|$)|[ \t]+\p{Ll})/gmu;
const POSTAL_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'
  ).split(' '),
);

// Codes that are also a degree or a word after a name ("Jane Doe, MA", "Bo Ray, PA"): a state only after a
// town the gazetteer lists.
const CREDENTIALS = new Set(['MA', 'PA', 'OK', 'ME', 'IN', 'OR', 'HI', 'DE']);
const TOWN_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,2}),[ \t]$/u;

function isListedTownBefore(text: string, at: number): boolean {
  const town = TOWN_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return town !== undefined && lookupName(town)?.type === 'place';
}

/** The places written as an address or a lawmaker's state, each an exact span. Never throws. */
export function addressPlaces(text: string): Span[] {
  const places: Span[] = [];
  const add = (start: number, name: string) => places.push({ start, end: start + name.length, text: name });
  for (const match of text.matchAll(HIGHWAY)) add(match.index, match[0]);
  for (const match of text.matchAll(NUMBERED_STREET)) add(match.index, match[0]);
  for (const match of text.matchAll(PARTY_STATE)) {
    if (lookupName(match[1])?.type === 'place') add(match.index + 2, match[1]);
  }
  for (const match of text.matchAll(POSTAL_STATE)) {
    const code = match[1];
    if (POSTAL_CODES.has(code) && (!CREDENTIALS.has(code) || isListedTownBefore(text, match.index)))
      add(match.index, code);
  }
  return places.sort((a, b) => a.start - b.start);
}
