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

// Where a company, a person or a thing is based or born is a place; who owns, lists or funds it a body, unless
// the lists know a person by the name ("Musk-owned"); who backs or leads it may be a people or a party's members
// ("Western-backed", "Tory-led"), so only a listed name or a known person counts there ("Iran-backed").
const OF_PLACES = ['based', 'born', 'bred', 'raised', 'registered', 'headquartered'];
const OF_BODIES = ['owned', 'listed', 'funded', 'controlled', 'held'];
const OF_LISTED_ONLY = ['backed', 'led', 'allied', 'aligned', 'sponsored', 'brokered', 'bound', 'flagged'];
// Participles read on a mention, though not looked for apart from one ("Hamas-run", "Chinese-made").
const OF_MENTIONS_ONLY = ['run', 'made'];
/** A name glued to such a participle: "California-based", "Hamas-run". */
export const PARTICIPLE = new RegExp(
  `-(?:${[...OF_PLACES, ...OF_BODIES, ...OF_LISTED_ONLY, ...OF_MENTIONS_ONLY].join('|')})$`,
  'i',
);
const PLACE_PARTICIPLE = new RegExp(`-(?:${OF_PLACES.join('|')})$`, 'i');
// Where one is based, born or registered is a place whoever bears its name ("Sydney-based"); "raised" and
// "bred" may be by someone ("Clinton-raised funds").
const ONLY_PLACE_PARTICIPLE = /-(?:based|born|registered|headquartered)$/i;
const BODY_PARTICIPLE = new RegExp(`^-(?:${OF_BODIES.join('|')})`);
const LISTED_ONLY_PARTICIPLE = new RegExp(`^-(?:${OF_LISTED_ONLY.join('|')})`);

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
    // An everyday word's compound is no name ("State-run Xinhua News Agency").
    const word = opening[1].replace(PARTICIPLE, '');
    const everyday = isCommonWord(word.toLowerCase()) && !lookupName(word) && knownPerson(word) === undefined;
    return everyday ? [name] : [...withoutParticiple(compound), name];
  }
  const suffix = PARTICIPLE.exec(m.text);
  if (!suffix) return [m];
  const text = m.text.slice(0, suffix.index);
  if (text.length < 2 || isDemonym(text.toLowerCase()) || isCountryDemonym(text)) return [];
  const known = lookupName(text);
  // "Bezos-owned"; where one is based or born is a place, whoever bears its name ("Sydney-based").
  const person = !known && !ONLY_PLACE_PARTICIPLE.test(m.text) && knownPerson(text) !== undefined;
  const type = known?.type ?? (person ? 'person' : PLACE_PARTICIPLE.test(m.text) ? 'place' : m.type);
  const key = actorKey(type, known?.type === type ? known.canonical : text);
  return [{ ...m, end: m.start + text.length, text, type, actorKey: key }];
}

// Capitalised words glued to such a participle ("Suwon-based", "Walmart-owned"), not inside a longer compound.
const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}.'’]*(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,2})` +
    String.raw`(?=-(?:${[...OF_PLACES, ...OF_BODIES, ...OF_LISTED_ONLY].join('|')})(?![\p{L}-]))`,
  'gu',
);

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
    if (LISTED_ONLY_PARTICIPLE.test(participle) && !known && knownPerson(name) === undefined) continue;
    // A surname owns or funds as a person does ("Murdoch-owned", "Soros-funded").
    const ofPlace = ONLY_PLACE_PARTICIPLE.test(`${name}${participle.match(/^-\p{Ll}+/u)?.[0] ?? ''}`);
    const person =
      !ofPlace && (knownPerson(name) !== undefined || (!/\s/.test(name) && isPersonsWord(name.toLowerCase())));
    if (!known && !person && !/\s/.test(name) && isCommonWord(name.toLowerCase())) continue;
    const type: EntityType =
      known?.type ?? (person ? 'person' : BODY_PARTICIPLE.test(participle) ? 'organization' : 'place');
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
export function namePairs(
  text: string,
  mentions: readonly (Span & { type: EntityType })[],
): (Span & { type: EntityType })[] {
  // A pair the model read as one place is one country or region ("Serbia-Montenegro", "Austria-Hungary").
  const places = new Set(mentions.filter(m => m.type === 'place').map(m => `${m.start}:${m.end}`));
  const found: (Span & { type: EntityType })[] = [];
  for (const match of text.matchAll(NAME_PAIR)) {
    const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
    if (lookupName(match[0]) || (before !== undefined && !FUNCTION_WORDS.has(before.toLowerCase()))) continue;
    const parts = match.slice(1).filter((part): part is string => part !== undefined);
    // A sentence's full stop after the last name is not the name's ("the India-China border.").
    const last = parts.length - 1;
    if (parts[last].endsWith('.') && !lookupName(parts[last])) parts[last] = parts[last].slice(0, -1);
    const end = match.index + parts.join('-').length;
    if (places.has(`${match.index}:${end}`) || places.has(`${match.index}:${match.index + match[0].length}`)) continue;
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
