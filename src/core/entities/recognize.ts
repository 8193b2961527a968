// Finds persons, organizations and places: capitalised runs, cut at titles, typed by what the words
// are, then made consistent across the article (a name keeps one type; surnames join full names).
import type { EntityType } from '../types';
import type { Token, TokenizedText } from '../text/tokenize';
import { isCommonWord, isDemonym, isFirstName, lexiconTagList } from '../text/lexicon';
import { actorKey } from '../actors/actor-key';
import { isListedFullName } from './known-persons';
import { OTHER_LANGUAGES_LINKS, findCandidates, isAllCaps, isCapitalised, type Candidate } from './candidates';
import {
  BROADCASTER_OPENERS,
  classify,
  isNationalBody,
  isOtherKindOfName,
  namePhrase,
  opensClubName,
  opensOrganizationName,
  ownPossessiveName,
  type Typed,
} from './classify';
import { COMPANY_ENDINGS, ORGANIZATION_HEADS, isNameHead } from './head-words';
import { lists } from './learned/lists';
import { ORGANIZATION_NOUNS } from './organization-nouns';
import { isCountryDemonym, isSureName, lookupName, phraseKey } from './gazetteer';
import { isRoleNoun, isRoleWord, nameAfterTitle } from './titles';
import { linkPersons, type LinkCandidate, type LinkedMention } from './surnames';
import { linkAcronyms } from './acronyms';
import { PARTICIPLE } from './hyphen-compounds';

/** A name found in the text, typed or not yet. */
interface Found {
  tokens: Token[];
  typed: Typed | null;
}

const POSSESSIVE = /['’]s?$/;
const DETERMINERS = new Set(['the', 'a', 'an']);
// Helpers a headline capitalises ("Gary Ross Will Direct"), never part of a name even when also first names.
const HEADLINE_VERBS = new Set([
  'will',
  "won't",
  'wont',
  'may',
  'can',
  'could',
  'would',
  'should',
  'must',
  'to',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'says',
  'said',
]);
// "Army General", "Air Force Colonel": a branch before a rank is part of the title, not an organization.
const MILITARY_BRANCHES = new Set(['army', 'navy', 'force', 'marine', 'marines', 'police', 'guard']);

export function recognizeEntities(doc: TokenizedText): LinkedMention[] {
  const found: Found[] = [];
  for (const sentence of doc.sentences) {
    for (const candidate of findCandidates(doc, sentence).flatMap(atOtherLanguagesLinks)) {
      if (!candidate.headline) {
        found.push(...readCandidate(candidate));
        continue;
      }
      // In a headline every word is capitalised: everyday words separate names, and only what the
      // words themselves vouch for is kept.
      for (const run of headlineRuns(candidate)) {
        found.push(...readCandidate(run).flatMap(p => (p.typed?.evidence === 'strong' ? [p] : knownParts(p.tokens))));
      }
    }
  }
  const candidates = typeByArticle(found)
    .map(f => toCandidate(doc.text, f))
    .filter((m): m is LinkCandidate => m !== null);
  return linkAcronyms(doc.text, linkPersons(doc, candidates));
}

// Bodies' opening words that are English words too.
const ENGLISH_OPENERS = new Set(['bank', 'radio', 'television', 'tv']);

// Other languages' "and", "for" and "of", which the candidates read inside names ("Troms og Finnmark", "Institut
// für Demoskopie", "Bangko Sentral ng Pilipinas").
const LINKS_IN_CANDIDATES = new Set([...OTHER_LANGUAGES_LINKS, 'fur']);

/**
 * The candidate cut at such a word, unless a body's word opens it or a listed name runs across the word: two
 * names joined by it stay two ("Norway og Sweden", "Adam et Eve").
 */
function atOtherLanguagesLinks(candidate: Candidate): Candidate[] {
  const { tokens } = candidate;
  const k = tokens.findIndex((t, i) => i > 0 && LINKS_IN_CANDIDATES.has(t.lower));
  if (k < 0 || k === tokens.length - 1) return [candidate];
  // The name opens after a leading "the" or a compound ("the Halle-based Institut fur Landespolitik").
  let start = 0;
  while (start < k && (DETERMINERS.has(tokens[start].lower) || PARTICIPLE.test(tokens[start].text))) start++;
  const across = namePhrase([tokens[k - 1], tokens[k], tokens[k + 1]]);
  if (
    opensOrganizationName(namePhrase(tokens.slice(start))) ||
    lookupName(namePhrase(tokens.slice(start))) ||
    lookupName(across)
  )
    return [candidate];
  const before = { ...candidate, tokens: tokens.slice(0, k), next: tokens[k] };
  const after = { ...candidate, tokens: tokens.slice(k + 1), previous: tokens[k], sentenceInitial: false };
  return [before, ...atOtherLanguagesLinks(after)];
}

// "CAPE CANAVERAL, Fla. (AP) —": a line opening with a place in capitals, then a comma or bracket.
function isDateline(candidate: Candidate): boolean {
  return (
    candidate.sentenceInitial &&
    candidate.tokens.every(isAllCaps) &&
    candidate.next !== undefined &&
    [',', '('].includes(candidate.next.text) &&
    !lookupName(namePhrase(candidate.tokens))?.type.startsWith('org')
  );
}

function headlineRuns(candidate: Candidate): Candidate[] {
  const runs: Candidate[] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length)
      runs.push({ ...candidate, tokens: run, sentenceInitial: candidate.sentenceInitial && runs.length === 0 });
    run = [];
  };
  candidate.tokens.forEach((token, i) => {
    const separates =
      HEADLINE_VERBS.has(token.lower) ||
      (isCommonWord(token.lower) &&
        !isNameHead(token) &&
        !isRoleWord(token) &&
        !isFirstName(token.lower) &&
        !lookupName(namePhrase([...run, token])) &&
        !startsKnownName(candidate.tokens, i));
    if (separates) close();
    else run.push(token);
  });
  close();
  return runs;
}

