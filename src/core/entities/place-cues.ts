// Places a cue in the text settles, whatever the look of their words: a name after "the village of" ("the
// village of Novye Atagi", "residents of al-Jadriya") and a street's name ("Coldharbour Lane"), which a
// surname's last word ("Lane") makes look like a person's.
import type { EntityType, Span } from '../types';
import { isCommonWord, isDemonym, isFirstName, lexiconTags } from '../text/lexicon';
import { overlappingSorted } from '../text/spans';
import { knownPerson } from './known-persons';
import { countryOf, lookupName } from './gazetteer';
import { isFullPersonalName } from './organization-nouns';

const PLACE_OF = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:village|villages|town|city|province|district|region|county|municipality|suburb|` +
    String.raw`neighbourhood|neighborhood|hamlet|port|island|islands|[Rr]esidents|[Ii]nhabitants)[ \t]+of[ \t]+$`,
  'u',
);
const STREET_WORDS = new Set(['road', 'street', 'avenue', 'boulevard', 'lane', 'square', 'highway']);
// A compass point before "of" ("south of Mae Sot", "20 km north of Goma"), and a lower-case place noun after
// the name ("the Gatumba crossing", "Haibat Sultan mountain", "the Thu Thiem area": news writes "area" after a
// place, and seldom after a person or a body).
const DIRECTION_OF =
  /(?:^|[^\p{L}])(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)[ \t]+of[ \t]+$/u;
// "of nearby Fairhaven", "in neighbouring Kamenge": a town next to the story's (a name read as a body there
// may be a school's or a store's: "to nearby Beck Primary"; a person's full name or one before a possessive a
// person's place: "at nearby John Smith's farm", "Walter Reed").
const NEARBY = /(?:^|[^\p{L}])(?:in|of|from|to|at)[ \t]+(?:nearby|neighbouring|neighboring)[ \t]+$/u;
// Landmarks named by the word before them ("the Kariba dam", "the Ruzizi plain").
const LANDMARKS = 'dam|bridge|basin|plain|plateau|valley|river|archipelago';
// An oil field's or a mine's name ("the Kumtor gold mine", "the El Teniente copper mine"), a place under CoNLL's
// conventions. Only a name read as a person's is retyped by it: a company's ("the Barrick mine") stays.
const MINERALS = 'oil|gas|gold|copper|coal|iron|diamond|uranium|nickel|zinc|silver|platinum|lithium|potash';
const WORKINGS = String.raw`(?:(?:${MINERALS})[ \t]+(?:fields?|deposits?|pits?|mines?)|oilfields?|gasfields?|mine)`;
// An airport named for a person or its town ("Kennedy airport", "Rome Ciampino airport"); a company's or an
// airline's name before it stays ("Aena airport", "Delta airport staff"), and so does a person's in an incident.
const AIRPORT_AFTER =
  /^[ \t]+(?:airports?|airfield)(?![\p{L}-])(?![ \t]+(?:incidents?|arrests?|stand-?offs?|workers?|staff|security|fees?|strikes?|scuffles?|encounters?|network|operators?|authority|company|group))/u;
// A stadium named in its language ("Estadio Municipal Jose Gomes", "Stade Velodrome"); "Stade" before a town
// or its people's word names a club ("Stade Rennes", "Stade Francais").
const STADIUM_NAME = /^(?:Estadio|Estádio|Stadio)[ \t]+\p{Lu}/u;
// A name ending in a river's, a range's or a street's word is the place ("Watauga River", "Waitakere Ranges",
// "Elk Avenue"), whatever the tagger read.
const GEOGRAPHIC_END =
  /[ \t](?:River|Rivers|Range|Ranges|Mountains|Avenue|Street|Road|Boulevard|Creek|Canyon|Gorge|Glacier|Peninsula)$/;

/**
 * "Stade" names a club before its town or its town's adjective ("Stade Rennes", "Stade Francais", "Stade
 * Briochin", "Stade Malherbe Caen"), else a stadium ("Stade de France", "Stade Velodrome", "Stade Mayol",
 * "Stade Geoffroy Guichard").
 */
/** "Stade" opening a club's name: "Stade Rennes", "Stade Francais". */
export function isStadeClub(name: string): boolean {
  return /^Stade[ \t]/.test(name) && !isStadeStadium(name);
}

export function isStadeStadium(name: string): boolean {
  const words = name.split(/[ \t]+/);
  if (words[0] !== 'Stade' || words.length < 2) return false;
  if (/^(?:de|du|des)$/.test(words[1])) return true;
  const town = words.slice(1).some(w => lookupName(w)?.type === 'place');
  return !town && !/(?:ais|ois|ien|in|ain|an)$/.test(words[1]) && !words.slice(2).some(w => /(?:ais|ois)$/.test(w));
}
const WORKINGS_AFTER = new RegExp(
  String.raw`^[ \t]+${WORKINGS}(?![\p{L}-])(?![ \t]+(?:goals?|trips?|hospitals?|marshals?|officers?|workers?|tests?|days?|reports?|staff)(?![\p{L}]))`,
  'u',
);
const PLACE_NOUN_AFTER = new RegExp(
  String.raw`^[ \t]+(?:crossing|border[ \t]+crossing|corridor|area|mountains?|district|province|region|village|township|refugee[ \t]+camp|(?:air|naval)[ \t]+base|airbase|neighbou?rhood|suburb|market|${LANDMARKS})(?![\p{L}-])`,
  'u',
);

/**
 * The mentions (in text order) read as a person or an organization that such a cue says are places, and the
 * names of a list of places ("Wayanad, Idukki and Pathanamthitta districts") whether read or not.
 */
export function placesByCue(
  text: string,
  mentions: readonly (Span & { type: EntityType })[],
): (Span & { type: EntityType })[] {
  const cued = mentions.filter(m => {
    if (m.type === 'place') return false;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    return (
      PLACE_OF.test(before) ||
      DIRECTION_OF.test(before) ||
      (NEARBY.test(before) &&
        m.type !== 'organization' &&
        !isFullPersonalName(m) &&
        !/^['’]/.test(text.slice(m.end))) ||
      (PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 24)) && !/^\p{Lu}{2,6}$/u.test(m.text)) ||
      (m.type === 'person' && !isFullPersonalName(m) && WORKINGS_AFTER.test(text.slice(m.end, m.end + 40))) ||
      STADIUM_NAME.test(m.text) ||
      isStadeStadium(m.text) ||
      (m.type === 'person' && AIRPORT_AFTER.test(text.slice(m.end, m.end + 40))) ||
      (m.type === 'organization' && GEOGRAPHIC_END.test(m.text) && lookupName(m.text)?.type !== 'organization') ||
      isStreet(text, m)
    );
  });
  const listed = [
    ...listedPlaces(text),
    ...namesBeforeLandmarks(text),
    ...namesAfterPlaceOf(text),
    ...amongPlaces(text, mentions),
  ].filter(p => overlappingSorted(mentions, p).every(i => mentions[i].start === p.start && mentions[i].end === p.end));
  const cuedAt = new Set(cued.map(m => m.start));
  return [...cued, ...listed.filter(p => !cuedAt.has(p.start))]
    .filter(m => lookupName(m.text)?.type !== 'organization' && knownPerson(m.text) === undefined)
    .map(m => ({ start: m.start, end: m.end, text: m.text, type: 'place' as const }));
}

// A name the tagger may not have read between "the" and a landmark's noun: "the Kariba dam", "the Tsing Ma
// bridge", "the Nullarbor plain".
const BEFORE_LANDMARK = new RegExp(
  String.raw`(?<![\p{L}])[Tt]he[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+(?:${LANDMARKS})(?![\p{L}-])`,
  'gu',
);

function namesBeforeLandmarks(text: string): Span[] {
  const names: Span[] = [];
  for (const match of text.matchAll(BEFORE_LANDMARK)) {
    const name = match[1];
    if (name.split(/[ \t]+/).some(w => isCommonWord(w.toLowerCase()) || isDemonym(w.toLowerCase()))) continue;
    const start = match.index + match[0].indexOf(name, 3);
    names.push({ start, end: start + name.length, text: name });
  }
  return names;
}

// A name the tagger may not have read after "the city of" and the like: "the province of Assiut", "the city of
// Ganja" (whose word is an everyday one too).
const AFTER_PLACE_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:village|town|city|province|district|region|county|municipality|hamlet|port|island)[ \t]+of[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])`,
  'gu',
);

