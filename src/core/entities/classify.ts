// Decides whether a run of capitalised words is a person, an organization or a place, from what the
// words are (gazetteers, first names, head words) and what surrounds them.
import type { EntityType } from '../types';
import type { Token } from '../text/tokenize';
import { isCommonWord, isDemonym, isFirstName, isLastName, isLexiconCity } from '../text/lexicon';
import { countryOf, isCountryDemonym, isSureName, lookupName, type KnownName } from './gazetteer';
import { isNation } from './table-layouts';
import { knownPerson } from './known-persons';
import { PARTICIPLE } from './hyphen-compounds';
import { HONORIFIC_TOKEN } from './titles';
import {
  COMPANY_WORDS,
  GERMAN_BODY_WORDS,
  INDUSTRY_HEADS,
  NATURE_HEADS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  VENUE_HEADS,
} from './head-words';
import { CALENDAR_WORDS, FOR_HEADS, ON_HEADS, isAllCaps, isCapitalised } from './candidates';

export interface Typed {
  type: EntityType;
  /** strong: the words themselves say it; weak: a guess that the rest of the article may overrule. */
  evidence: 'strong' | 'weak';
  /** The name a gazetteer gives for it ("DPRK" → "North Korea"), so variants share one actor. */
  canonical?: string;
  /** A person only by the look of the words (a first name, a surname), not by a list or a title. */
  byLook?: true;
}

// "Management" and "Manufacturing" end a firm's name after a word of no dictionary ("Stellan Point Management",
// "Tamarack Manufacturing"); after an everyday word, a place or a people they are a department's or a trade's
// ("Risk Management", "Ohio Manufacturing").

