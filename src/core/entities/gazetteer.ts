// Known names: countries (with their other names), cities, subdivisions, regions and organizations,
// looked up by phrase. The data files in ../data say where each list comes from.
import type { EntityType } from '../types';
import { isCommonWord, isLexiconCity } from '../text/lexicon';
import { foldAccentsAndCase } from '../text/fold';
import places from '../data/places.json';
import regions from '../data/regions.json';
import organizations from '../data/organizations.json';

export interface KnownName {
  type: EntityType;
  /** The name this one stands for: "DPRK" → "North Korea". */
  canonical: string;
  /** How sure a bare match is: countries and listed organizations are, cities can be people too. */
  strength: 'strong' | 'weak';
}

// Country codes that are words ("IN", "IT") are left out; these are the ones news writes for countries.
const COUNTRY_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'PRC', 'ROK', 'DRC']);
// Names news uses that the country list lacks, by ISO code; the first one is the name News Lens shows.
const NEWS_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['United States', 'U.S.', 'U.S.A.', 'America'],
  GB: ['United Kingdom', 'Britain', 'U.K.'],
  KP: ['North Korea', 'Democratic People’s Republic of Korea', 'N.Korea'],
  KR: ['South Korea', 'Republic of Korea', 'S.Korea'],
  // Wire headlines shorten a compass point's country: "S.AFRICA", "S.LEONE".
  ZA: ['South Africa', 'S.Africa'],
  SL: ['Sierra Leone', 'S.Leone'],
  RU: ['Russia', 'Russian Federation'],
  CN: ['China', 'People’s Republic of China', 'Mainland China'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CI: ['Ivory Coast', 'Côte d’Ivoire', "Cote d'Ivoire"],
  MM: ['Myanmar', 'Burma'],
  CD: ['Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'],
  PS: ['Palestine', 'Palestinian Territories'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
};

// Demonyms news uses that the country list lacks ("Slovenian" beside its "Slovene", "Bosnian", 1996's "Zairean").
const NEWS_DEMONYMS: Record<string, string[]> = {
  SI: ['Slovenian'],
  AR: ['Argentinian'],
  SA: ['Saudi'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  BA: ['Bosnian'],
  BY: ['Belarussian', 'Byelorussian'],
  AZ: ['Azeri'],
  KZ: ['Kazakh'],
  IS: ['Icelandic'],
  CD: ['Zairean', 'Zairian'],
  SO: ['Somalian'],
  NP: ['Nepali'],
  EC: ['Ecuadorian'],
  KR: ['South Korean'],
  KP: ['North Korean'],
};

// Other names of countries that news uses; short codes and words like "Island" (Iceland) are left out.
function isNewsCountryAlias(alias: string): boolean {
  if (COUNTRY_CODES.has(alias)) return true;
  return alias.length > 3 && !isCommonWord(phraseKey(alias));
}

const known = new Map<string, KnownName>();
const demonyms = new Set<string>();
// Each country's name as News Lens shows it, by the phrase keys of its names, demonyms and capital.
const countries = new Map<string, string>();

function add(name: string, entry: KnownName): void {
  const key = phraseKey(name);
  const existing = known.get(key);
  if (key && (!existing || (existing.strength === 'weak' && entry.strength === 'strong'))) known.set(key, entry);
}

for (const city of places.cities) add(city, { type: 'place', canonical: city, strength: 'weak' });
for (const subdivision of places.subdivisions)
  add(subdivision, { type: 'place', canonical: subdivision, strength: 'weak' });
const regionKeys = new Set<string>();
for (const [name, ...aliases] of regions.regions) {
  for (const alias of [name, ...aliases]) {
    add(alias, { type: 'place', canonical: name, strength: 'strong' });
    regionKeys.add(phraseKey(alias));
  }
}
for (const country of places.countries) {
  const newsNames = NEWS_COUNTRY_NAMES[country.code] ?? [];
  const canonical = newsNames[0] ?? country.name;
  // The lists mix names and demonyms: "Djibouti" and "Gibraltar" are names, "Thai" and "Togolese" demonyms.
  const ownNames = new Set([country.name, country.capital ?? '', ...newsNames].map(phraseKey));
  const countryDemonyms = [...country.demonyms, ...(NEWS_DEMONYMS[country.code] ?? [])].filter(
    d => !ownNames.has(phraseKey(d)),
  );
  const demonymKeys = new Set(countryDemonyms.map(phraseKey));
  const aliases = country.aliases.filter(a => isNewsCountryAlias(a) && !demonymKeys.has(phraseKey(a)));
  const names = [country.name, ...aliases, ...newsNames];
  for (const name of names) {
    add(name, { type: 'place', canonical, strength: 'strong' });
    if (!countries.has(phraseKey(name))) countries.set(phraseKey(name), canonical);
  }
  if (country.capital) add(country.capital, { type: 'place', canonical: country.capital, strength: 'strong' });
  for (const demonym of countryDemonyms) {
    demonyms.add(demonym.toLowerCase());
    if (!countries.has(phraseKey(demonym))) countries.set(phraseKey(demonym), canonical);
  }
}
// Acronyms spelling an everyday word ("WHO", "MAS") name the body only in capitals: "Who will pay?" does not.
const inCapitalsOnly = new Set<string>();
for (const [name, ...aliases] of organizations.organizations) {
  for (const alias of [name, ...aliases]) {
    add(alias, { type: 'organization', canonical: name, strength: 'strong' });
    if (/^\p{Lu}{2,}$/u.test(alias) && isCommonWord(phraseKey(alias))) inCapitalsOnly.add(phraseKey(alias));
  }
}

/** The lookup key of a phrase: lower case, no accents on Latin letters, one kind of apostrophe, single spaces. */
export function phraseKey(phrase: string): string {
  return foldAccentsAndCase(phrase).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

// Initials written with full stops, as some newsrooms do ("F.B.I.", "C. I. A."): the name without them.
const DOTTED_INITIALS = /^(?:\p{Lu}\.\s?){2,6}$/u;

export function lookupName(phrase: string): KnownName | undefined {
  const key = phraseKey(phrase);
  if (inCapitalsOnly.has(key) && phrase !== phrase.toUpperCase()) return undefined;
  return known.get(key) ?? (DOTTED_INITIALS.test(phrase) ? known.get(key.replace(/[.\s]/g, '')) : undefined);
}

/** A listed name sure enough to outweigh a person's reading: any but a town's (a town may be a person's name: "Gary"). */
export function isSureName(phrase: string): boolean {
  return lookupName(phrase)?.strength === 'strong';
}

export function isCountryDemonym(word: string): boolean {
  return demonyms.has(word.toLowerCase());
}

/** The country a name, demonym or capital stands for ("Russian", "Russia's" and "Moscow" → "Russia"), if any. */
export function countryOf(phrase: string): string | undefined {
  const key = phraseKey(phrase).replace(/'s?$/, '');
  return countries.get(key) ?? capitals.get(key);
}

/**
 * Whether a name is known only as a small country's capital: no country's or region's name nor a city the
 * lexicon knows ("Hamilton", "Victoria", which persons bear more often than news names the towns: "Lewis
 * Hamilton"); not "Washington" (a state too), "London" or "Berlin".
 */
export function isCapitalOnly(phrase: string): boolean {
  const key = phraseKey(phrase);
  return capitals.has(key) && !countries.has(key) && !regionKeys.has(key) && !isLexiconCity(key);
}

const capitals = new Map<string, string>();
for (const country of places.countries) {
  const canonical = NEWS_COUNTRY_NAMES[country.code]?.[0] ?? country.name;
  if (country.capital && !capitals.has(phraseKey(country.capital))) capitals.set(phraseKey(country.capital), canonical);
}
