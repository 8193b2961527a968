// A name beside the noun that says what it is names an organization, whatever the look of its words says:
// after it ("British retailer Kingfisher", "Dutch club Ajax"), before it ("the Kraft plant", "Hoechst shares")
// or in it ("Beaumont Hospital").
import type { Span } from '../types';
import { isCommonWord, isDemonym, isFirstName, isLastName, isLexiconPlace } from '../text/lexicon';
import { knownPerson } from './known-persons';
import { HONORIFIC_OR_ROYAL_BEFORE } from './titles';
import { countryOf, isCountryDemonym, lookupName } from './gazetteer';

// Nouns a newswire writes before a company's, an outlet's or a club's name; not "spokesman", "chief" or
// "director", which come before a person's.
export const ORGANIZATION_NOUNS = new Set(
  (
    'company firm group retailer maker manufacturer carrier airline lender insurer broker brokerage ' +
    'conglomerate chain producer supplier operator publisher newspaper daily tabloid magazine ' +
    'broadcaster network studio club outfit label distributor automaker carmaker drugmaker chipmaker ' +
    'refiner miner utility developer startup start-up regulator watchdog steelmaker shipbuilder shipowner ' +
    'brewer bank agency giant consultancy brewery distillery smelter cooperative co-operative ' +
    'shipper bottler foundry subsidiary affiliate consortium site website portal outlet'
  ).split(' '),
);
// Nouns of groups and bodies that a name follows as a company's follows its trade ("the indigenous movement
// Pachakutik", "state metals concern Uzbekzoloto"), and what only a company or an outlet is ("state-owned
// Hunosa", "state-run Xinhua").
const BODY_NOUNS = new Set(
  (
    'movement coalition alliance association federation charity militia faction bloc concern organisation commission fund ' +
    'organization syndicate cartel gang union biotech fintech state-owned state-run state-controlled state-backed ' +
    'government-owned'
  ).split(' '),
);
// Trades a country or a region is named by too ("top exporter Brazil", "gas importer Europe"): a company's only
// where the name is no known place ("meat processor Toennies").
const TRADE_NOUNS = new Set(['processor', 'exporter', 'importer', 'wholesaler']);

// A person who leads what the noun names ("the coalition Netanyahu leads", "the movement Gandhi led"), and
// "concern" as worry ("on concern Greenspan would raise rates"), which a body's noun has a word before.
const PERSONS_VERB_AFTER =
  /^[ \t]+(?:leads|led|heads|headed|runs|ran|founded|co-founded|created|formed|started|built|backed|supports|supported|championed|chairs|chaired|joined|left|belongs|wants|would|will|had|has)(?![\p{L}])/u;
const CONCERN_AS_WORRY =
  /(?:^|[^\p{L}])(?:on|of|over|amid|to|about|with|raised|voiced|expressed|no|growing|some|little)[ \t]+concern[ \t]+$/u;

function isBodyAfterItsNoun(text: string, name: Span & { type: string }, noun: string): boolean {
  if (knownPerson(name.text) !== undefined || PERSONS_VERB_AFTER.test(text.slice(name.end, name.end + 16)))
    return false;
  return noun !== 'concern' || !CONCERN_AS_WORRY.test(text.slice(Math.max(0, name.start - 30), name.start));
}

/** Whether a name read as a person or a place follows such a noun and is no full personal name or country. */
export function followsOrganizationNoun(text: string, name: Span & { type: string }): boolean {
  // A letter after "group" is a competition's group ("Asian Cup group B").
  if (countryOf(name.text) !== undefined || name.text.length < 2) return false;
  if (isFullPersonalName(name)) return false;
  const before = /(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*)[ \t]+$/u.exec(
    text.slice(Math.max(0, name.start - 30), name.start),
  )?.[1];
  if (before === undefined) return false;
  if (BODY_NOUNS.has(before) && !isBodyAfterItsNoun(text, name, before)) return false;
  if (TRADE_NOUNS.has(before) || BODY_NOUNS.has(before))
    return lookupName(name.text)?.type !== 'place' && !isLexiconPlace(name.text.toLowerCase());
  return ORGANIZATION_NOUNS.has(before);
}

