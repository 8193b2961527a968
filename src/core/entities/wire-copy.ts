// Wire copy's own conventions over the names found: a dateline's city is a place, a sign-off's reporter a person, a club named by its town
// is an organization in a match report (and a results line's teams are names), a name written the same
// way twice in one article keeps one type, a person's name is drawn as CoNLL draws it and named again by its
// surname alone, and a leader named before the body he led is the person.
import type { EntityType, Span } from '../types';
import type { ScoredMention } from './learned/tag';
import { CONVENTION_SCORE } from './conventions';
import type { TokenizedText } from '../text/tokenize';
import { overlappingSorted, overlapsAnySorted } from '../text/spans';
import { actorKey } from '../actors/actor-key';
import { lookupName } from './gazetteer';
import { endsInTitle } from './titles';
import { datelinePlaces } from './datelines';
import { addressPlaces } from './address-places';
import { signOffPersons } from './sign-offs';
import {
  bareInstitutions,
  followsCompanyPhrase,
  followsOrganizationNoun,
  isArticleOpenedPlace,
  isCareInstitution,
  numberedUnits,
  precedesCompanyPart,
  precedesTicker,
  shareClassCompanies,
  withoutShareClass,
} from './organization-nouns';
import { definedAcronyms, spelledOutNames } from './acronyms';
import { governmentDepartments } from './government-departments';
import { gluedPersonNames, isCamelCaseCompany, unreadCompanies } from './unread-companies';
import { ampersandNames } from './ampersand-names';
import { isInEventName } from './event-names';
import { isInBenchmarkName, withoutRating } from './benchmarks';
import { isCommonName, isDegreeAfterPerson } from './common-names';
import { isShipName, shipNames } from './ship-names';
import { sentenceOpeningNouns } from './sentence-openers';
import { organizationTail } from './organization-tails';
import { withHeadlineNames, withRepeatedNames, withShortCompanyNames } from './repeated-names';
import { namePairs, unreadCompounds, withoutParticiple } from './hyphen-compounds';
import { companyAndTown, endsInCompanyForm, withLegalForms } from './legal-forms';
import { eastAsianNames } from './east-asian-names';
import { isStadeClub, placesByCue } from './place-cues';
import { withLoneSurnames } from './lone-surnames';
import { withAppositivePersons } from './appositive-persons';
import { withPersonSpans } from './person-spans';
import { withNicknames } from './nicknames';
import { withLeadersBeforeBodies } from './leaders-bodies';
import { isInTableHeading, tableNames } from './results-tables';
import { isWireJargon, termSheetPlaces } from './wire-jargon';
import { isEntrantBeforeNation, isNation, sideType } from './table-layouts';
import {
  headlineTeams,
  isClubsTown,
  isTownOpenedSide,
  isCollegeSide,
  isSideBeforeItsPlayer,
  isMatchReport,
  isTeamInContext,
  numberedNicknames,
  resultClauseSides,
  resultsLineTeams,
  withFoundingYear,
} from './sports-teams';

/** A name whose type a convention settles. */
type Fixed = Span & { type: EntityType };