const EPITHET_TAGS = /Actor|Adjective|Infinitive|Singular|Plural|Uncountable|Noun/;

function namesAfterPlaceOf(text: string): Span[] {
  const names: Span[] = [];
  for (const match of text.matchAll(AFTER_PLACE_OF)) {
    const name = match[1];
    // Not a city's epithet of everyday words the lexicon knows ("the city of God", "the city of Brotherly Love");
    // a town's name that is also a word of speech or an exclamation ("Ganja", "Bam") counts.
    const epithet = name
      .split(/[ \t]+/)
      .some(w => isCommonWord(w.toLowerCase()) && EPITHET_TAGS.test(lexiconTags(w.toLowerCase()) ?? ''));
    if (isDemonym(name.toLowerCase()) || epithet) continue;
    const start = match.index + match[0].length - name.length;
    names.push({ start, end: start + name.length, text: name });
  }
  return names;
}

// A word, or initials before a word ("K.R. Puram"); a full stop after a word ends the sentence.
const WORD = String.raw`(?:\p{Lu}(?:\.\p{Lu})*\.(?=[ \t]+\p{Lu})|\p{Lu}[\p{L}'’-]*)`;
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
// Words that open the sentence or the phrase before its first name ("In Wayanad, Idukki and …").
const OPENERS = new Set(['in', 'at', 'on', 'from', 'near', 'across', 'the', 'both', 'and', 'but', 'as', 'by', 'to']);
const LIST = String.raw`${NAME}(?:,[ \t]+${NAME})*,?[ \t]+(?:and|or)[ \t]+${NAME}`;
// What kind of areas they are: "Ikorodu and Eti-Osa local government areas", "Ajmer and Pali rural districts".
const KIND_OF_AREA =
  '(?:local|government|administrative|municipal|rural|urban|border|coastal|tribal|hill|frontier|mining|residential|industrial)';