// Nouns after a company's name that only a company has: its shops, plants and shares.
export const COMPANY_PARTS = new Set(
  (
    'store stores supermarket supermarkets plant plants factory factories shares executives subsidiary outlet ' +
    'outlets boss bosses'
  ).split(' '),
);
// ... and that a person or a party has too: "a Stellantis spokesperson" and "Jefferies analyst Peter Welford",
// but "Yeltsin spokesman Sergei Yastrzhembsky", "Reagan economist Arthur Laffer".
export const SPOKESMEN = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const ANALYSTS = new Set(['analyst', 'analysts', 'economist', 'economists']);

/**
 * Whether a name read as a person or a place comes before such a noun ("a Waitrose supermarket", "the Kraft
 * plant") or a crime family's ("the Genovese crime family"), and is no known place ("a Paris store"),
 * country or full personal name.
 */
export function precedesCompanyPart(
  text: string,
  name: Span & { type: string },
  surnames: ReadonlySet<string> = new Set(),
): boolean {
  if (countryOf(name.text) !== undefined) return false;
  if (isFullPersonalName(name)) return false;
  // A small town's name may be a party's ("the ruling Morena party"); a region's or a city's is not ("the Texas
  // party", "the Bonn coalition", "the opposition Hamburg party").
  const known = lookupName(name.text);
  const partyNamedLikeTown =
    known?.strength === 'weak' &&
    !isLexiconPlace(name.text.toLowerCase()) &&
    /^[ \t]+party\b/.test(text.slice(name.end, name.end + 8));
  if (name.type !== 'person' && (known?.type !== 'place' || partyNamedLikeTown) && isGroupBeforeItsKind(text, name))
    return true;
  if (known?.type === 'place') return false;
  const rest = text.slice(name.end, name.end + 40);
  // A publication's kind after its name: "a photographer from Varzo magazine"; not its owner's ("a Murdoch
  // tabloid") nor its town's ("a Biloxi newspaper").
  if (PUBLICATION_AFTER.test(rest))
    return (
      name.type !== 'person' &&
      !isDemonym(name.text.toLowerCase()) &&
      !/(?:^|[^\p{L}])[Aa]n?[ \t]+$/u.test(text.slice(Math.max(0, name.start - 4), name.start))
    );
  const after = /^[ \t]+(\p{Ll}+)(?![\p{L}-])/u.exec(rest)?.[1];
  if (after !== undefined && SPOKESMEN.has(after)) return isNoPersonsName(name, surnames);
  // Only a name read as a person's is retyped by its analyst: "Bay Street analysts" stays a place.
  if (after !== undefined && ANALYSTS.has(after)) return name.type === 'person' && isNoPersonsName(name, surnames);
  return (after !== undefined && COMPANY_PARTS.has(after)) || CRIME_GROUP.test(rest);
}

const PUBLICATION_AFTER = /^[ \t]+(?:magazine|newspaper|weekly|tabloid|newsletter|news[ \t]+agency)(?![\p{L}-])/u;

// A company's ticker in brackets after its name, as Reuters writes it: "Halvorsen Bio ( HALV.OL )", "Morgan
// Stanley (MS.N)", "(NYSE: KO)".
// The exchanges' codes after a ticker's dot ("N" New York, "O" Nasdaq, "L" London, "DE" Xetra, "T" Tokyo …), so
// that an abbreviation without its last stop is none ("John Smith (M.D)", "Sheldon Whitehouse (R.I)").
const EXCHANGES =
  'N|O|OQ|L|OL|DE|F|PA|AS|BR|LS|MC|MI|SW|VI|ST|CO|HE|IR|WA|PR|IS|T|HK|SS|SZ|KS|KQ|TW|SI|JK|BK|KL|BO|NS|AX|NZ|TO|SA|MX|SN|JO|TA|SE|QA|AD|DU|KW|CA';
const TICKER_AFTER = new RegExp(
  String.raw`^[ \t]*\([ \t]*(?:[\p{Lu}\p{N}][\p{Lu}\p{N}]{0,5}\.(?:${EXCHANGES})|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)[ \t]*:[ \t]*\p{Lu}[\p{Lu}.]{0,5})[ \t]*\)`,
  'u',
);

