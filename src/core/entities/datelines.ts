// The places a wire story's datelines name ("BONN 1997-03-14", "WASHINGTON (Reuters) -", "MANCHESTER,
// England 1997-03-14"): the city in capitals that opens a line, and the region after its comma.
import type { Span } from '../types';
import { isCommonWord } from '../text/lexicon';
import { lookupName } from './gazetteer';

// What may follow the city and tell a dateline from a headline in capitals ("SOCCER - ROVERS HOLD CITY"):
// a date (ISO, or a month and a day after a comma), an agency’s credit in brackets, or a dash before prose.
const MONTH =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\\.?';
const CREDIT = '\\(\\s*[\\p{L}][\\p{L} .&/-]{0,28}\\)';
// A dash before the story's first sentence too ("LEEDS, England — Police said"), not before a headline's
// words in capitals ("SOCCER - ROVERS HOLD CITY").
const DASH = '[ \\t]+[—–-][ \\t]+(?=[^\\n]*\\p{Ll})';
const AFTER = `(?:\\s+\\d{4}-\\d{2}-\\d{2}|\\s*,\\s*(?:${MONTH})\\s+\\d{1,2}\\b|\\s*${CREDIT}|${DASH})`;
// The city: one to four words in capitals; the region after a comma is written in lower case ("England",
// "Fla."), which a second clause of a headline in capitals ("GERMANY, FRANCE AGREE") is not.
const CITY = "\\p{Lu}[\\p{Lu}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’-]*){0,3}";
const REGION = "\\p{Lu}[\\p{L}.'’-]*\\p{Ll}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2}|\\p{Lu}\\.(?:\\p{Lu}\\.)+";
const DATELINE = new RegExp(`^[ \\t]*(${CITY})(?:[ \\t]*,[ \\t]*(${REGION}))?(?=${AFTER})`, 'gmu');

const DESK_WORDS =
  /^(?:RESULTS?|UPDATE|BRIEFS?|CORRECTION|REPEAT|ADVISORY|FACTBOX|PREVIEW|SCOREBOARD|STANDINGS|TABLES?|SUMMARY|DIARY|CALENDAR|HIGHLIGHTS|INSIGHT|ANALYSIS|COLUMN|REFILE|NEWSMAKER|TIMELINE|QUOTES|SPORTS?|MARKETS?|WEATHER)$/;

/** The city (and region) of every dateline in the text, each an exact span. Never throws. */
export function datelinePlaces(text: string): Span[] {
  const places: Span[] = [];
  for (const match of text.matchAll(DATELINE)) {
    const city = match[1];
    // A city needs two letters.
    const after = text.slice(match.index + match[0].length);
    const isoDated = /^\s+\d{4}-\d{2}-\d{2}/.test(after);
    // A line of a town of one word and an ISO date alone is a dateline though the word is an everyday one
    // ("PALE 1996-12-09"); not a desk's word ("RESULTS 1996-12-09") nor "ABOARD AIR FORCE ONE".
    const datelineAlone =
      /^[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\r?\n|$)/.test(after) && /^\p{Lu}+$/u.test(city) && !DESK_WORDS.test(city);
    if (!/\p{Lu}.*\p{Lu}/u.test(city) || !(datelineAlone || isPlaceName(city, isoDated))) continue;
    // Before a dash only a listed town or one with its region: a wire's slug is none ("FACTBOX - Key facts").
    const dashed = /^[ \t]+[—–-]/.test(after);
    if (dashed && !match[2] && lookupName(city)?.type !== 'place') continue;
    const start = match.index + match[0].indexOf(city);
    places.push({ start, end: start + city.length, text: city });
    const region = match[2];
    if (region) {
      const at = match.index + match[0].lastIndexOf(region);
      places.push({ start: at, end: at + region.length, text: region });
    }
  }
  return places;
}

// An agency or company in capitals ("REUTERS (Reuters)") opens no dateline, nor a line of everyday words
// ("PUBLISHED FRIDAY, MARCH 8", "FOR IMMEDIATE RELEASE"), unless the gazetteer knows the place. Before an ISO
// date a town the gazetteer knows by its club ("BARCELONA 1996-08-30", "LIVERPOOL") is the town.
function isPlaceName(city: string, isoDated: boolean): boolean {
  const known = lookupName(city);
  if (known && !(isoDated && known.type === 'organization')) return known.type === 'place';
  return city.split(/\s+/).some(word => !isCommonWord(word.toLowerCase().replace(/\.$/, '')));
}