// "South" in "Bombing in South Sudan" opens a known name, though it is an everyday word alone.
function startsKnownName(tokens: Token[], start: number): boolean {
  for (let end = start + 1; end <= Math.min(tokens.length, start + 6); end++) {
    if (lookupName(namePhrase(tokens.slice(start, end)))) return true;
  }
  return false;
}

function readCandidate(candidate: Candidate): Found[] {
  if (isDateline(candidate))
    return [
      {
        tokens: candidate.tokens,
        typed: { type: 'place', evidence: 'strong', canonical: lookupName(namePhrase(candidate.tokens))?.canonical },
      },
    ];
  let tokens = candidate.tokens;
  let sentenceInitial = candidate.sentenceInitial;
  // After "The" opening a sentence, the next word's capital is the name's: "The New England Patriots".
  while (tokens.length && DETERMINERS.has(tokens[0].lower) && !lookupName(namePhrase(tokens))) {
    tokens = tokens.slice(1);
    sentenceInitial = false;
  }
  if (tokens.length === 0 || isOtherKindOfName(tokens) || isCountryDemonym(namePhrase(tokens))) return [];
  // A body or a place named for a titled person keeps the title: "Imam Khomeini International Airport",
  // "King Abdulaziz University"; a head word that is a surname too is the person's ("Deputy Cynthia Hall").
  const last = tokens[tokens.length - 1];
  const namedForPerson = isNameHead(last) && !lists().peopleNames.has(last.lower);
  let titleEnd = namedForPerson ? 0 : nameAfterTitle(tokens);
  // A body's opening word of another language, then "General" and a particle: the body's name ("Confederación
  // General del Trabajo"), not a general before a person ("Bank Governor da Costa" stays one).
  const generalOf =
    tokens[titleEnd - 1]?.lower === 'general' &&
    /^\p{Ll}/u.test(tokens[titleEnd]?.text ?? '') &&
    !ENGLISH_OPENERS.has(tokens[0].lower) &&
    opensOrganizationName(namePhrase(tokens));
  if (titleEnd > 0 && generalOf) titleEnd = 0;
  const name = tokens.slice(titleEnd);
  if (titleEnd > 0 && isPlausibleName(name) && !isSureName(namePhrase(tokens)) && !isSureName(namePhrase(name))) {
    const before = tokens.slice(0, titleStart(tokens, titleEnd));
    const persons = splitPersons(name).map((p): Found => ({
      tokens: p,
      typed: { type: 'person', evidence: 'strong' },
    }));
    return [...readBeforeTitle(before, candidate), ...persons];
  }
  return readPart(tokens, sentenceInitial, candidate.previous, candidate.next);
}