// Where a company is listed is a place: "listed in New York ( NYSE : VLTX )".
const LISTED_IN = /(?:listed|trades|traded|quoted)[ \t]+(?:in|on)[ \t]+$/;

/**
 * Whether a name read as a person or a place, no listed person's, comes right before a company's ticker; not a
 * place named as where a company is listed.
 */
export function precedesTicker(text: string, name: Span): boolean {
  return (
    TICKER_AFTER.test(text.slice(name.end, name.end + 24)) &&
    knownPerson(name.text) === undefined &&
    !(LISTED_IN.test(text.slice(Math.max(0, name.start - 24), name.start)) && lookupName(name.text)?.type === 'place')
  );
}

// A one-word name read as a person is a company's before its spokesman or analyst unless the lists or the
// article know a person by it ("Porsche spokeswoman", not "Yeltsin spokesman" nor "Lebed" after "Alexander Lebed").
function isNoPersonsName(name: Span & { type: string }, surnames: ReadonlySet<string>): boolean {
  if (name.type !== 'person') return true;
  const lower = name.text.toLowerCase();
  return (
    !/\s/.test(name.text) &&
    knownPerson(name.text) === undefined &&
    !surnames.has(lower) &&
    !isFirstName(lower) &&
    !isLastName(lower)
  );
}

// A group's kind after "the" (perhaps with an adjective: "the libertarian ACT party", "the Caistab marketing
// board"; or "ruling", "opposition")
// and its name, perhaps with one word between ("the Smer party", "the Hanchongryon student federation",
// "Mexico's ruling Morena party"); not after a people's or a creed's adjective ("the Serb party", "Chechen
// rebels", MISC).
const GROUP_AFTER =
  /^[ \t]+(?:\p{Ll}+[ \t]+)?(?:party|coalition|federation|movement|alliance|unions?|board|council)(?![\p{L}-])/u;
const THE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he(?:[ \t]+\p{Ll}[\p{Ll}-]+)?|ruling|opposition|governing)[ \t]+$/u;

/** Whether a name not read as a person's is a group's, "the" before it and its kind after it. */
export function isGroupBeforeItsKind(text: string, name: Span): boolean {
  return (
    THE_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start)) &&
    GROUP_AFTER.test(text.slice(name.end, name.end + 40)) &&
    !isDemonym(name.text.toLowerCase()) &&
    !isCountryDemonym(name.text) &&
    knownPerson(name.text) === undefined
  );
}

// The phrases before a name that only a company's can follow: its shares, a stake in it ("Shares in rival
// Spectris").
export const SHARES_IN = String.raw`(?:[Ss]hares|[Ss]hareholders|[Ss]take)[ \t]+(?:in|of)(?:[ \t]+(?:rival|peer))?`;
// What a newswire writes only before a company's name: "Shares in Eide", "an analyst at Banco Itaparica".
const COMPANY_BEFORE = new RegExp(
  String.raw`(?:${SHARES_IN}|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Tt]raders?|[Dd]ealers?|[Bb]rokers?|[Bb]ankers?|[Bb]uyers?)[ \t]+(?:at|with))[ \t]+$`,
  'u',
);
// ... and the firm after its analyst's name: "analyst Rupert Carew of Stanhope Minter" (not a trader's or a
// broker's, who may be of a town: "grain trader Tom Hale of Dubbo").
const ANALYST_OF =
  /(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)[ \t]+\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){0,2}[ \t]+(?:of|at|with)[ \t]+$/u;
// ... and before a firm's or a person's: "a partner at Northzone", "data from Dealroom", "chief executive of
// Greaves".
const FIRM_BEFORE =
  /(?:[Pp]artners?[ \t]+at|(?:data|figures)[ \t]+(?:from|by)|(?:[Cc]hief[ \t]+executive(?:[ \t]+officer)?|CEO|[Cc]hair(?:man|woman)|(?:[Cc]o-)?[Ff]ounder|[Ss]hareholders)[ \t]+of)[ \t]+$/u;