// A capitalised word of no dictionary, list or people: "Stellan", not "Risk", "Ohio", "German" or "NAPM".
function isUnlistedCoinedWord(token: Token): boolean {
  const lower = token.lower.replace(/['’]s?$/, '');
  return (
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    !isCommonWord(lower) &&
    !isFirstName(lower) &&
    !isDemonym(lower) &&
    !isCountryDemonym(token.text) &&
    lookupName(token.text) === undefined &&
    !isLexiconCity(lower)
  );
}

// Words that open an organization's name: "Ministry of Defense", "Bank of Japan".
const ORGANIZATION_OPENERS = new Set([
  'ministry',
  'department',
  'bank',
  'university',
  'office',
  'federal',
  'national',
  'royal',
  'central',
]);
// Words that open companies' and banks' names, most in other languages: "Bank Nusantara", "Banco Itaparica",
// "Landesbank Hessen".
const COMPANY_OPENERS = new Set([
  'bank',
  'banco',
  'banca',
  'banque',
  'bangko',
  'landesbank',
  'caisse',
  'grupo',
  'gruppo',
  'compagnie',
  'compania',
  'compañía',
  'societe',
  'société',
  'sociedad',
  'seguros',
  'assicurazioni',
  'assurances',
  'industrias',
  'construcciones',
  'cementos',
  'aerolineas',
  'aerolíneas',
  'petroleos',
  'petróleos',
  'laboratorios',
  'inversiones',
  'borsa',
  'bolsa',
  'grupa',
  ...GERMAN_BODY_WORDS,
  'instituto',
  // Bodies' and unions' words of the Romance languages: "Confederación General del Trabajo", "Sindicato dos
  // Bancários", "Ministerio de Economía", "Guardia Civil", "Caja Madrid".
  'confederación',
  'confederacion',
  'confederação',
  'confederacao',
  'confédération',
  'confederazione',
  'federación',
  'federacion',
  'federação',
  'federacao',
  'fédération',
  'federazione',
  'asociación',
  'asociacion',
  'associação',
  'associacao',
  'sindicato',
  'syndicat',
  'comisión',
  'comision',
  'comissão',
  'comissao',
  'commissione',
  'consejo',
  'conselho',
  'consiglio',
  'ministerio',
  'ministério',
  'ministère',
  'ministere',
  'ministero',
  'secretaría',
  'secretaria',
  'agencia',
  'agência',
  'empresa',
  'empresas',
  'companhia',
  'compagnia',
  'sociedade',
  'società',
  'cooperativa',
  'coopérative',
  'caja',
  'policía',
  'policia',
  'polizia',
  'guardia',
  'ejército',
  'ejercito',
  'exército',
  'autoridad',
  'autorité',
  'autorità',
  'superintendencia',
  'comité',
  'comitato',
  'istituto',
  'fundacion',
  'fundación',
  'fundação',
  'fundacao',
  'fondation',
  'fondazione',
  'hopital',
  'hôpital',
  'ospedale',
  'universidad',
  'universitas',
  'universidade',
  'università',
  'université',
  'universite',
  'universiteit',
  'universität',
]);
// Words that open a broadcaster's name before its city, country or cause: "Radio Kabul", "Radio Free Asia",
// "Television New Zealand".
export const BROADCASTER_OPENERS = new Set(['radio', 'television', 'tv', 'radiotelevision', 'radiodiffusion']);
// Words that open a place's name: "Cerro Armazones", "Mount Kenya", "Lake Chad", "Fort Worth", and Arabic's
// gate, valley and mountain ("Bab al-Hawa", "Wadi Rum", "Jabal Ali").
const PLACE_OPENERS = new Set([
  'bab',
  'wadi',
  'jabal',
  'jebel',
  'cerro',
  'monte',
  'mount',
  'mt',
  'mt.',
  'lake',
  'isla',
  'isle',
  'lago',
  'sierra',
  'cape',
  'fort',
  // Stadiums named in their language: "Estadio Municipal Jose Gomes", "Stade Velodrome", "Stadio Olimpico".
  'estadio',
  'estádio',
  'stade',
  'stadio',
]);
// ... and parties' and movements' names: "Partido Nacionalista Vasco", "Forza Italia", "Rassemblement National".
const PARTY_OPENERS = new Set([
  'partido',
  'parti',
  'partito',
  'partei',
  'partij',
  'partidul',
  'frente',
  'fuerza',
  'forza',
  'movimiento',
  'movimento',
  'mouvement',
  'alianza',
  'alleanza',
  'rassemblement',
  'bloque',
  'bloc',
  // ... and Arabic's words for an army, a movement, a brigade or a front ("Jaish al-Adl", "Ansar Allah").
  'jaish',
  'ahrar',
  'ansar',
  'harakat',
  'liwa',
  'kataib',
  'saraya',
  'jabhat',
  'hizb',
]);
// A sport's or a public service's word before a nation names that nation's body: "Tennis Australia", "Athletics
// Kenya", "Health Canada", "Police Scotland".
const NATIONAL_BODY_OPENERS = new Set(
  (
    'athletics badminton baseball basketball boxing canoe cricket cycling equestrian football golf gymnastics ' +
    'hockey judo netball rowing rugby sailing skate softball squash swimming taekwondo tennis triathlon volleyball ' +
    'weightlifting wrestling health statistics transport elections parks environment tourism enterprise police ' +
    'sport heritage historic screen creative'
  ).split(' '),
);
const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'outside',
  'across',
  'from',
  'to',
  'into',
  'towards',
  'toward',
  'throughout',
]);
// "Aceh province", "Unity state": a lower-case place noun after an unknown name.
const PLACE_NOUNS = new Set([
  'province',
  'region',
  'state',
  'city',
  'county',
  'district',
  'island',
  'river',
  'village',
  'town',
  'prefecture',
  'oblast',
]);
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);
const OUTLET_NOUNS = new Set(
  'journal newspaper magazine daily weekly tabloid broadcaster airline carrier company retailer'.split(' '),
);
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'stressed',
  'noted',
  'wrote',
  'asked',
  'replied',
  'explained',
]);

