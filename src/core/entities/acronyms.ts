// Joins an acronym to the name it abbreviates, as news introduces it: "Central News Agency (KCNA)",
// "the International Atomic Energy Agency (IAEA)"; later bare uses of the acronym follow.
import type { Mention, Span } from '../types';
import { isCommonWord, isDemonym, isFirstName } from '../text/lexicon';
import { knownPerson } from './known-persons';
import { ARTICLES } from './organization-nouns';
import { overlapsAnySorted } from '../text/spans';
import { capitalLines } from './capital-lines';
import { lookupName } from './gazetteer';
import { isOrganizationHeadWord } from './head-words';

export function linkAcronyms<M extends Mention>(text: string, mentions: M[]): M[] {
  const keyOfAcronym = new Map<string, { key: string; type: Mention['type'] }>();
  const rekeyed = new Map<string, string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const name = mentions[i];
    const acronym = mentions[i + 1];
    if (!/^\s*\($/.test(text.slice(name.end, acronym.start)) || text[acronym.end] !== ')') continue;
    if (!isAcronymOf(acronym.text, name.text)) continue;
    // A known acronym ("KCNA") already names the actor; otherwise the written-out name does.
    const known = acronym.actorKey !== `${acronym.type}:${acronym.text.toLowerCase()}`;
    const key = known ? acronym.actorKey : name.actorKey;
    keyOfAcronym.set(acronym.text, { key, type: name.type });
    rekeyed.set(name.actorKey, key);
  }
  if (keyOfAcronym.size === 0) return mentions;
  return mentions.map(m => {
    const link = keyOfAcronym.get(m.text);
    if (link) return { ...m, type: link.type, actorKey: link.key };
    const key = rekeyed.get(m.actorKey);
    return key ? { ...m, actorKey: key } : m;
  });
}

// "KCNA" abbreviates "Korean Central News Agency" and, loosely, "Central News Agency": the name's
// initials appear in the acronym in order, with at most one letter or one word left over.
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter(w => /^\p{Lu}/u.test(w))
    .map(w => w[0])
    .join('');
  let matched = 0;
  let at = 0;
  for (const initial of initials) {
    const found = letters.indexOf(initial, at);
    if (found < 0) continue;
    matched++;
    at = found + 1;
  }
  if (matched >= 2 && matched >= initials.length - 1 && matched >= letters.length - 1) return true;
  // An acronym of the name in its own language, the same initials in another order: "Indonesian Democratic
  // Party (PDI)", "Revolutionary Armed Forces of Colombia (FARC)".
  return isReordering(letters, initials);
}

// Three letters or more, the initials' own in another order.
function isReordering(letters: string, initials: string): boolean {
  const sorted = (s: string) => [...s].sort().join('');
  return letters.length >= 3 && sorted(letters) === sorted(initials);
}

// An acronym in brackets right after the name it abbreviates: "Crimes Against Police Officers Section (CAPOS)",
// "Muttahida Qaumi Movement-Pakistan (MQM-P)", "5-Star Movement (M5S)", "Brothers of Italy (FdI)".
const BRACKETED = /^[ \t]*\([ \t]*(\p{Lu}(?:[\p{Lu}\p{N}.-]|\p{Ll}(?=[\p{Lu}\p{N}])){0,8}[\p{Lu}\p{N}]\.?)[ \t]*\)/u;
// An organization's short form from its name in another language: two capitals or more, perhaps a figure or a
// small letter between them ("LBH", "PT", "M5S", "IBRiS").
const OWN_SHORT_FORM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}-]{1,6}$/u;

/**
 * The acronyms an article defines in brackets after the name of a body or a place (a body's from its name in
 * another language too) or spells out as an organization's initials, found wherever the article writes them,
 * with the name's type ("the Central Elections Commission (CEC) … the CEC said"), and the name of a body read as
 * a person's where its acronym says it is a body's; an acronym that is also an everyday word ("IS") is left
 * alone in a line in capitals ("WHY IS IT SO HARD?"). In text order.
 */