// A firm's people and parts after its possessive, which a person has none of: "Hybe's chairman and founder",
// "Flipkart's chief executive", "Halma's board".
const FIRMS_OWN =
  /^['’]s[ \t]+(?:chief[ \t]+executive|CEO|chair(?:man|woman)|(?:co-)?founders?|board|shareholders|headquarters|subsidiar(?:y|ies)|parent[ \t]+company)(?![\p{L}-])/u;

// A share's move in a market report, after the company's name: "Degussa rose 8.50 marks", "Fiat fell 2 percent".
// In money, not in percent or points, which polls and indices move by too ("Clinton rose 3 percent").
export const SHARE_MOVE_WORDS = String.raw`[ \t]+(?:rose|fell|gained|lost|climbed|slipped|dropped|eased|jumped|added|shed|firmed|dipped|slumped|surged)[ \t]+(?:by[ \t]+)?\d[\d.,]*[ \t]*(?:marks|pfennigs?|cents|pence|p|francs|yen|lire|pesos|centavos|rupees|crowns|kronor|guilders|schillings|rand|ringgit|sen|baht|rupiah|won|reais|zlotys?|forints?|korunas?|roubles?|rubles?|naira|shillings|dirhams?|riyals?|markkaa?|kroner|pesetas|escudos|drachmas?|yuan|shekels?|dinars?|lei|tolars?|litas|lats|hryvnias?|tenge|euros?)(?![\p{L}])(?![ \t]+(?:a|an|per)[ \t])`;
const SHARE_MOVE = new RegExp(`^${SHARE_MOVE_WORDS}`, 'u');

// An apposition that says what the name is: "Sud-Est Travaux, a building firm, said".
// Its words may say where it is ("Halma, the Amersham-based maker of fire detectors", "Samar, a Warsaw research
// firm"; not "Belfast-born").
const appositionOf = (words: string, nouns: string, after: string) =>
  new RegExp(String.raw`^[ \t]*,[ \t]+(?:a|an|the)[ \t]+(?:${words})(?:${nouns})(?:${after})`, 'u');
const COMPANY_APPOSITION = appositionOf(
  String.raw`(?:(?:[\p{Ll}-]+|\p{Lu}\p{L}*-based)[ \t]+){0,3}`,
  [...ORGANIZATION_NOUNS].join('|'),
  String.raw`[ \t]*[,.;)]|[ \t]+(?:of|that|which|whose|with|for|in)[ \t]`,
);
// ... and the nouns only a firm is called by, without "of" after them, which a listed place's name may be
// ("Samar, a Warsaw research firm"; not "Srebrenica, the site of", "the Kurils, a chain of islands"); the
// firm is the apposition's head, not a person's workplace ("Lior Samfiru, a partner at the firm").
const FIRM_APPOSITION = appositionOf(
  String.raw`(?:(?:(?!(?:at|of|for|with|in|from|by|on|to)[ \t])[\p{Ll}-]+|\p{Lu}\p{L}*-based|\p{Lu}\p{Ll}+)[ \t]+){0,4}`,
  'firm|company|maker|manufacturer|lender|insurer|brewer|carmaker|automaker|drugmaker|chipmaker|retailer|conglomerate|brokerage|airline|miner|refiner|steelmaker|shipbuilder|publisher|broadcaster|consultancy|startup|start-up',
  String.raw`[ \t]*[,.;)]|[ \t]+(?:that|which|whose|with)[ \t]`,
);
// ... and the nouns no person is called by, which outweigh a person's look ("Tessera Silicon, a California
// start-up designing chips"; not "Jose Pereira, a gold miner", "Walter Cronkite, the retired broadcaster").
const NO_PERSONS_APPOSITION = appositionOf(
  String.raw`(?:(?:(?!(?:at|of|for|with|in|from|by|on|to|retired|former|veteran)[ \t])[\p{Ll}-]+|\p{Lu}\p{L}*-based|\p{Lu}\p{Ll}+)[ \t]+){0,4}`,
  'firm|company|start-up|startup|lender|brokerage|airline|conglomerate|consultancy|carmaker|automaker|drugmaker|chipmaker|steelmaker|insurer',
  String.raw`[ \t]*[,.;)]|[ \t]+(?:that|which|whose|with|based|owned|controlled|listed|headquartered)[ \t]|[ \t]+\p{Ll}+ing(?![\p{L}])`,
);
// ... and a body's part of another, which no person is ("Herri Batasuna, the political wing of ETA,", "Varo
// Capital, a subsidiary of Helm Group"; not "Smith, the right arm of the president").
const BODYS_PART_APPOSITION =
  /^[ \t]*,[ \t]+(?:a|an|the)[ \t]+(?:(?:(?:political|armed|military|militant|paramilitary|youth|student|women['’]s|charitable|investment|banking|brokerage|lending|research|trading|insurance|publishing|retail|overseas|local|regional)[ \t]+(?:wing|arm|branch|unit|division))|(?:\p{Ll}+[ \t]+){0,2}(?:subsidiary|affiliate|offshoot))[ \t]+of[ \t]/u;
// The subject a body's apposition names, from the sentence's start: "Russia's second-largest private bank,
// SBS-Agro, suspended payments", "A Pune consumer group, Grahak Panchayat, filed"; not "In a letter to the
// union, Scargill," nor "join the club, Ronaldo, 20,".
const OPENING_PREPOSITIONS =
  '(?:For|In|Inside|Outside|Across|After|Before|At|On|From|With|Within|Without|To|By|Of|Under|Over|During|Through|' +
  'Since|Despite|Unlike|Like|Among|Beyond|Behind|Near|Against|Around|Throughout|Once|When|While|As|If|Although|' +
  'But|And|Or|So|Yet|Visiting|Meeting|Speaking)';
const NOUN_THEN_APPOSITION = new RegExp(
  String.raw`(?:^|[.!?]["”’]?[ \t]+|\n)(?:[Tt]he|An?|(?!${OPENING_PREPOSITIONS}[ \t])\p{Lu}[\p{L}.-]*(?:['’]s?)?)(?:[ \t]+(?!(?:of|for|with|to|in|at|on|by|from)[ \t])[\p{L}'’-]+){0,4}?[ \t]+(?:${[...ORGANIZATION_NOUNS].join('|')}|${[...BODY_NOUNS].join('|')})[ \t]*,[ \t]*$`,
  'u',
);
// What follows such an apposition: its verb, not an age, a description or a list ("Ronaldo, 20,", "Blair, the").
const NOT_A_BODYS_CLAUSE = /^[ \t]*,[ \t]*(?:\d|the\b|an?\b|who\b|and\b|or\b)/u;
// A place's prices move in money too ("Petrol in Mombasa rose 3 shillings"): only a subject moves as a share.
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|to|from|on|for|of|across|around|near)[ \t]+$/u;

/**
 * Whether a name read as a place or a person follows such a phrase, moves as a share does or is called a
 * company in an apposition, and is no known place, city or full personal name.
 */
export function followsCompanyPhrase(text: string, name: Span & { type: string }): boolean {
  if (countryOf(name.text) !== undefined) return false;
  // "Shares in Frankfurt" are the market's: a city the lexicon knows is no company.
  if (isLexiconPlace(name.text.toLowerCase())) return false;
  // A share's move in money and an apposition that calls it a firm outweigh a listed place's name ("Vaal Reefs
  // added 4 rand", "Samar, a Warsaw research firm").
  const after = text.slice(name.end, name.end + 60);
  if (lookupName(name.text)?.type === 'place') {
    const subject = !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, name.start - 12), name.start));
    return FIRM_APPOSITION.test(after) || (subject && name.type !== 'person' && SHARE_MOVE.test(after));
  }
  // Only a firm has analysts and shares, even one named for its founders ("an analyst at Rudolf Wolff", "said
  // analyst Rupert Carew of Stanhope Minter").
  const named = text.slice(Math.max(0, name.start - 60), name.start);
  if (COMPANY_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start)) || ANALYST_OF.test(named))
    return knownPerson(name.text) === undefined;
  // An apposition that calls it a firm outweighs a person's look ("Tessera Silicon, a California start-up").
  if (NO_PERSONS_APPOSITION.test(after) || BODYS_PART_APPOSITION.test(after)) return true;
  if (isFullPersonalName(name)) return false;
  const before = text.slice(Math.max(0, name.start - 40), name.start);
  return (
    FIRM_BEFORE.test(before) ||
    (NOUN_THEN_APPOSITION.test(text.slice(Math.max(0, name.start - 80), name.start)) &&
      /^[ \t]*,/.test(after) &&
      !NOT_A_BODYS_CLAUSE.test(after) &&
      !isPersonsFullName(name)) ||
    (FIRMS_OWN.test(text.slice(name.end, name.end + 40)) && isNoOnesName(text, name)) ||
    (name.type !== 'person' && SHARE_MOVE.test(after)) ||
    COMPANY_APPOSITION.test(after)
  );
}