// Names of events, laws, prizes and the like are not persons, organizations or places, nor is any
// place inside them ("Paris Agreement", "Korean War").
const OTHER_NAME_HEADS = new Set([
  'treaty',
  'agreement',
  'accord',
  'accords',
  'act',
  'war',
  'cup',
  'games',
  'olympics',
  'prize',
  'award',
  'awards',
  'day',
  'festival',
  'summit',
  'conference',
  'forum',
  'declaration',
  'convention',
  'protocol',
  'plan',
  'initiative',
  'program',
  'programme',
  'doctrine',
  'operation',
  'crisis',
  'revolution',
  'championship',
  'championships',
  'open',
  'prix',
  'series',
  'law',
  'amendment',
  'resolution',
  'constitution',
  'index',
  'talks',
]);

const INSTITUTION_OR_PLACE = new Set(['hospital', 'center', 'centre', 'clinic']);

export function isOtherKindOfName(tokens: Token[]): boolean {
  // A body's head before "of" makes the name the body's: "Party of the Democratic Revolution".
  const bodyOf = tokens.some((_, i) => isHeadBefore(tokens, i, 'of', ORGANIZATION_HEADS));
  return (
    tokens.length > 1 &&
    OTHER_NAME_HEADS.has(tokens[tokens.length - 1].lower) &&
    !bodyOf &&
    !opensOrganizationName(namePhrase(tokens)) && // "Caisse de Stabilisation et de Soutien des Prix"
    !lookupName(namePhrase(tokens))
  );
}

/** Whether token `i` is `link` ("of", "for") after one of `heads`: "Party of", "Center for". */
function isHeadBefore(tokens: Token[], i: number, link: string, heads: ReadonlySet<string>): boolean {
  return i > 0 && tokens[i].lower === link && heads.has(tokens[i - 1].lower);
}

