// Places listed together: "through Abala and Mekelle", "camps around Metuge and Montepuez". An unknown word
// listed before a known place is a place too, though the model read a company or a group in it.
import type { Mention } from '../types';
import { actorKey } from '../actors/actor-key';
import { countryOf, lookupName } from './gazetteer';

// What joins two items of one list: ", ", " and ", ", and ", " or ".
const LIST_JOIN = /^(?:\s*,\s*|,?\s+(?:and|or)\s+)$/;
const CONJUNCTION = /\b(?:and|or)\b/;

/**
 * `mentions` (sorted by start) with a lone unknown organization word read as a place where a list of names
 * joined by "and" or "or" goes on from it to a known place: "through Abala and Mekelle", "in Gazipur, Ashulia
 * and Narayanganj". Not the other way round: in "Lancaster University in Britain and Embrapa" the place is
 * inside the first item.
 */
export function withCoordinatedPlaces(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention, i) =>
    isUnknownWord(mention) && listGoesOnToPlace(text, mentions, i)
      ? { ...mention, type: 'place', actorKey: actorKey('place', mention.text) }
      : mention,
  );
}

function listGoesOnToPlace(text: string, mentions: Mention[], i: number): boolean {
  let joinedByConjunction = false;
  for (let j = i + 1; j < mentions.length; j++) {
    const join = text.slice(mentions[j - 1].end, mentions[j].start);
    if (!LIST_JOIN.test(join)) return false;
    joinedByConjunction ||= CONJUNCTION.test(join);
    // "Sberbank, Russia's largest lender": a possessive opens an apposition, not a list's next item.
    if (/^[ \t]?['’]/.test(text.slice(mentions[j].end))) return false;
    if (isKnownPlace(mentions[j])) return joinedByConjunction || listEndsWithConjunction(text, mentions, j);
  }
  return false;
}

function listEndsWithConjunction(text: string, mentions: Mention[], j: number): boolean {
  for (let k = j + 1; k < mentions.length; k++) {
    const join = text.slice(mentions[k - 1].end, mentions[k].start);
    if (!LIST_JOIN.test(join)) return false;
    if (CONJUNCTION.test(join)) return true;
  }
  return false;
}

// One word in lower case after its capital, in no list: not "Petrobras" (listed) nor "MONUSCO" (an acronym).
function isUnknownWord(mention: Mention): boolean {
  return mention.type === 'organization' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(mention.text) && !lookupName(mention.text);
}

// A town or a region, not a country, which a company deals with ("the deal between Vedanta and Zambia").
function isKnownPlace(mention: Mention): boolean {
  return (
    mention.type === 'place' &&
    lookupName(mention.text)?.type === 'place' &&
    countryOf(mention.text)?.toLowerCase() !== mention.text.toLowerCase()
  );
}