// A person's name read as such ("A spokesman for the group, Yahya Saree, said"): a body's apposition after its
// noun names no person.
function isPersonsFullName(name: Span & { type: string }): boolean {
  return name.type === 'person' && /\s/.test(name.text);
}

// A firm's possessive is no person's the lists know, no first name ("Harry's board") and none after a title
// ("Mr Reeves's chairman", "King Charles's").
function isNoOnesName(text: string, name: Span): boolean {
  if (knownPerson(name.text) !== undefined || isFirstName(name.text.toLowerCase())) return false;
  return !HONORIFIC_OR_ROYAL_BEFORE.test(text.slice(Math.max(0, name.start - 12), name.start));
}

// "the Genovese crime family", "the Gambino organized crime family", "a Brooklyn mob clan": a crime family
// is an organization, where "the Kennedy family" is a person's.
const CRIME_GROUP =
  /^[ \t]+(?:organi[sz]ed[ \t]+)?(?:crime|mob|mafia)[ \t]+(?:family|families|clan|clans|syndicate|gang)\b/;

// A person's name with a first name ("John Lewis") stays a person's beside any noun.
export function isFullPersonalName(name: Span & { type: string }): boolean {
  const words = name.text.split(/\s+/);
  // An article or a particle opens no person's name here: "El Universo", "La Stampa", "De Telegraaf",
  // "the U.S. group Del Monte", "the Dutch packaging group Van Hoogstraten".
  const first = words[0].toLowerCase();
  return (
    name.type === 'person' &&
    words.length > 1 &&
    isFirstName(first) &&
    !ARTICLES.has(first) &&
    !SURNAME_PARTICLES.has(first)
  );
}