export function definedAcronyms<M extends Span & { type: Mention['type'] }>(
  text: string,
  names: readonly M[],
): (Span & { type: M['type'] })[] {
  const types = new Map<string, M['type']>();
  const found: (Span & { type: M['type'] })[] = [];
  for (const name of names) {
    const acronym = BRACKETED.exec(text.slice(name.end, name.end + 16))?.[1];
    // An organization's may come from its name in another language ("Legal Aid Institute (LBH)"), unless the
    // letters name something else the lists know.
    const shortForm =
      acronym !== undefined &&
      (isAcronymOf(acronym, name.text) ||
        (name.type === 'organization' && OWN_SHORT_FORM.test(acronym) && lookupName(acronym) === undefined));
    // A name of words, not a side with its score ("Buffalo 2 ( OT )").
    if (!acronym || !/\s/.test(name.text) || !/\p{L}$/u.test(name.text) || !shortForm || types.has(acronym)) continue;
    if (name.type !== 'person') types.set(acronym, name.type);
    else if (isBodyReadAsPerson(name.text, acronym)) {
      types.set(acronym, 'organization');
      found.push({ start: name.start, end: name.end, text: name.text, type: 'organization' });
    }
  }
  // An organization's initials, every one of them, written elsewhere without brackets ("the Food and Allied
  // Workers Union … FAWU, which is affiliated"), unless the lists know the letters as something else.
  const unbracketed = new Set<string>();
  for (const name of names) {
    const initials = name.type === 'organization' ? everyInitial(name.text) : '';
    if (initials.length < 3 || types.has(initials) || lookupName(initials) !== undefined) continue;
    types.set(initials, 'organization');
    unbracketed.add(initials);
  }
  if (types.size === 0) return [];
  let capitals: { start: number; end: number }[] | undefined;
  const inCapitalsLine = (at: number) => {
    capitals ??= capitalLines(text).map(([start, end]) => ({ start, end }));
    return overlapsAnySorted(capitals, { start: at, end: at + 1 });
  };
  for (const match of text.matchAll(writtenAcronyms([...types.keys()]))) {
    const type = types.get(match[0])!;
    if (isCommonWord(match[0].toLowerCase()) && inCapitalsLine(match.index)) continue;
    // Initials after "a" or "an" are a thing's ("an EIA", "a PPA"), not a body's.
    if (
      unbracketed.has(match[0]) &&
      /(?:^|[^\p{L}])an?[ \t]+$/iu.test(text.slice(Math.max(0, match.index - 4), match.index))
    )
      continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], type });
  }
  return found.sort((a, b) => a.start - b.start);
}

// The initials of a body's name, its small words apart ("Food and Allied Workers Union" → "FAWU"): none for a
// name with any other word in lower case, nor for one without a body's head word ("Solid State Drives").
const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'on', 'in', '&']);

function everyInitial(name: string): string {
  const words = name.split(/[\s-]+/).filter(w => !SMALL_WORDS.has(w));
  if (!words.every(w => /^\p{Lu}\p{Ll}/u.test(w))) return '';
  return words.some(w => isOrganizationHeadWord(w.toLowerCase())) ? words.map(w => w[0]).join('') : '';
}

// The acronyms as whole words, the longest first ("MQM-P" before "MQM"); not inside a hyphenated word ("US-led").
function writtenAcronyms(acronyms: string[]): RegExp {
  const escaped = acronyms.sort((a, b) => b.length - a.length).map(a => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`(?<![\p{L}\p{N}.-])(?:${escaped.join('|')})(?![\p{L}\p{N}]|-\p{L})`, 'gu');
}

// The letters of an acronym without its full stops, spaces and hyphens ("U.N." → "UN", "MQM-P" → "MQMP").
function acronymLetters(acronym: string): string {
  return acronym.replace(/[.\s-]/g, '');
}

// A person is seldom introduced with the initials of every word of the name, as a party or a body is ("Parti
// Keadilan Rakyat (PKR)", "Les Républicains (LR)"); a person's name opens with a first name ("Mohammed bin
// Salman (MBS)", "Alexandria Ocasio-Cortez (AOC)"), not an article ("Les").
function isBodyReadAsPerson(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/).filter(w => /^\p{Lu}/u.test(w));
  const letters = acronymLetters(acronym);
  const everyInitial = words.map(w => w[0]).join('') === letters.slice(0, words.length);
  return (
    everyInitial &&
    letters.length <= words.length + 1 &&
    (ARTICLES.has(words[0].toLowerCase()) || !isFirstName(words[0].toLowerCase())) &&
    knownPerson(name) === undefined
  );
}