/** The mentions (in text order) read by wire copy's conventions; still in text order, never overlapping. */
export function readAsWireCopy(doc: TokenizedText, found: readonly ScoredMention[]): ScoredMention[] {
  // A name read up to a title's role noun ("Japanese Foreign" of "Japanese Foreign Minister") is none.
  const read = found
    .filter(m => !endsInTitle(doc.text, m))
    .map(withoutCapitalPossessive)
    .flatMap(withoutParticiple)
    .flatMap(m =>
      companyAndTown(m).map(part => (part === m ? m : { ...part, actorKey: actorKey(part.type, part.text) })),
    );
  // Persons' spans first: the surnames read alone at the end are those of the whole names ("W. Mark Felt").
  const mentions = withPersonSpans(doc.text, withNicknames(doc.text, read));
  const fixed: Fixed[] = [...datelinePlaces(doc.text), ...addressPlaces(doc.text), ...termSheetPlaces(doc.text)].map(
    p => ({ ...p, type: 'place' }),
  );
  fixed.push(...signOffPersons(doc.text).map(p => ({ ...p, type: 'person' as const })));
  const surnames = personSurnames(mentions);
  if (isMatchReport(doc.tokens, doc.text)) fixed.push(...matchReportTeams(doc.text, mentions, fixed, surnames));
  fixed.push(...organizationsByCue(doc.text, mentions, surnames));
  fixed.push(...placesByCue(doc.text, mentions));
  fixed.push(...unreadCompounds(doc.text, mentions));
  fixed.push(...namePairs(doc.text, mentions));
  fixed.push(
    ...eastAsianNames(
      doc.text,
      mentions.filter(m => m.type === 'person'),
    ),
  );
  // An entrant before a nation in brackets is a person ("Coco Gauff (United States) def.").
  for (const m of mentions) if (isEntrantBeforeNation(doc.text, m)) fixed.push({ ...m, type: 'person' });
  const unread = unreadCompanies(doc.text, mentions);
  fixed.push(...unread.map(c => ({ ...c, type: 'organization' as const })));
  // A results table's names outrank the other conventions' over the same words: the layout is surer.
  const table = tableNames(doc.text);
  const settled = [...table, ...fixed.filter(f => !overlapsAnySorted(table, f))];
  const typed = oneReading(withFixed(withAppositivePersons(doc, mentions), settled), settled);
  const repeated = withHeadlineNames(
    doc.text,
    withShortCompanyNames(doc.text, withRepeatedNames(doc.text, typed, new Set(unread.map(c => c.text)))),
  );
  // After one reading: a surname the model typed otherwise stays the person however often it was misread.
  // A name a convention settled stays as it was settled ("the Genovese crime family" beside "Vito Genovese").
  const settledSpans = new Set(settled.map(f => `${f.start}:${f.end}`));
  const named = withLeadersBeforeBodies(doc.text, withLoneSurnames(doc, repeated, settledSpans));
  const openers = sentenceOpeningNouns(doc, named);
  const ships = shipNames(doc.text);
  const isShip = (m: Span) => isShipName(doc.text, ships, m);
  return named
    .filter(
      (m, i) =>
        !isInEventName(doc.text, m) &&
        !isInBenchmarkName(doc.text, m) &&
        !isCommonName(m, doc.text) &&
        !isDegreeAfterPerson(m, doc.text, named[i - 1]) &&
        !isInTableHeading(doc.text, m) &&
        !isWireJargon(doc.text, m) &&
        !openers.has(m) &&
        !isShip(m),
    )
    .flatMap(withoutParticiple) // a convention may read the compound again ("the Washington-based outlet")
    .map(m => {
      const named = withTrailingPlus(doc.text, withoutShareClass(doc.text, m));
      return named === m ? m : { ...named, actorKey: actorKey(named.type, named.text) };
    })
    .flatMap(m => withoutRating(m).map(r => (r === m ? m : { ...r, actorKey: actorKey(r.type, r.text) })));
}

// A body's or a service's name may end in "+" ("OPEC+", "Disney+", "Canal+").
const PLUS_AFTER = /^\+(?![\p{L}\p{N}+])/u;

function withTrailingPlus(text: string, m: ScoredMention): ScoredMention {
  if (m.type !== 'organization' || !PLUS_AFTER.test(text.slice(m.end, m.end + 2))) return m;
  return { ...m, end: m.end + 1, text: `${m.text}+` };
}

// "Abel Balbo ( Roma )", "Kennet Andersson (Bologna)": a player's club in brackets after his name.
const BRACKETED = /\([ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})[ \t]*\)/gu;

// A country written short ("( Sco )", "( FIN )") or a note ("( Capt )", "( Own Goal )") is no club.
const NOTES = new Set(['capt', 'captain', 'own', 'goal', 'pen', 'penalty', 'sub', 'og', 'gk', 'replaced', 'injured']);

function isClubName(name: string): boolean {
  return name.length > 3 && !name.split(/[ \t]+/).some(w => NOTES.has(w.toLowerCase().replace(/\.$/, '')));
}

/** In a match report, the clubs in brackets after players' names; a nation there is the player's country. */
function clubsAfterPlayers(text: string, mentions: readonly ScoredMention[]): Fixed[] {
  const personEnds = new Set(mentions.filter(m => m.type === 'person').map(m => m.end));
  // A substitute in brackets is a person named in full ("Christian Ziege ( Marco Bode )").
  const persons = new Set(mentions.filter(m => m.type === 'person' && /\s/.test(m.text)).map(m => m.start));
  const clubs: Fixed[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    let before = match.index!;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    const name = match[1];
    if (!personEnds.has(before) || isNation(name) || !isClubName(name)) continue;
    const start = match.index! + match[0].indexOf(name);
    if (persons.has(start)) continue;
    clubs.push({ start, end: start + name.length, text: name, type: 'organization' });
  }
  return clubs;
}

