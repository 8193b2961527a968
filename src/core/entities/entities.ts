// Persons, organizations and places in an article: the rules' mentions, read again by the learned
// tagger when a model ships; then surnames and acronyms joined to the names they stand for.
import type { Mention } from '../types';
import { tokenize, type TokenizedText } from '../text/tokenize';
import { spacedSpan, writtenForm } from '../text/spaced-tokens';
import { readInStoryCase } from './capital-lines';
import { recognizeEntities } from './recognize';
import { countryOf, isCapitalOnly, isCountryDemonym, isSureName, lookupName } from './gazetteer';
import { lists } from './learned/lists';
import { knownPerson } from './known-persons';
import { isCommonWord, isDemonym, isFirstName, isLastName } from '../text/lexicon';
import { overlappingSorted, overlapsAnySorted } from '../text/spans';
import { isOrganizationHeadWord, lastWordOf, ORGANIZATION_HEADS, VENUE_HEADS } from './head-words';
import { opensOrganizationName } from './classify';
import { HONORIFIC_BEFORE, isRoleLower, isRoleNounLower } from './titles';
import { linkPersons, type LinkCandidate, type LinkedMention } from './surnames';
import { linkAcronyms } from './acronyms';
import { isContrastWord } from './coordinations';
import { withCoordinatedPlaces } from './coordinated-places';
import { hasModel, tagEntities, type ScoredMention } from './learned/tag';
import { keyOrganizationsByCountry } from '../actors/country-organizations';
import { readAsWireCopy } from './wire-copy';
import { isMatchReport } from './sports-teams';

/**
 * `rules`: the hand-written rules alone; `learned`: the model, with the rules' decisions among its inputs;
 * `both`: the rules' sure mentions (a listed name, a head word, a title: all but their guesses from the
 * look of the words or a weak cue) unless the model reads a longer name or another type over the same
 * words, the model's wherever none of those is, and the rules' guesses of a person where the model read
 * nothing.
 */
export type EntityMethod = 'rules' | 'learned' | 'both';

/**
 * What ships: `both`, then wire copy's conventions (as for every method). By topic cross-validation within
 * the news dev set's train split (610 articles) it is a little below the model alone (89.8 against 89.9 F1,
 * organizations 83.3 against 83.2, both with the conventions) but keeps the seeds exact and a surname the
 * rules read where the model read nothing ("Morgulov told reporters"), where the model alone follows the dev
 * set's convention of a country as its government ("North Korea" warned) against the seeds'; held-out
 * figures in data/ner-model.md.
 */
export const DEFAULT_ENTITY_METHOD: EntityMethod = 'both';

// A nationality ("North Korean", "Russian") is no place. One everyday word alone may be a name: the model
// reads "the Colts", "Felt said", "the Post reported" from their context, and topic cross-validation on the
// news dev set's train split found it right more often than not (all F1 80.9 → 83.5, organizations 63.0 → 72.0
// with the filter that dropped such words gone).
function isName(m: Mention): boolean {
  if (isSureName(m.text)) return true;
  const words = m.text.split(/\s+/);
  const last = words[words.length - 1];
  // A demonym ends "Central Asian", not "Stade de Suisse"; a team's nickname may be one ("Houston Texans"),
  // and a surname ("John French"; "West German" is a region's demonym, though "West" is also a first name).
  const endsInDemonym =
    words.length <= 2 &&
    !(m.type === 'person' && words.length === 2 && isFirstName(words[0].toLowerCase()) && !isContrastWord(words[0])) &&
    (isDemonym(last.toLowerCase()) || isCountryDemonym(last)) &&
    !lists().teams.has(last.toLowerCase());
  return !(isCountryDemonym(m.text) || endsInDemonym);
}

// The rules say how sure they are only by kind: a listed or titled name, a guessed one.
const RULE_SCORE = 0.9;

export function findEntities(
  doc: TokenizedText,
  method: EntityMethod = DEFAULT_ENTITY_METHOD,
  tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[] = tagEntities,
): Mention[] {
  // Text written the CoNLL way ("Japan 's Foreign Ministry") is read as prose, which the rules and the
  // model know ("Japan's Foreign Ministry"), and its names moved back onto the spaced text.
  // Its headline in capitals is read in the case the article gives its words ("JAPAN GET LUCKY WIN" as
  // "Japan get lucky win"); the conventions of wire copy still see the capitals (a dateline's "TOKYO").
  const form = writtenForm(doc.text);
  if (!form) return entitiesIn(doc, method, tagger, readInStoryCase(doc));
  const written = tokenize(form.text);
  return entitiesIn(written, method, tagger, readInStoryCase(written)).map(m => spacedSpan(doc.text, form, m));
}

