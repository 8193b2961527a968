// Places written the way addresses and American politics write them, which the model reads poorly in a
// story it has no like of: highways ("Interstate 75", "I-90"), numbered streets ("E. 52nd St.", "97th
// Avenue"), a lawmaker's state ("Rep. Jay Inslee, D-Wash.") and a state's postal code after its town
// ("Newport Beach, CA").
import type { Span } from '../types';
import { lookupName } from './gazetteer';

const HIGHWAY =
  /(?<![\p{L}\p{N}])(?:Interstate|I ?- ?|U\.S\. Route|Route|Highway|State Route)[ \t]?\d{1,3}(?![\p{L}\p{N}])/gu;
const DIRECTION = String.raw`(?:(?:E|W|N|S|NE|NW|SE|SW)\.?|East|West|North|South)[ \t]+`;
const STREET_KIND = String.raw`(?:St\.|Street|Ave\.|Avenue|Rd\.|Road|Blvd\.|Boulevard|Drive|Dr\.|Place|Pl\.)`;
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

/** The places written as an address or a lawmaker's state, each an exact span. Never throws. */
export function addressPlaces(text: string): Span[] {
  const places: Span[] = [];
  const add = (start: number, name: string) => places.push({ start, end: start + name.length, text: name });
  for (const match of text.matchAll(HIGHWAY)) add(match.index, match[0]);
  for (const match of text.matchAll(NUMBERED_STREET)) add(match.index, match[0]);
  for (const match of text.matchAll(PARTY_STATE)) {
    if (lookupName(match[1])?.type === 'place') add(match.index + 2, match[1]);
  }
  for (const match of text.matchAll(POSTAL_STATE)) if (POSTAL_CODES.has(match[1])) add(match.index, match[1]);
  return places.sort((a, b) => a.start - b.start);
}