/** The words of a name as one phrase, without a final possessive. */
export function namePhrase(tokens: Token[]): string {
  return tokens
    .map(t => t.text)
    .join(' ')
    .replace(/['’]s?$/, '');
}

/** A listed organization written with its possessive ("Moody's", "McDonald's"), if the words are one. */
export function ownPossessiveName(tokens: Token[]): KnownName | undefined {
  if (!/['’]s$/.test(tokens[tokens.length - 1].text)) return undefined;
  const known = lookupName(tokens.map(t => t.text).join(' '));
  return known?.type === 'organization' ? known : undefined;
}

export function classify(tokens: Token[], previous: Token | undefined, next: Token | undefined): Typed | null {
  // A name glued to a participle opens the run ("the Penang-based Institut Kajian Demokrasi"): the name that
  // follows is typed by itself where it can be (the compound is cut off later). Not the end of a longer name
  // ("New York-based").
  const continuesName = previous !== undefined && previous.after === ' ' && isCapitalised(previous);
  if (tokens.length > 1 && PARTICIPLE.test(tokens[0].text) && !continuesName) {
    // Only a body's sure reading: a person's or a place's by look may be a company's ("Arkansas-based Tyson
    // Foods", "Seattle-based Amazon").
    const name = classify(tokens.slice(1), tokens[0], next);
    if (name?.type === 'organization' && name.evidence === 'strong') return name;
  }
  // "Mr McDonald's lawyer" is a person's possessive.
  const afterTitle = previous !== undefined && HONORIFIC_TOKEN.test(previous.text);
  const known = (afterTitle ? undefined : ownPossessiveName(tokens)) ?? lookupName(namePhrase(tokens));
  // A company's one word after "Ms" or "Dr" is a person's surname ("Ms Whitbread", "Dr Roche").
  if (known?.type === 'organization' && afterTitle && tokens.length === 1)
    return { type: 'person', evidence: 'strong' };
  if (known) return { type: known.type, evidence: known.strength, canonical: known.canonical };
  const person = knownPerson(namePhrase(tokens));
  if (person !== undefined && !(tokens.length === 1 && isCommonWord(tokens[0].lower))) {
    return { type: 'person', evidence: 'strong', canonical: person ?? undefined };
  }
  const last = tokens[tokens.length - 1].lower.replace(/['’]s?$/, '').replace(/\.$/, '');
  const first = tokens[0].lower;
  if (isOtherKindOfName(tokens)) return null;
  if (isNationalSociety(tokens, previous) || isAirline(tokens) || isNewsroom(tokens))
    return { type: 'organization', evidence: 'strong' };
  // A head word alone ("Cabinet", "Police") is a common noun; with a name before it, it is a name.
  if (tokens.length > 1 && ORGANIZATION_HEADS.has(last)) return { type: 'organization', evidence: 'strong' };
  // A body named with its city or country after its head word: "Imperial College London", "Yuanta Securities
  // Vietnam".
  if (tokens.length > 2 && isBranchPlace(tokens)) return { type: 'organization', evidence: 'strong' };
  if (tokens.length > 1 && (INDUSTRY_HEADS.has(last) || COMPANY_WORDS.has(last)) && !isFirstName(first))
    return { type: 'organization', evidence: 'strong' };
  if (tokens.length > 1 && (last === 'management' || last === 'manufacturing') && isUnlistedCoinedWord(tokens[0]))
    return { type: 'organization', evidence: 'strong' };
  // A place's power company ("Alabama Power", "Tokyo Electric Power"), not a person's surname ("Tyrone Power").
  if (last === 'power' && tokens.length > 1 && lookupName(tokens[0].text)?.type === 'place')
    return { type: 'organization', evidence: 'strong' };
  if (tokens.length > 1 && ORGANIZATION_OPENERS.has(first) && tokens.some(t => t.lower === 'of'))
    return { type: 'organization', evidence: 'strong' };
  // "Bank" opens a bank's name before a word of no language ("Bank Nusantara"), not a street's or a holiday's.
  const bankOf = first === 'bank' && tokens.length > 1 && (isCommonWord(tokens[1].lower) || PLACE_HEADS.has(last));
  if (tokens.length > 1 && isOrganizationOpener(first) && !bankOf) return { type: 'organization', evidence: 'strong' };
  // A club's word or abbreviation before its town, though the town's name ends in a place's word ("Sporting
  // Kansas City").
  if (opensClubName(namePhrase(tokens))) return { type: 'organization', evidence: 'strong' };
  if (tokens.length > 1 && PLACE_OPENERS.has(first)) return { type: 'place', evidence: 'strong' };
  if (isNationalBody(tokens)) return { type: 'organization', evidence: 'strong' };
  // "Serum Institute of India", "Central Bank of Nigeria": a head word before "of" heads the name.
  // Not a place named so ("West Bank of the Jordan River").
  const headBeforeOf = (_: Token, i: number) =>
    isHeadBefore(tokens, i, 'of', ORGANIZATION_HEADS) && lookupName(namePhrase(tokens.slice(0, i)))?.type !== 'place';
  if (tokens.some(headBeforeOf)) return { type: 'organization', evidence: 'strong' };
  // "Center for Biological Diversity": a body named for its cause, though a centre may be a place.
  if (tokens.some((_, i) => isHeadBefore(tokens, i, 'for', FOR_HEADS) || isHeadBefore(tokens, i, 'on', ON_HEADS)))
    return { type: 'organization', evidence: 'strong' };
  // A hospital or a centre is the building in one story and the institution in the next: a guess. A ground's
  // or nature's word after a first name is a surname ("Alicia Keys", "Jeremy Ground").
  const surnameLike = (VENUE_HEADS.has(last) || NATURE_HEADS.has(last)) && tokens.length === 2 && isFirstName(first);
  if (tokens.length > 1 && PLACE_HEADS.has(last) && !surnameLike)
    return { type: 'place', evidence: INSTITUTION_OR_PLACE.has(last) ? 'weak' : 'strong' };
  if (isTeamName(tokens)) return { type: 'organization', evidence: 'strong' };
  if (looksLikePersonName(tokens)) {
    // "in Khan Younis", "near Bondi Junction": after these a name is a place, even one that starts like a person's.
    if (previous && PLACE_ONLY_PREPOSITIONS.has(previous.lower) && !isLastName(last))
      return { type: 'place', evidence: 'weak' };
    // "Borussia Dortmund", "Olympique Marseille": a name ending in a city is a club or a company.
    if (lookupName(tokens[tokens.length - 1].text)?.type === 'place') return { type: 'organization', evidence: 'weak' };
    return { type: 'person', evidence: isFirstName(first) || isLastName(last) ? 'strong' : 'weak', byLook: true };
  }
  if (tokens.length === 1 && isAcronym(tokens[0])) return { type: 'organization', evidence: 'weak' };
  // An everyday word named as an outlet or a firm: "the journal Nature", "the airline Swiss", "the company Total".
  if (tokens.length === 1 && previous && OUTLET_NOUNS.has(previous.lower) && !CALENDAR_WORDS.has(first))
    return { type: 'organization', evidence: 'weak' };
  if (tokens.length === 1 && !isCommonWord(first)) {
    if (next && PLACE_NOUNS.has(next.lower)) return { type: 'place', evidence: 'weak' };
    if (previous && PLACE_PREPOSITIONS.has(previous.lower)) return { type: 'place', evidence: 'weak' };
    if ((next && SPEECH_VERBS.has(next.lower)) || isLastName(first)) return { type: 'person', evidence: 'weak' };
  }
  return null;
}

// Words that open football clubs' names before their town's; not "Royal", "Union", "Standard", which open
// other names too.
const CLUB_OPENERS = new Set(
  (
    'real atletico atlético sporting racing olympique stade inter dynamo dinamo spartak lokomotiv sparta slavia ' +
    'sturm rapid partizan steaua legia hajduk torpedo zenit shakhtar borussia eintracht fortuna hansa werder ' +
    'hertha arminia alemannia cska fc sc sv vfb vfl tsv afc'
  ).split(' '),
);

// "Indianapolis Colts", "New Orleans Saints": a city followed by a plural is a sports team.
export function isNationalBody(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 3 || !NATIONAL_BODY_OPENERS.has(tokens[0].lower)) return false;
  return isNation(namePhrase(tokens.slice(1)));
}

// Clubs' abbreviations, as written: before any name ("FK Partizan", "VfL Wolfsburg"), and those that are initials
// or everyday abbreviations too ("AC Grayling", "CD players") only before a town or a listed name ("NK Osijek",
// "HC Slovan Bratislava").
const CLUB_ABBREVIATIONS = new Set('FK SV TSV VfB VfL KRC RSC HNK GNK OFK SSC'.split(' '));
const CLUB_INITIALS = new Set('FC SC HC NK SK BK AC RC CD UD CF KV'.split(' '));

/** Whether a name opens with a club's word or abbreviation ("Sturm Graz", "Racing Genk", "FK Sarajevo"). */
export function opensClubName(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const first = name.slice(0, space);
  const rest = name.slice(space + 1);
  if (CLUB_ABBREVIATIONS.has(first)) return /^\p{Lu}\p{Ll}/u.test(rest);
  if (CLUB_INITIALS.has(first)) return isTown(rest) || lookupName(rest)?.type === 'organization';
  return CLUB_OPENERS.has(first.toLowerCase()) && isTown(rest);
}

function isTeamName(tokens: Token[]): boolean {
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1].text;
  // Not a person whose first name is also a place's ("Nile Rodgers").
  const nickname = /^\p{Lu}\p{Ll}+s$/u.test(last) && !isFirstName(tokens[0].lower);
  return nickname && lookupName(namePhrase(tokens.slice(0, -1)))?.type === 'place';
}

// A town, not a country or a continent ("the Real Africa", "Inter Europe talks").
function isTown(name: string): boolean {
  const known = lookupName(name);
  return known?.type === 'place' && (known.strength === 'weak' || isLexiconCity(name.toLowerCase()));
}

// A country's Red Cross or Red Crescent society with its people's or its country's word ("Romanian Red Cross",
// "Kenya Red Cross"); not a place where its teams work ("In Haiti Red Cross staff") nor a day ("On Tuesday Red
// Cross workers").
function isNationalSociety(tokens: Token[], previous: Token | undefined): boolean {
  if (tokens.length < 3 || !/^red (?:cross|crescent)$/.test(namePhrase(tokens.slice(-2)).toLowerCase())) return false;
  const before = namePhrase(tokens.slice(0, -2));
  if (isCountryDemonym(before) || isDemonym(before.toLowerCase()) || /^(?:International|Syrian Arab)$/.test(before))
    return true;
  return countryOf(before) !== undefined && !PLACE_ONLY_PREPOSITIONS.has(previous?.lower ?? '');
}

// "Air" before a place's name or a word of no language: an airline ("Air Sénégal", "Air Teranga"); not a rank
// ("Air Commodore", "Air Vice-Marshal") nor an everyday word ("Air Force", "Air Pollution Index").
function isAirline(tokens: Token[]): boolean {
  if (tokens.length !== 2 || tokens[0].lower !== 'air') return false;
  const name = tokens[1];
  const unknownWord = !isCommonWord(name.lower) && !name.lower.split('-').some(w => isCommonWord(w));
  return lookupName(name.text)?.type === 'place' || unknownWord;
}

// A wire's newsroom after its city: "-- New Delhi Newsroom +91 11 301 2024", "Reuters Newsroom".
function isNewsroom(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens[tokens.length - 1].lower !== 'newsroom') return false;
  const where = namePhrase(tokens.slice(0, -1));
  return lookupName(where) !== undefined || isLexiconCity(where.toLowerCase());
}

/** Whether a name of two words or more opens as a company's or a club's does ("Banco Itaparica", "Sturm Graz"). */
function isBranchPlace(tokens: Token[]): boolean {
  const head = tokens[tokens.length - 2].lower;
  return ORGANIZATION_HEADS.has(head) && lookupName(tokens[tokens.length - 1].text)?.type === 'place';
}

export function opensOrganizationName(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const first = name.slice(0, space).toLowerCase();
  return isOrganizationOpener(first) || opensClubName(name);
}

function isOrganizationOpener(word: string): boolean {
  return COMPANY_OPENERS.has(word) || PARTY_OPENERS.has(word) || BROADCASTER_OPENERS.has(word);
}

// Two to four words, none an everyday word unless it is a known first name: "Herbert McMaster",
// "Takehiro Funakoshi", "Kim Jong Un", "Abdelrahim al-Tayeb"; not "Nuclear Weapons" or "Vigilant Ace".
function looksLikePersonName(tokens: Token[]): boolean {
  const words = tokens.filter(isCapitalised);
  if (words.length < 2 || words.length > 4) return false;
  if (words.some(t => /\d/.test(t.text) || (isAllCaps(t) && t.text.length <= 3))) return false;
  // An everyday word before "Holiday" names a day ("Bank Holiday", "the August Bank Holiday"), where a first
  // name makes it a surname ("Billie Holiday").
  if (/^holidays?$/.test(words[words.length - 1].lower) && isCommonWord(words[words.length - 2].lower)) return false;
  if (isFirstName(words[0].lower) && !isSureName(words[0].text)) return true;
  return words.every(t => !isCommonWord(t.lower) || isFirstName(t.lower) || isLastName(t.lower));
}

function isAcronym(token: Token): boolean {
  return /^\p{Lu}{2,6}$/u.test(token.text.replace(/\./g, ''));
}