/** The names of `doc`, found by reading `read`: the same text, letter for letter, perhaps in other case. */
function entitiesIn(
  doc: TokenizedText,
  method: EntityMethod,
  tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[],
  read: TokenizedText = doc,
): Mention[] {
  let mentions = mentionsBy(read, method, tagger);
  if (read !== doc) mentions = mentions.map(m => ({ ...m, text: doc.text.slice(m.start, m.end) }));
  return keyOrganizationsByCountry(doc.text, readAsWireCopy(doc, mentions));
}

function mentionsBy(
  doc: TokenizedText,
  method: EntityMethod,
  tagger: (doc: TokenizedText, rules: readonly Mention[]) => ScoredMention[],
): ScoredMention[] {
  const rules: LinkedMention[] = recognizeEntities(doc);
  if (method === 'rules' || (tagger === tagEntities && !hasModel()))
    return rules.map(({ guessed: _, ...m }) => ({ ...m, score: m.score ?? RULE_SCORE }));
  let learned = tagger(doc, rules).filter(isName);
  if (method === 'both') {
    const learnedScore = new Map(learned.map(l => [`${l.start}:${l.end}:${l.type}`, l.score]));
    const scored = ({ guessed: _, ...m }: LinkedMention): ScoredMention => ({
      ...m,
      score: learnedScore.get(`${m.start}:${m.end}:${m.type}`) ?? RULE_SCORE,
    });
    const isSure = (m: LinkedMention) => !m.guessed || isGlued(doc.text, m);
    const sure = overruled(doc, rules.filter(isSure), learned).map(scored);
    const chosen = withRulesPersonBounds(
      rules.filter(m => !isSure(m)),
      [...sure, ...learned.filter(l => !overlapsAnySorted(sure, l))].sort((a, b) => a.start - b.start),
    );
    // A person the rules guess where the model read nothing ("Morgulov told reporters") still stands.
    const unread = rules.filter(m => !isSure(m) && m.type === 'person' && !overlapsAnySorted(chosen, m)).map(scored);
    learned = [...chosen, ...unread].filter(isName).sort((a, b) => a.start - b.start);
  }
  learned = withCoordinatedPlaces(doc.text, learned) as ScoredMention[];
  const linked = linkAcronyms(doc.text, linkPersons(doc, learned as LinkCandidate[]));
  // A surname found through its full name elsewhere is as sure as that name.
  const scoreOf = new Map<string, number>();
  for (const m of learned) scoreOf.set(m.actorKey, Math.max(scoreOf.get(m.actorKey) ?? 0, m.score));
  return linked.map(({ guessed: _, ...m }) => ({ ...m, score: m.score ?? scoreOf.get(m.actorKey) ?? RULE_SCORE }));
}

// Particles that open a surname at a sentence's start ("Van der Westhuizen's try").
const OPENING_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'di', 'da', 'le', 'la', 'du', 'dos', 'das']);

// Honorifics of other languages that the rules may take into a name ("Dato' Sri Anwar Ibrahim", "Señor Banderas").
const HONORIFICS = new Set(
  (
    'sri seri tan tun datuk dato datin tunku tengku señor senor señora senora don doña dona herr frau monsieur ' +
    'madame mme sheikh shaikh haji hajji shri smt pandit mullah ayatollah imam rabbi'
  ).split(' '),
);