// Where the title before a name begins: back from its head over role words and demonyms, but not into
// an organization's name ("General Staff Army General Valery Gerasimov" → "Army General").
function titleStart(tokens: Token[], nameStart: number): number {
  let start = nameStart;
  while (start > 0) {
    const token = tokens[start - 1];
    // A portfolio named like a party is the title's ("Labour Minister", "Labor Secretary"); before a minister
    // in lower case, or after "former" or "veteran", it is the party ("Labour minister Tessa Jowell", "Former
    // Labour Minister Denis Healey").
    const portfolio =
      /^labou?r$/.test(token.lower) &&
      /^(?:Minister|Secretary)$/.test(tokens[start].text) &&
      !/^(?:former|veteran|ex|senior|junior|shadow|a|an)$/.test(tokens[start - 2]?.lower ?? '');
    const partOfTitle =
      isRoleWord(token) || isDemonym(token.lower) || isCountryDemonym(token.text) || token.lower === 'of' || portfolio;
    const rank = MILITARY_BRANCHES.has(token.lower) && isRoleNoun(tokens[start]);
    if (!partOfTitle || (ORGANIZATION_HEADS.has(token.lower) && !rank && start - 1 > 0 && start < nameStart)) break;
    start--;
  }
  return start;
}

// What precedes a title is a name only when it stands on its own: "IAEA Director General …",
// "Joint Chiefs of Staff Chairman …"; in "U.S. District Judge …" only "U.S." is one.
function readBeforeTitle(before: Token[], candidate: Candidate): Found[] {
  if (before.length === 0) return [];
  // A place head there belongs to the title ("District Judge", "State Senator"); an organization's does not.
  const typed = classify(before, candidate.previous, undefined);
  const named = lookupName(namePhrase(before)) || typed?.type === 'organization';
  if (typed && named && typed.evidence === 'strong') return [{ tokens: before, typed }];
  return knownParts(before);
}

// Words after a sentence's first word that read it as an everyday noun: a preposition, a relative or a plural's verb.
const EVERYDAY_READING = new Set(
  (
    'in of on at from for with who whose that are were have want need think say believe feel here there will ' +
    'would can could should must may might do did just still also really all now like living'
  ).split(' '),
);

