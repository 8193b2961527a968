// Places a cue in the text settles, whatever the look of their words: a name after "the village of" ("the
// village of Novye Atagi") and a street's name ("Coldharbour Lane"), which a surname's last word ("Lane")
// makes look like a person's.
import type { EntityType, Span } from '../types';
import { isFirstName } from '../text/lexicon';
import { knownPerson } from './known-persons';
import { lookupName } from './gazetteer';

const PLACE_OF = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:village|villages|town|city|province|district|region|county|municipality|suburb|` +
    String.raw`neighbourhood|neighborhood|hamlet|port|island|islands)[ \t]+of[ \t]+$`,
  'u',
);
const STREET_WORDS = new Set(['road', 'street', 'avenue', 'boulevard', 'lane', 'square', 'highway']);

/** The mentions read as a person or an organization that such a cue says are places. */
export function placesByCue(
  text: string,
  mentions: readonly (Span & { type: EntityType })[],
): (Span & { type: EntityType })[] {
  return mentions
    .filter(
      m => m.type !== 'place' && (PLACE_OF.test(text.slice(Math.max(0, m.start - 30), m.start)) || isStreet(text, m)),
    )
    .filter(m => lookupName(m.text)?.type !== 'organization' && knownPerson(m.text) === undefined)
    .map(m => ({ start: m.start, end: m.end, text: m.text, type: 'place' as const }));
}

// "Coldharbour Lane", "Acre Lane"; not an actor named Lane ("Nathan Lane", "M. Lane"): "Lane" a street's only
// where a preposition puts it on the map ("a stretch of Coldharbour Lane", "down Acre Lane").
const ON_THE_MAP = /(?:^|[^\p{L}])(?:on|in|along|down|up|off|of|at|near|from|to|into|onto|across)[ \t]+$/u;

function isStreet(text: string, m: Span & { type: EntityType }): boolean {
  const words = m.text.split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  if (m.type !== 'person' || words.length < 2 || !STREET_WORDS.has(last) || /^\p{Lu}\.$/u.test(words[0])) return false;
  if (last !== 'lane') return true;
  return !isFirstName(words[0].toLowerCase()) && ON_THE_MAP.test(text.slice(Math.max(0, m.start - 10), m.start));
}