// A run of capitalised words, with the small words inside names, before an acronym in brackets.
const RUN_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const RUN_LINK = '(?:of|for|and|on|in|the|de|des|du|la|le|pour|y|et)';
// The kind of body may stand between the name and its acronym: "the United Food and Commercial Workers union (UFCW)".
const KIND = '(?:[ \\t]+(?:union|party|group|movement|alliance|coalition|militia))?';
const SPELLED_OUT = new RegExp(
  `(${RUN_WORD}(?:[ \\t]+(?:${RUN_LINK}[ \\t]+)*${RUN_WORD}){1,7})${KIND}[ \\t]*\\([ \\t]*(\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})[ \\t]*\\)`,
  'gu',
);
// The capitalised words' initials are the acronym's letters, in any order: "Party of Social Democracy in Romania"
// of "PDSR".
function hasInitialsOf(acronym: string, words: string[]): boolean {
  const initials = words.filter(w => /^\p{Lu}/u.test(w)).map(w => w[0]);
  return isReordering(acronymLetters(acronym), initials.join(''));
}

// Acronyms of things, not bodies: "Goods and Services Tax (GST)", "Gross Domestic Product (GDP)".
const THING_HEADS = new Set(
  (
    'tax act agreement treaty accord law bill index product programme program scheme plan initiative protocol ' +
    'convention strategy policy rate test disease syndrome virus festival games cup championship award prize ' +
    'code standard certificate corridor toolkit explorer browser'
  ).split(' '),
);

/**
 * Names the article spells out before their acronym in brackets that the tagger read none or only part of:
 * "the Government Service Insurance System ( GSIS )". The name starts at the first word the acronym starts
 * with ("Leaders of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA)"); a person's
 * name stays the person's. Organizations, in text order.
 */
export function spelledOutNames(text: string, mentions: readonly (Span & { type: string })[]): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(SPELLED_OUT)) {
    const acronym = match[2];
    const run = [...match[1].matchAll(/\S+/g)];
    const words = run.map(w => w[0]);
    const opens = (w: string) => /^\p{Lu}/u.test(w) && !/^(?:the|a|an)$/i.test(w) && !/['’]s$/.test(w);
    // The whole name in another language's order first ("Popular Front for the Liberation of Kivu (FPLK)"),
    // else from the word the acronym starts with.
    const reordered = words.findIndex((w, i) => opens(w) && hasInitialsOf(acronym, words.slice(i)));
    const first =
      reordered >= 0
        ? reordered
        : words.findIndex(
            (w, i) => w.startsWith(acronym[0]) && opens(w) && isAcronymOf(acronym, words.slice(i).join(' ')),
          );
    // A body's seat after "in" is no part of its name where the acronym has no letter of it ("Conference on
    // Disarmament in Geneva (CD)"; not "Human Rights in China (HRIC)").
    const seat = words.lastIndexOf('in');
    const last = seat > first && !acronymLetters(acronym).includes(words[seat + 1][0]) ? seat : words.length;
    if (
      first < 0 ||
      last - first < 2 ||
      (last < words.length && !isAcronymOf(acronym, words.slice(first, last).join(' ')))
    )
      continue;
    const start = match.index + run[first].index!;
    const end = match.index + run[last - 1].index! + words[last - 1].length;
    const name = text.slice(start, end);
    const span = { start, end, text: name };
    if (THING_HEADS.has(words[last - 1].toLowerCase()) || lookupName(name)) continue;
    // A people somewhere is no body ("Serbs in Croatia (SC)"), unless a body's word names one ("Iraqi National
    // Congress in London (INC)").
    const named = words.slice(first, last);
    const peopleIn = isDemonym(named[0].toLowerCase()) && named.includes('in');
    if (peopleIn && !named.some(w => isOrganizationHeadWord(w.toLowerCase()))) continue;
    // A person's name, or a longer name the tagger read, holds it.
    const overlapping = mentions.filter(m => m.start < span.end && span.start < m.end);
    if (overlapping.some(m => m.type === 'person' || m.start < span.start || m.end > span.end)) continue;
    found.push(span);
  }
  return found;
}