// Names listed before a plural of places ("Korangi, Lyari and Orangi Town districts"), or after areas named
// by example ("areas such as Cathays, Splott and Grangetown", "parts of Korangi and Lyari").
const LIST_OF_PLACES = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${LIST})[ \t]+(?:${KIND_OF_AREA}[ \t]+){0,2}(?:districts|neighbou?rhoods|suburbs|areas|provinces|counties|towns|villages|municipalities|townships|boroughs|wards|estates)(?![\p{L}-])` +
    String.raw`|(?:[Aa]reas|[Pp]arts|[Ss]uburbs|[Nn]eighbou?rhoods|[Dd]istricts|[Tt]owns|[Vv]illages|[Rr]esidents)[ \t]+(?:such[ \t]+as|like|of|including)[ \t]+(${LIST})(?![\p{L}'’-])`,
  'gu',
);
const ITEM = new RegExp(NAME, 'gu');

const ANY_LIST = new RegExp(`(?<![\\p{L}'’.-])${LIST}(?![\\p{L}'’-])`, 'gu');

/**
 * The names of a list most of whose names are places, read otherwise or not at all ("in Colton, Beavercreek,
 * Mulino and Estacada", "Khayelitsha, Mitchells Plain, Nyanga and Philippi"); not a listed body or person.
 */
function amongPlaces(text: string, mentions: readonly (Span & { type: EntityType })[]): Span[] {
  const names: Span[] = [];
  let byStart: Map<number, Span & { type: EntityType }> | undefined;
  for (const match of text.matchAll(ANY_LIST)) {
    byStart ??= new Map(mentions.map(m => [m.start, m]));
    const items = listItems(match[0], match.index).map(span => {
      const found = byStart!.get(span.start);
      const read = found?.end === span.end ? found : undefined;
      return { span, type: read?.type ?? (lookupName(span.text)?.type === 'place' ? ('place' as const) : undefined) };
    });
    // More towns than names read otherwise: a name nobody read counts for neither, nor does a country, which
    // lists of bodies name too ("France, Germany, Talgo and Stadler").
    const places = items.filter(i => i.type === 'place' && countryOf(i.span.text) === undefined).length;
    if (places < 2 || places < items.filter(i => i.type !== undefined && i.type !== 'place').length) continue;
    for (const { span, type } of items) {
      const lower = span.text.toLowerCase();
      if (type === 'place' || lookupName(span.text) !== undefined || knownPerson(span.text) !== undefined) continue;
      if (isDemonym(lower) || /-\p{Lu}\p{Ll}+an$/u.test(span.text) || (!/\s/.test(span.text) && isCommonWord(lower)))
        continue;
      if (type === undefined || isListedTownReadOtherwise(span.text, type)) names.push(span);
    }
  }
  return names;
}

// Among places, a name read as a body's is a town's when it is one word ("Fawkner"); one read as a person's when
// it is one word and no first name, or ends in a suburb's word ("Pascoe Vale", "Keilor Downs"); not "Alpine
// Guides" or "Abdee Negara".
const SUBURB_END =
  /[ \t](?:Vale|Downs|Plain|Heights|Park|Hills?|Valley|Springs|Falls|Creek|Bay|Beach|Point|Harbour|West|East|North|South|Town|City)$/;

function isListedTownReadOtherwise(name: string, type: EntityType): boolean {
  const oneWord = !/\s/.test(name);
  if (type === 'organization') return oneWord;
  return (oneWord && !isFirstName(name.toLowerCase())) || SUBURB_END.test(name);
}

/** The names of a list written at `at`, each without the words that open the phrase before it ("In Wayanad"). */
function listItems(list: string, at: number): Span[] {
  return [...list.matchAll(ITEM)].map(item => {
    const words = item[0].split(/[ \t]+/);
    while (words.length > 1 && OPENERS.has(words[0].toLowerCase())) words.shift();
    const name = words.join(' ');
    const start = at + item.index + item[0].length - name.length;
    return { start, end: start + name.length, text: name };
  });
}

/** The names of such lists, each alone; not a people's adjective or an everyday word ("Asian and Western areas"). */
function listedPlaces(text: string): Span[] {
  const places: Span[] = [];
  for (const match of text.matchAll(LIST_OF_PLACES)) {
    const list = match[1] ?? match[2];
    for (const item of listItems(list, match.index + match[0].indexOf(list))) {
      const lower = item.text.toLowerCase();
      if (isDemonym(lower) || (!/\s/.test(item.text) && isCommonWord(lower) && lookupName(item.text)?.type !== 'place'))
        continue;
      places.push(item);
    }
  }
  return places;
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