const SURNAME_PARTICLES = new Set(['del', 'della', 'van', 'von', 'du', 'di', 'dos']);

export const ARTICLES = new Set(['el', 'la', 'le', 'les', 'los', 'las', 'il', 'lo', 'de', 'het', 'der', 'das']);

// Articles of the Romance languages, which open a town's name ("El Alto", "La Paz") and a surname's or a
// nickname's ("Lo Presti", "El Chapo").
const ROMANCE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo']);
const IN_A_PLACE = /(?:^|[^\p{L}])(?:in|at|near|outside|around)[ \t]+$/u;

/**
 * Whether a name read as a person that opens with such an article is a place: after a preposition of place,
 * and no person the lists know nor a surname another person of the article bears ("in El Alto", not "in Le
 * Pen's camp").
 */
export function isArticleOpenedPlace(text: string, name: Span & { type: string }, persons: readonly Span[]): boolean {
  const words = name.text.split(/\s+/);
  if (name.type !== 'person' || words.length < 2 || !ROMANCE_ARTICLES.has(words[0].toLowerCase())) return false;
  const surname = words[words.length - 1];
  const named = persons.some(p => p !== name && (p.text === surname || p.text.endsWith(` ${surname}`)));
  if (knownPerson(name.text) !== undefined || named) return false;
  return IN_A_PLACE.test(text.slice(Math.max(0, name.start - 12), name.start));
}

// A hospital or a clinic is named as the institution that treats, employs and is sued, as CoNLL's newswire
// has it ("Jamaica Hospital said", "treated at Beaumont Hospital"); an arena or a plain "Center" may be the
// building.
const INSTITUTION_TAIL =
  /[ \t](?:Hospital|Clinic|Infirmary|Hospice|(?:Medical|Treatment|Rehab|Rehabilitation|Recovery|Health)[ \t]+Cent(?:er|re))$/;