/**
 * In a match report, the sides of its results lines, its towns that stand for their clubs and its headline's
 * teams; `places` (a dateline's town) are none.
 */
function matchReportTeams(
  text: string,
  mentions: readonly ScoredMention[],
  places: readonly Fixed[],
  surnames: ReadonlySet<string>,
): Fixed[] {
  // A national side is its country, a place under CoNLL's conventions.
  const fixed: Fixed[] = resultsLineTeams(text).map(t => ({ ...t, type: sideType(t.text) }));
  const placeStarts = new Set(places.map(p => p.start));
  mentions.forEach((m, i) => {
    if (
      m.type !== 'organization' &&
      !isNation(m.text) &&
      !placeStarts.has(m.start) &&
      (isTeamInContext(text, m, mentions[i + 1]) ||
        isCollegeSide(m, surnames) ||
        isTownOpenedSide(m) ||
        isSideBeforeItsPlayer(text, m, surnames))
    )
      fixed.push({ ...m, type: 'organization' });
  });
  fixed.push(...clubsAfterPlayers(text, mentions));
  for (const m of mentions) {
    const club = withFoundingYear(text, m);
    if (club) fixed.push({ start: club.start, end: club.end, text: club.text, type: 'organization' });
  }
  fixed.push(...resultClauseSides(text, mentions).map(m => ({ ...m, type: 'organization' as const })));
  mentions.forEach((m, i) => {
    if (isClubsTown(text, m, mentions[i - 1])) fixed.push({ ...m, type: 'place' });
  });
  const teams = [...fixed.filter(f => f.type === 'organization'), ...mentions.filter(m => m.type === 'organization')];
  const headline = headlineTeams(
    text,
    teams.map(t => t.text).filter(t => !isNation(t)),
  );
  return [...fixed, ...headline.map(t => ({ ...t, type: 'organization' as const }))];
}

/**
 * The organizations a cue in the text settles: a name running on through "of" ("Democratic Party of
 * Turkmenistan"), a noun beside it ("the Kraft plant"), "&" between two names, an ordinal's unit, an acronym
 * defined in brackets, and a club named in figures.
 */
function organizationsByCue(text: string, mentions: readonly ScoredMention[], surnames: ReadonlySet<string>): Fixed[] {
  const fixed: Fixed[] = [];
  const glued = gluedPersonNames(mentions);
  const persons = mentions.filter(m => m.type === 'person');
  for (const m of mentions) {
    if (isArticleOpenedPlace(text, m, persons)) fixed.push({ ...m, type: 'place' });
    const whole = organizationTail(text, m);
    if (whole) fixed.push({ ...whole, type: 'organization' });
    if (
      followsOrganizationNoun(text, m) ||
      precedesCompanyPart(text, m, surnames) ||
      followsCompanyPhrase(text, m) ||
      precedesTicker(text, m) ||
      isCareInstitution(m) ||
      endsInCompanyForm(m.text) ||
      isCamelCaseCompany(m, glued) ||
      isStadeClub(m.text)
    )
      fixed.push({ ...m, type: 'organization' });
  }
  // A name joined by "&" is read whole, unless a longer name the model read holds it ("Rock & Roll Hall of Fame").
  for (const name of ampersandNames(text)) if (!withinLongerName(mentions, name)) fixed.push(name);
  fixed.push(...numberedUnits(text).map(u => ({ ...u, type: 'organization' as const })));
  // Short and bare names, unless the model read them inside a longer one ("Department of Energy").
  for (const name of [...governmentDepartments(text), ...bareInstitutions(text)])
    if (!withinLongerName(mentions, name)) fixed.push({ ...name, type: 'organization' });
  // A name spelled out before its acronym settles the acronym's type wherever the article writes it ("the
  // Popular Front for the Liberation of Kivu (FPLK) … The FPLK, led by").
  const spelled = spelledOutNames(text, mentions).map(n => ({ ...n, type: 'organization' as const }));
  fixed.push(...definedAcronyms(text, [...spelled, ...mentions]));
  fixed.push(...spelled);
  fixed.push(...withLegalForms(text, mentions));
  fixed.push(...shareClassCompanies(text, mentions).map(c => ({ ...c, type: 'organization' as const })));
  // A club in figures the model missed or read only part of ("the 76ers", "Philadelphia" of "Philadelphia
  // 76ers") is added whole; one it read within a longer name stays as it read it.
  const clubs = numberedNicknames(text).filter(
    c => !overlappingSorted(mentions, c).some(i => mentions[i].start < c.start || mentions[i].end > c.end),
  );
  return [...fixed, ...clubs.map(c => ({ ...c, type: 'organization' as const }))];
}