function readPart(
  tokens: Token[],
  sentenceInitial: boolean,
  previous: Token | undefined,
  next: Token | undefined,
): Found[] {
  let titled = false;
  // A magazine named by a plural everyday word opens a sentence as the word does: "People in El Alto voted",
  // "People want to fly" (not "People magazine reported", "People says", nor a company: "Shell will sell").
  const plural = lexiconTagList(tokens[0].lower).includes('Plural');
  if (sentenceInitial && tokens.length === 1 && plural && next && EVERYDAY_READING.has(next.text)) return [];
  // At the start of a sentence a capital says nothing: "After", "Police", "Chief" are ordinary words there;
  // but an everyday word before a company's ending opens its name ("Booking Holdings said").
  if (
    sentenceInitial &&
    // An everyday word, or a trade a newswire writes before a company ("Chipmaker Renesas Electronics Corp").
    (isCommonWord(tokens[0].lower) || ORGANIZATION_NOUNS.has(tokens[0].lower)) &&
    !lookupName(tokens[0].text) &&
    !isFirstName(tokens[0].lower) &&
    !lookupName(namePhrase(tokens)) &&
    !isListedFullName(namePhrase(tokens)) &&
    !isNationalBody(tokens) &&
    !opensHeadedName(tokens) &&
    !(tokens.length > 1 && BROADCASTER_OPENERS.has(tokens[0].lower)) &&
    !/^['’]$/.test(tokens[1]?.text ?? '') &&
    !opensListedCompound(tokens) &&
    !opensClubName(namePhrase(tokens)) && // "Racing Genk beat Lommel"
    // A surname that is an everyday word too opens a firm's name: "Marks and Spencer Plc gained".
    !(/^(?:and|&)$/.test(tokens[1]?.lower ?? '') && lists().peopleNames.has(tokens[0].lower))
  ) {
    titled = isRoleWord(tokens[0]);
    tokens = tokens.slice(1);
    previous = undefined;
  }
  while (
    tokens.length &&
    (isRoleWord(tokens[0]) || isDemonym(tokens[0].lower)) &&
    !isStrongNonPerson(tokens, previous, next)
  ) {
    titled ||= isRoleWord(tokens[0]);
    tokens = tokens.slice(1);
  }
  // A name starts with a capital, not with the "of" after a title ("Chief" | "of Russia's").
  while (tokens.length && !isCapitalised(tokens[0])) tokens = tokens.slice(1);
  if (tokens.length === 0) return [];
  const typed = classify(tokens, previous, next);
  // A title says the name is a person's, though a town bears it too ("President Bush", "Mayor Warren").
  if (titled && typed?.type === 'place' && typed.evidence === 'weak')
    return [{ tokens, typed: { type: 'person', evidence: 'strong' } }];
  // ... and a company's one word ("Ms Whitbread", "President Ford").
  if (titled && typed?.type === 'organization' && tokens.length === 1)
    return [{ tokens, typed: { type: 'person', evidence: 'strong' } }];
  if (typed?.type === 'person') return splitPersons(tokens).map(p => ({ tokens: p, typed }));
  if (typed) return [{ tokens, typed }];
  const person = personInside(tokens);
  if (person > 0)
    return [
      ...readPart(tokens.slice(0, person), false, previous, undefined),
      ...readPart(tokens.slice(person), false, undefined, next),
    ];
  return tokens.length > 1 ? knownParts(tokens) : [{ tokens, typed: null }];
}

// An everyday word that opens a listed name, alone or glued to a participle: "Amnesty International Nigeria",
// "New York-based".
function opensListedCompound(tokens: Token[]): boolean {
  const compound = tokens[1]?.text ?? '';
  if (PARTICIPLE.test(compound))
    return lookupName(`${tokens[0].text} ${compound.replace(PARTICIPLE, '')}`) !== undefined;
  for (let end = 2; end < Math.min(tokens.length, 5); end++)
    if (lookupName(namePhrase(tokens.slice(0, end)))?.strength === 'strong') return true;
  return false;
}

// A word of content, not a preposition's or a conjunction's ("After Congress"), before a company's ending
// ("Booking Holdings", not "Local TV" or "Task Force"), or before a word of no language and a body's head word
// ("Hang Seng Bank").
const LINKING_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'QuestionWord', 'Pronoun', 'Adverb']);

function opensHeadedName(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].lower;
  const headed =
    (tokens.length === 2 && COMPANY_ENDINGS.has(last)) ||
    (tokens.length > 2 && ORGANIZATION_HEADS.has(last) && !isCommonWord(tokens[1].lower) && !isDescriptor(tokens[0]));
  return headed && !isRoleWord(tokens[0]) && !lexiconTagList(tokens[0].lower).some(tag => LINKING_TAGS.has(tag));
}

// What a newswire writes before a company's name: "Rivals Dresdner Bank AG", "Parent HSBC Holdings Plc",
// "Conglomerate Ayala Corp.".
const DESCRIPTORS = new Set([
  'rival',
  'parent',
  'peer',
  'competitor',
  'unit',
  'subsidiary',
  'owner',
  'partner',
  // ... and a trade before a company named for its goods ("Miners Katanga Cobalt", "Producer Kalahari Potash").
  'miner',
  'producer',
  'exporter',
  'importer',
  'supplier',
]);

// A plural there is one of them too ("Rivals", "Conglomerates", "Lenders").
function isDescriptor(token: Token): boolean {
  return /s$/.test(token.lower) || DESCRIPTORS.has(token.lower) || ORGANIZATION_NOUNS.has(token.lower);
}

