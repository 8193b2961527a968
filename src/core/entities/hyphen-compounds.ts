// A name glued to a participle by a hyphen ("California-based", "Hamas-run", "Iran-backed") is the name alone;
// the compound is a modifier, not a body ("the California-based company").
import type { EntityType, Span } from '../types';
import type { ScoredMention } from './learned/tag';
import { actorKey } from '../actors/actor-key';
import { lookupName, isCountryDemonym } from './gazetteer';
import { isCommonWord, isDemonym, isFirstName, isLastName } from '../text/lexicon';
import { lists } from './learned/lists';
import { knownPerson } from './known-persons';
import { overlapsAnySorted } from '../text/spans';

const PARTICIPLE =
  /-(?:based|born|run|led|backed|owned|funded|controlled|held|made|bred|raised|registered|listed|headquartered|allied|aligned|sponsored|brokered|bound|flagged)$/i;
// Where a company, a person or a thing is based or born is a place.
const OF_PLACES = /-(?:based|born|bred|raised|registered|headquartered)$/i;

// A compound that opens a longer mention: "Peshawar-based" | "Afghan Islamic Press".
const OPENING_COMPOUND = /^([^ \t-][^-]*?-\p{Ll}+)[ \t]+(?=\p{Lu})/u;

/** The mention without its participle, typed by what its name is; none when the name is a people's. */
export function withoutParticiple(m: ScoredMention): ScoredMention[] {
  const opening = OPENING_COMPOUND.exec(m.text);
  if (opening && PARTICIPLE.test(opening[1])) {
    const rest = m.text.slice(opening[0].length);
    const start = m.start + opening[0].length;
    const compound = { ...m, end: m.start + opening[1].length, text: opening[1] };
    const name = { ...m, start, text: rest, actorKey: actorKey(m.type, rest) };
    return [...withoutParticiple(compound), name];
  }
  const suffix = PARTICIPLE.exec(m.text);
  if (!suffix) return [m];
  const text = m.text.slice(0, suffix.index);
  if (text.length < 2 || isDemonym(text.toLowerCase()) || isCountryDemonym(text)) return [];
  const known = lookupName(text);
  const person = !known && knownPerson(text) !== undefined; // "Bezos-owned"
  const type = known?.type ?? (person ? 'person' : OF_PLACES.test(m.text) ? 'place' : m.type);
  const key = actorKey(type, known?.type === type ? known.canonical : text);
  return [{ ...m, end: m.start + text.length, text, type, actorKey: key }];
}

// Capitalised words glued to such a participle ("Suwon-based", "Walmart-owned"), not inside a longer compound.
const COMPOUND =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}.'’]*(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,2})(?=-(?:based|born|owned|listed|funded|controlled|held|headquartered|registered|backed|led|allied|aligned|sponsored|brokered|bound|flagged)(?![\p{L}-]))/gu;
// Who owns, lists or funds a thing is a body, unless the lists know a person by the name ("Musk-owned").
const OF_BODIES = /^-(?:owned|listed|funded|controlled|held)/;
// Who backs or leads a thing may be a people or a party's members ("Western-backed", "Tory-led"): only a listed
// name or a known person counts ("Iran-backed", "NATO-led", "Putin-backed").
const OF_LISTED_ONLY = /^-(?:backed|led|allied|aligned|sponsored|brokered|bound|flagged)/;

/**
 * The names glued to a participle that no mention of `sorted` (in text order) covers: a place where something is
 * based or born, a body that owns, lists or funds it; the lists' type first. Never an everyday word opening a
 * sentence ("Government-owned") nor a people's name ("Saudi-owned").
 */
export function unreadCompounds(text: string, sorted: readonly Span[]): (Span & { type: EntityType })[] {
  const found: (Span & { type: EntityType })[] = [];
  for (const match of text.matchAll(COMPOUND)) {
    // An everyday word before the name opens the sentence or the phrase ("The Suwon-based company").
    const words = match[1].split(/[ \t]+/);
    while (words.length > 1 && !lookupName(words.join(' ')) && isCommonWord(words[0].toLowerCase())) words.shift();
    const name = words.join(' ');
    const start = match.index + match[1].length - name.length;
    const span = { start, end: start + name.length, text: name };
    if (overlapsAnySorted(sorted, { start: span.start, end: span.end + 1 })) continue;
    if (isDemonym(name.toLowerCase()) || isCountryDemonym(name)) continue;
    const known = lookupName(name);
    const participle = text.slice(span.end, span.end + 16);
    if (OF_LISTED_ONLY.test(participle) && !known && knownPerson(name) === undefined) continue;
    // A surname owns or funds as a person does ("Murdoch-owned", "Soros-funded").
    const person = knownPerson(name) !== undefined || (!/\s/.test(name) && isPersonsWord(name.toLowerCase()));
    if (!known && !person && !/\s/.test(name) && isCommonWord(name.toLowerCase())) continue;
    const type: EntityType = known?.type ?? (person ? 'person' : OF_BODIES.test(participle) ? 'organization' : 'place');
    found.push({ ...span, type });
  }
  return found;
}

function isPersonsWord(lower: string): boolean {
  return isLastName(lower) || isFirstName(lower) || lists().peopleNames.has(lower);
}

// Two or three names joined by hyphens, each a listed place or body: "India-China border", "Israel-Hamas war",
// "EU-Japan agreement". Not one listed name ("Guinea-Bissau"), nor part of a longer name ("Air France-KLM",
// "China-Pakistan Economic Corridor").
const NAME_PAIR =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)(?:-(\p{Lu}[\p{L}.]*))?(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/gu;
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}.'’-]*)[ \t]+$/u;
// ... unless that word opens the sentence or the phrase ("The India-China talks", "In US-UK trade").
const FUNCTION_WORDS = new Set(
  'the a an in on at of for to by and with from as after before since over under amid during'.split(' '),
);

/** The listed places and bodies of name pairs ("India" and "China" of "India-China"), each typed as listed. */
export function namePairs(text: string): (Span & { type: EntityType })[] {
  const found: (Span & { type: EntityType })[] = [];
  for (const match of text.matchAll(NAME_PAIR)) {
    const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
    if (lookupName(match[0]) || (before !== undefined && !FUNCTION_WORDS.has(before.toLowerCase()))) continue;
    const parts = match.slice(1).filter((part): part is string => part !== undefined);
    const known = parts.map(part => lookupName(part));
    if (!known.every(k => k?.strength === 'strong' && k.type !== 'person')) continue;
    let start = match.index;
    parts.forEach((part, i) => {
      found.push({ start, end: start + part.length, text: part, type: known[i]!.type });
      start += part.length + 1;
    });
  }
  return found;
}