/** The lower-case surnames of the persons named in full ("yastrzhembsky" of "Sergei Yastrzhembsky"). */
function personSurnames(mentions: readonly ScoredMention[]): Set<string> {
  return new Set(
    mentions.filter(m => m.type === 'person' && /\s/.test(m.text)).map(m => m.text.split(/\s+/).pop()!.toLowerCase()),
  );
}

// A headline in capitals writes the possessive in capitals too ("NEW ZEALAND'S MOUNT COOK"), which is no
// more part of the name than "'s" is.
const CAPITAL_POSSESSIVE = /\p{Lu}{2}['’]S$/u;

function withoutCapitalPossessive(m: ScoredMention): ScoredMention {
  // Not a name whose possessive is its own ("MOODY'S", "MCDONALD'S").
  if (!CAPITAL_POSSESSIVE.test(m.text) || /['’]s$/i.test(lookupName(m.text)?.canonical ?? '')) return m;
  const text = m.text.slice(0, -2);
  const known = lookupName(text);
  return { ...m, end: m.end - 2, text, actorKey: actorKey(m.type, known?.type === m.type ? known.canonical : text) };
}

/** Whether a longer name of `sorted` (in text order) holds the span: "Rock & Roll Hall of Fame" over "Rock & Roll". */
function withinLongerName(sorted: readonly Span[], span: Span): boolean {
  return overlappingSorted(sorted, span).some(
    i =>
      sorted[i].start <= span.start &&
      sorted[i].end >= span.end &&
      sorted[i].end - sorted[i].start > span.end - span.start,
  );
}

/** The mentions with each fixed name in place of whatever overlapped it. */
function withFixed(mentions: readonly ScoredMention[], fixed: readonly Fixed[]): ScoredMention[] {
  if (fixed.length === 0) return [...mentions];
  const byStart: Fixed[] = [];
  for (const f of [...fixed].sort((a, b) => a.start - b.start || b.end - a.end))
    if (!byStart.length || byStart[byStart.length - 1].end <= f.start) byStart.push(f);
  const kept = mentions.filter(m => !overlapsAnySorted(byStart, m));
  const at = new Map(mentions.map(m => [`${m.start}:${m.end}`, m]));
  const added = byStart.map(f => {
    const same = at.get(`${f.start}:${f.end}`);
    return same?.type === f.type ? same : retyped(same ?? { ...f, actorKey: '', score: CONVENTION_SCORE }, f.type);
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * One article, one reading: a name written the same way twice keeps the type a convention gave it, else the
 * type its mentions are surest of in sum (a name a convention typed keeps its type: "WREXHAM" the dateline's
 * town, "WREXHAM" the headline's team) ("Gordon Advisors" read once as a person, twice as a company). Topic
 * cross-validation on the news dev set's train split found it right more often than the mentions alone,
 * lone words included, though a town and its team may share one ("Indianapolis").
 */
function oneReading(mentions: ScoredMention[], fixed: readonly Fixed[]): ScoredMention[] {
  const settled = new Set(fixed.map(f => `${f.start}:${f.end}:${f.type}`));
  const typesOf = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const sums = typesOf.get(m.text) ?? new Map<EntityType, number>();
    // A settled type outweighs any number of the model's readings.
    const weight = settled.has(`${m.start}:${m.end}:${m.type}`) ? mentions.length : m.score;
    sums.set(m.type, (sums.get(m.type) ?? 0) + weight);
    typesOf.set(m.text, sums);
  }
  return mentions.map(m => {
    const sums = typesOf.get(m.text);
    if (!sums || sums.size < 2 || settled.has(`${m.start}:${m.end}:${m.type}`)) return m;
    const [best] = [...sums].reduce((a, b) => (b[1] > a[1] ? b : a));
    return best === m.type ? m : retyped(m, best);
  });
}

function retyped(m: ScoredMention, type: EntityType): ScoredMention {
  const known = lookupName(m.text);
  return { ...m, type, actorKey: actorKey(type, known?.type === type ? known.canonical : m.text) };
}
