// A ship's name is no person, organization or place (CoNLL reads it as MISC): "INS Mysore", "USS Cole",
// "MV Gibe", and the ship alone once the article has named it so ("the Mysore", "sailors on Gibe"), unless
// the name is also a country or a person the lists know ("USS Ronald Reagan" … "Ronald Reagan was
// president"); a town or a state bearing a ship's name is taken for the ship.
import type { Span } from '../types';
import { isSureName } from './gazetteer';
import { knownPerson } from './known-persons';
import { isRoleLower } from './titles';
import { overlapsAnySorted } from '../text/spans';

// The prefixes navies and registers write before a ship's name, and their words ("Indian Naval Ship").
const PREFIX =
  "(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|PNS|MV|M/V|RMS|Indian[ \\t]+Naval[ \\t]+Ship|Her[ \\t]+Majesty's[ \\t]+Ship)";
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const SHIP = new RegExp(`(?<![\\p{L}/])${PREFIX}[ \\t]+(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})`, 'gu');
// What a ship alone is called by: "the Mysore", "the vessel Gibe", "aboard Gibe".
const SHIP_WORDS =
  /(?:^|[^\p{L}])(?:the|vessel|ship|warship|frigate|destroyer|tanker|carrier|freighter|trawler|aboard)[ \t]+$/iu;

/** The ships the article names with a prefix: the whole name's span and the name without its prefix. */
export function shipNames(text: string): { spans: Span[]; names: Set<string> } {
  const spans: Span[] = [];
  const names = new Set<string>();
  for (const match of text.matchAll(SHIP)) {
    // "INS Commissioner Doris Meissner": the immigration service before a title, no ship.
    if (match[0].startsWith('INS') && isRoleLower(match[1].split(/[ \t]+/)[0].toLowerCase())) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    names.add(match[1]);
  }
  return { spans, names };
}

/** Whether a name is one of the article's ships, with its prefix or alone. */
export function isShipName(text: string, ships: ReturnType<typeof shipNames>, name: Span): boolean {
  if (overlapsAnySorted(ships.spans, name)) return true;
  if (!ships.names.has(name.text)) return false;
  const known = isSureName(name.text) || knownPerson(name.text) !== undefined;
  return !known || SHIP_WORDS.test(text.slice(Math.max(0, name.start - 12), name.start));
}
