// Elliptical coordinations: "North and South Korea" names two countries with one head word, so the
// bare "North" is a place of its own, North Korea, though its span is the one word the text gives it.
import type { Mention } from '../types';
import { actorKey } from '../actors/actor-key';
import { lookupName } from './gazetteer';

// Words that set parts of one place against each other: "East and West Germany", "Central and Eastern Europe".
const CONTRASTS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'upper',
  'lower',
  'inner',
  'outer',
]);
/** Whether a word sets parts of one place against each other ("East", "Central", "Upper"), in any case. */
export function isContrastWord(word: string): boolean {
  return CONTRASTS.has(word.toLowerCase());
}

// What may stand before a name in a coordination: "North and", "North or", "North, Central and".
const CONJUNCT = /(\p{L}[\p{L}-]*)(\s*,\s*|,?\s+(?:and|or|&)\s+)$/iu;
// How far back to look for the conjuncts of one name: "Northern, Central and Southern" fits.
const LOOK_BACK = 80;

/**
 * `mentions` (sorted by start) with the bare conjuncts before a place: "North" in "North and South
 * Korea" becomes a place mention of North Korea, with that `impliedName`. A mention already on that word
 * gives way; one that runs over it keeps the text as it was.
 */
export function withEllipticalConjuncts(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  const replaced = new Set<Mention>();
  mentions.forEach((mention, i) => {
    const words = mention.text.split(' ');
    const head = words.slice(1).join(' ');
    if (words.length < 2 || !CONTRASTS.has(words[0].toLowerCase())) return;
    // "East and West Germany": the head is a place, so both halves are, whatever the name alone seemed.
    const headIsPlace = mention.type === 'place' || lookupName(head)?.type === 'place';
    if (!headIsPlace) return;
    const conjuncts = conjunctsBefore(text, mention.start);
    if (conjuncts.length === 0) return;
    const previous = mentions.slice(0, i);
    for (const conjunct of conjuncts) {
      const clash = previous.filter(m => m.start < conjunct.end && conjunct.start < m.end);
      if (clash.some(m => m.start !== conjunct.start || m.end !== conjunct.end)) continue;
      clash.forEach(m => replaced.add(m));
      const name = `${conjunct.text} ${head}`;
      added.push({
        ...conjunct,
        type: 'place',
        actorKey: actorKey('place', lookupName(name)?.canonical ?? name),
        impliedName: name,
      });
    }
    if (mention.type !== 'place') {
      replaced.add(mention);
      added.push({
        ...mention,
        type: 'place',
        actorKey: actorKey('place', lookupName(mention.text)?.canonical ?? mention.text),
      });
    }
  });
  if (added.length === 0) return mentions;
  return [...mentions.filter(m => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}

// The contrast words coordinated before `end`, nearest last: "North" before "South Korea".
function conjunctsBefore(text: string, end: number): { start: number; end: number; text: string }[] {
  const conjuncts: { start: number; end: number; text: string }[] = [];
  const from = Math.max(0, end - LOOK_BACK);
  let before = text.slice(from, end);
  let first = true;
  for (;;) {
    const match = CONJUNCT.exec(before);
    if (!match || !CONTRASTS.has(match[1].toLowerCase()) || !/^\p{Lu}/u.test(match[1])) break;
    // The last conjunct is joined by "and"/"or"; a comma joins only those before it ("North, Central and South").
    const comma = match[2].trim() === ',';
    if (first === comma) break;
    const start = from + match.index;
    // The look-back may start inside a word.
    if (/[\p{L}\p{N}'’.-]$/u.test(text.slice(0, start))) break;
    conjuncts.unshift({ start, end: start + match[1].length, text: match[1] });
    before = before.slice(0, match.index);
    first = false;
  }
  return conjuncts;
}