// A particle, or a personal name in no title's word ("Màiri", "Nguyễn", not "Garda" or "Brigadier-General").
function isOpeningNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (OPENING_PARTICLES.has(lower)) return true;
  if (HONORIFICS.has(lower.replace(/['’.]$/, ''))) return false;
  if (!/^\p{Lu}/u.test(word) || isCommonWord(lower) || lower.split('-').some(isRoleLower)) return false;
  return isFirstName(lower) || isLastName(lower) || /\P{ASCII}/u.test(word);
}

/**
 * The chosen mentions with the model's person read whole where the rules guess the same person with the words
 * before it that the model left off, words no everyday one ("Màiri Nic Leòid", "Nguyễn Thị Lan", "Van der
 * Westhuizen" for "Nic Leòid", "Thị Lan", "der Westhuizen"); and the rules' person where the model read a
 * people's word before it into one name ("Colombian Edison Mafla").
 */
function withRulesPersonBounds(guesses: readonly LinkedMention[], chosen: ScoredMention[]): ScoredMention[] {
  const longer = new Map<ScoredMention, LinkedMention>();
  const shorter = new Map<ScoredMention, LinkedMention>();
  for (const g of guesses) {
    if (g.type !== 'person') continue;
    const inside = overlappingSorted(chosen, g).map(i => chosen[i]);
    if (inside.length !== 1) continue;
    const l = inside[0];
    // "the Colombian Edison Mafla" read as one name: the person is the rules', without the people's word.
    const before = l.text.slice(0, g.start - l.start);
    if (l.type !== 'organization' && l.end === g.end && l.start < g.start && isPeoplesWordBefore(before)) {
      shorter.set(l, g);
      continue;
    }
    if (l.type !== 'person' || l.end !== g.end || l.start <= g.start) continue;
    const added = g.text
      .slice(0, l.start - g.start)
      .trim()
      .split(/\s+/);
    if (added.every(isOpeningNameWord)) longer.set(l, g);
  }
  if (longer.size === 0 && shorter.size === 0) return chosen;
  return chosen.map(l => {
    const g = longer.get(l) ?? shorter.get(l);
    return g ? { ...l, start: g.start, text: g.text, type: g.type, actorKey: g.actorKey } : l;
  });
}

// A country's people ("Colombian") or one of them ("Frenchman"), not a people's name that is a first name too
// ("Sami Haddadin").
function isPeoplesWordBefore(words: string): boolean {
  const word = words.trim();
  const lower = word.toLowerCase();
  return /^\S+$/.test(word) && (isCountryDemonym(word) || (/(?:man|woman)$/.test(lower) && isDemonym(lower)));
}

/**
 * The rules' sure mentions less those the model reads otherwise: a longer name over the same words
 * ("Southern California", "Hollywood Reporter" over "California", "Hollywood") or the same words as another
 * type ("Ford" the person, "Indiana State" the team). Topic cross-validation on the news dev set's train
 * split found the model right there more often than the rules. A country or a capital stays the rules' (a
 * place, as the seeds have it, where the dev set reads a government). Both lists are in text order.
 */
function overruled(doc: TokenizedText, sure: LinkedMention[], learned: readonly ScoredMention[]): LinkedMention[] {
  const text = doc.text;
  // A county is a club in a match report ("Stockport County 's manager"); asked only where a county is retyped.
  let matchReport: boolean | undefined;
  const regionStays = (m: Mention, l: Mention) =>
    isRegionRetyped(m, l) && !(matchReport ??= isMatchReport(doc.tokens, text));
  const over = new Map<LinkedMention, ScoredMention>();
  let next = 0;
  for (const m of sure) {
    while (next < learned.length && learned[next].end <= m.start) next++;
    for (let k = next; k < learned.length && learned[k].start <= m.start; k++) {
      const l = learned[k];
      const covers =
        l.end >= m.end && (l.end - l.start > m.end - m.start || l.type !== m.type) && !/\sand\s/.test(l.text);
      const kept =
        (countryOf(m.text) !== undefined && !isCountryOfLongerName(text, m, l) && !isPersonsCapital(m, l)) ||
        isListedNameRetyped(m, l) ||
        isGlued(text, m) ||
        isHeadedOrganizationRetyped(m, l) ||
        isVenueRetyped(m, l) ||
        regionStays(m, l) ||
        isAfterHonorific(text, m) ||
        runsOnPastPossessive(text, m, l);
      if (covers && !kept) over.set(m, l);
    }
  }
  const kept = sure.filter(m => !over.has(m));
  // The model's reading must take the place whole: one that also runs over a name the rules keep
  // ("North Korea's Central News Agency") leaves the rules' reading standing; so does one over a
  // coordination ("Central and Eastern Europe"), which the rules split into its names.
  return sure.filter(m => !over.has(m) || overlapsAnySorted(kept, over.get(m)!));
}

// An organization named by its head word or by a company's or a club's opening word stays one where the model
// reads the same words as a place or a person ("at Japan's Foreign Ministry", "at Sturm Graz" are no places).
function isHeadedOrganizationRetyped(m: Mention, l: Mention): boolean {
  const sameWords = l.start === m.start && l.end === m.end;
  const head = lastWordOf(m.text);
  return (
    sameWords &&
    m.type === 'organization' &&
    /\s/.test(m.text) &&
    (isOrganizationHeadWord(head) || opensOrganizationName(m.text))
  );
}

// A sports ground stays a place where the model reads its words as a club or a person ("at the Melbourne Cricket
// Ground", "the Rose Bowl").
function isVenueRetyped(m: Mention, l: Mention): boolean {
  const sameWords = l.start === m.start && l.end === m.end;
  const head = lastWordOf(m.text);
  return sameWords && m.type === 'place' && /\s/.test(m.text) && VENUE_HEADS.has(head);
}

// A region named by its kind stays a place where the model reads its words as a body ("Dane County, home to
// the state capital", "Kisumu County police"): the county's council is written so.
const REGION_HEADS = new Set(['county', 'province', 'prefecture', 'oblast', 'island', 'islands', 'peninsula']);

function isRegionRetyped(m: Mention, l: Mention): boolean {
  const sameWords = l.start === m.start && l.end === m.end;
  // Its name and its kind, not a group's longer name ("Islamic State West Africa Province").
  const twoWords = m.text.split(/\s+/).length === 2;
  return sameWords && m.type === 'place' && twoWords && REGION_HEADS.has(lastWordOf(m.text));
}

// A person the rules read after "Ms" or "Dr" stays the person where the model reads the word as a company's
// ("Ms Whitbread").
function isAfterHonorific(text: string, m: Mention): boolean {
  return m.type === 'person' && HONORIFIC_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

// A capital a person's name ends in is the person's surname where the model reads the whole name ("Lewis
// Hamilton"), though not a country's name ("Kevin Brazil" stays the rules' two words' reading).
function isPersonsCapital(m: Mention, l: Mention): boolean {
  return isCapitalOnly(m.text) && l.type === 'person' && l.end === m.end && l.start < m.start;
}

// A country that ends a longer name after "of", or opens one, is part of it: "Election Commission of Pakistan",
// "Bank of Korea", "U.S. Department of Agriculture"; so is one that ends a body's national branch or a body
// named with its city as the model reads it ("BBC Scotland", "Shell Nigeria", "University College Dublin").
function isCountryOfLongerName(text: string, m: Mention, l: Mention): boolean {
  const before = l.start < m.start && l.end === m.end ? text.slice(l.start, m.start) : '';
  const headBefore = ORGANIZATION_HEADS.has(/(\p{L}+) $/u.exec(before)?.[1].toLowerCase() ?? '');
  const endsName =
    /\sof\s+(?:the\s+)?$/.test(before) || (l.type === 'organization' && (/^[\p{L}&.-]+ $/u.test(before) || headBefore));
  // "U.S. Department of Agriculture", not a title ("U.S. Surgeon General") nor two places ("U.S. China").
  const lastWord = lastWordOf(l.text);
  const opensName =
    l.start === m.start &&
    l.end > m.end &&
    /^ \p{Lu}/u.test(text.slice(m.end, m.end + 2)) &&
    !isRoleNounLower(lastWord) &&
    lookupName(text.slice(m.end, l.end).trim())?.type !== 'place';
  return endsName || opensName;
}

// A person or an organization the core's lists know by a name of two words or more keeps its type where the
// model types the same words otherwise ("Elon Musk's X Corp.": a possessive before a company; "Lockheed
// Martin" read as a person); a longer name over it still wins ("Betty Ford Center").
function isListedNameRetyped(m: Mention, l: Mention): boolean {
  const sameWords = l.start === m.start && l.end === m.end;
  if (!sameWords || !/\s/.test(m.text)) return false;
  if (m.type === 'person') return knownPerson(m.text) != null;
  return m.type === 'organization' && lookupName(m.text)?.type === 'organization';
}

// A sure name followed by its possessive is not the start of a longer one: "Volkswagen's Chattanooga plant",
// "Nixon's Florida home"; a first name alone may be ("Sam's Club").
function runsOnPastPossessive(text: string, m: Mention, l: Mention): boolean {
  const wholeName = m.type !== 'person' || /\s/.test(m.text);
  return wholeName && l.end > m.end + 3 && /^['’]s\s/.test(text.slice(m.end, m.end + 3));
}

// Where the text glues two words into one ("DOMINICK REUTERRussian" under a photo, "MasahikoKomura"), the
// rules split them on purpose and the model has nothing to go by: a rule's name with a letter right
// against either edge stays, even when a guess.
function isGlued(text: string, m: Mention): boolean {
  return /\p{L}/u.test(text.charAt(m.start - 1)) || /\p{L}/u.test(text.charAt(m.end));
}