// "Coroner Gary Hargrove", "Kraft Plant Manager John Smith": a first name well inside an unknown run
// starts a person's name; what comes before it is read on its own.
function personInside(tokens: Token[]): number {
  return tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i < tokens.length - 1 &&
      isFirstName(t.lower) &&
      !isFirstName(tokens[i - 1].lower) &&
      !isSureName(t.text) &&
      isPlausibleName(tokens.slice(i)),
  );
}

// An organization keeps its demonym ("Russian Foreign Ministry"); a person's title does not stay.
function isStrongNonPerson(tokens: Token[], previous: Token | undefined, next: Token | undefined): boolean {
  const typed = classify(tokens, previous, next);
  return typed !== null && typed.type !== 'person' && typed.evidence === 'strong';
}

// Two names run together in a photo caption ("Igor Morgulov Vladimir Gerdo") are two persons.
function splitPersons(tokens: Token[]): Token[][] {
  const twoNames =
    tokens.length === 4 &&
    isFirstName(tokens[0].lower) &&
    isFirstName(tokens[2].lower) &&
    !isFirstName(tokens[1].lower) &&
    tokens.every(t => /^\p{Lu}\p{Ll}/u.test(t.text));
  return twoNames ? [tokens.slice(0, 2), tokens.slice(2)] : [tokens];
}

// Where the capitals say nothing (headlines) or the whole run is unknown, keep the known names inside it,
// longest first, and leave the rest for the article to decide.
function knownParts(tokens: Token[]): Found[] {
  const parts: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let end = Math.min(tokens.length, i + 6); end > i && !matched; end--) {
      const known = lookupName(namePhrase(tokens.slice(i, end)));
      if (known?.strength === 'strong') {
        parts.push({
          tokens: tokens.slice(i, end),
          typed: { type: known.type, evidence: 'strong', canonical: known.canonical },
        });
        matched = end - i;
      }
    }
    if (!matched) {
      if (!isCommonWord(tokens[i].lower) && !isRoleWord(tokens[i])) parts.push({ tokens: [tokens[i]], typed: null });
      matched = 1;
    }
    i += matched;
  }
  return parts;
}

// A name after a title has at least one word that is not an everyday word, or starts with a first name.
function isPlausibleName(tokens: Token[]): boolean {
  return (
    tokens.length > 0 &&
    tokens.length <= 5 &&
    (isFirstName(tokens[0].lower) || tokens.some(t => !isCommonWord(t.lower.replace(POSSESSIVE, ''))))
  );
}

// One name, one type in an article: a guess gives way to what the article says elsewhere with certainty.
function typeByArticle(found: Found[]): Found[] {
  const certain = new Map<string, Typed>();
  for (const f of found) {
    const key = phraseKey(namePhrase(f.tokens));
    if (f.typed?.evidence === 'strong' && !certain.has(key)) certain.set(key, f.typed);
  }
  return found.map(f => {
    const known = certain.get(phraseKey(namePhrase(f.tokens)));
    return known && f.typed?.evidence !== 'strong' ? { ...f, typed: known } : f;
  });
}

function toCandidate(text: string, found: Found): LinkCandidate | null {
  const first = found.tokens[0];
  const last = found.tokens[found.tokens.length - 1];
  const listedWithIt = found.typed?.type === 'organization' && ownPossessiveName(found.tokens) !== undefined;
  const possessive = listedWithIt ? 0 : (POSSESSIVE.exec(last.text)?.[0].length ?? 0);
  let end = last.end - (last.text.length > 2 ? possessive : 0);
  // "Vladimir Gerdo/TASS": a slash joins a photographer's name to the agency.
  const slash = text.slice(first.start, end).indexOf('/');
  if (slash > 0) end = first.start + slash;
  const name = text.slice(first.start, end);
  if (name.length < 2 || !/\p{Lu}/u.test(name)) return null;
  const type: EntityType = found.typed?.type ?? 'person';
  return {
    start: first.start,
    end,
    text: name,
    type,
    actorKey: actorKey(type, found.typed?.canonical ?? name),
    untyped: !found.typed,
    weak: found.typed?.evidence === 'weak',
    guess: found.typed?.evidence === 'weak' || found.typed?.byLook === true,
  };
}
