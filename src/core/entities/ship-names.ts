// A ship's name is no person, organization or place (CoNLL reads it as MISC): "INS Mysore", "USS Cole",
// "MV Gibe", and the ship alone once the article has named it so ("the Mysore", "sailors on Gibe").
import type { Span } from '../types';

// The prefixes navies and registers write before a ship's name, and their words ("Indian Naval Ship").
const PREFIX =
  "(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|PNS|MV|M/V|RMS|Indian[ \\t]+Naval[ \\t]+Ship|Her[ \\t]+Majesty's[ \\t]+Ship)";
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const SHIP = new RegExp(`(?<![\\p{L}/])${PREFIX}[ \\t]+(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})`, 'gu');

/** The ships the article names with a prefix: the whole name's span and the name without its prefix. */
export function shipNames(text: string): { spans: Span[]; names: Set<string> } {
  const spans: Span[] = [];
  const names = new Set<string>();
  for (const match of text.matchAll(SHIP)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    names.add(match[1]);
  }
  return { spans, names };
}