/** Whether a name read as a place or a person is a hospital's or a clinic's. */
export function isCareInstitution(name: Span & { type: string }): boolean {
  return name.type !== 'organization' && INSTITUTION_TAIL.test(name.text);
}

// A unit numbered by its ordinal: "the 67th Precinct", "the U.S. Navy's 5th Fleet", "the 82nd Airborne
// Division", "the 9th Circuit".
const NUMBERED_UNIT =
  /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)(?:[ \t]+(?:Airborne|Infantry|Armored|Mountain|Marine|Special Forces))?[ \t]+(?:Precinct|Fleet|Division|Brigade|Battalion|Regiment|Corps|Circuit|Squadron|Army)(?![\p{L}\p{N}])/gu;

/** The units named by an ordinal and their kind, each an exact span. Never throws. */
export function numberedUnits(text: string): Span[] {
  return [...text.matchAll(NUMBERED_UNIT)].map(m => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

// An institution named by its kind alone, capitalised inside a sentence ("the Navy said", "a vote in
// Parliament", "the Academy's rules") after a word in lower case, and not a word of a longer name ("Indian
// Navy", "Navy Secretary", "Academy of Motion Picture Arts and Sciences", "Department of the Navy").
const BARE_INSTITUTION =
  /(?<=(?:(?<![\p{L}'’-])(?<!of[ \t]+)(?!of[ \t])\p{Ll}+|[,;])[ \t]+)(?:Navy|Army|Air Force|Coast Guard|Parliament|Commission|Academy)(?![\p{L}\p{N}])(?![ \t]+(?:of[ \t]+)?\p{Lu})(?!['’]s[ \t]+\p{Lu})/gu;

/** The institutions named by their kind alone inside a sentence, each an exact span. Never throws. */
export function bareInstitutions(text: string): Span[] {
  return [...text.matchAll(BARE_INSTITUTION)].map(m => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

// A share's class between a company's name and its shares: "Telmex L shares", "Cemex CPO shares", "San Miguel B
// shares", Brazil's "Petrobras PN shares".
const SHARE_CLASS = String.raw`(?:[A-Z]|CPO|ADRs?|GDRs?|PN|ON|PNA|PNB)`;
// Not the verb ("Group B shares the lead", "Serie A shares its rights").
const SHARES = String.raw`[ \t]+(?:shares|stock|preferred|preference)(?![\p{L}])(?![ \t]+(?:a|an|the|its|his|her|their|our|this|that|these|those|many|much|some|little|power|control|credit|responsibility)(?![\p{L}]))`;
const CLASS_THEN_SHARES = new RegExp(String.raw`^[ \t]+${SHARE_CLASS}${SHARES}`, 'u');
const ENDS_IN_CLASS = new RegExp(String.raw`[ \t]${SHARE_CLASS}$`, 'u');
const SHARES_AFTER = new RegExp(`^${SHARES}`, 'u');

// A market's city or country has classes of shares too ("Shanghai B shares").
const isMarketsPlace = (name: string) => countryOf(name) !== undefined || isLexiconPlace(name.toLowerCase());

/** The names read as places before a share's class, which are companies' ("San Miguel B shares"). */
export function shareClassCompanies(text: string, mentions: readonly (Span & { type: string })[]): Span[] {
  return mentions.filter(
    m => m.type === 'place' && CLASS_THEN_SHARES.test(text.slice(m.end, m.end + 40)) && !isMarketsPlace(m.text),
  );
}

/** The mention without a share's class it took in ("Telmex" of "Telmex L shares"), as a company's name. */
export function withoutShareClass<M extends Span & { type: string }>(text: string, m: M): M {
  const at = m.text.search(ENDS_IN_CLASS);
  if (at <= 0 || m.type === 'person' || !SHARES_AFTER.test(text.slice(m.end, m.end + 20))) return m;
  const name = m.text.slice(0, at);
  // An everyday word with a letter is a name of its own ("Team A", "Class C", "Hepatitis B").
  if (
    isMarketsPlace(name) ||
    isCommonWord(
      name
        .split(/[ \t]+/)
        .pop()!
        .toLowerCase(),
    )
  )
    return m;
  return { ...m, end: m.start + at, text: name, type: 'organization' };
}
