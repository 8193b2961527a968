// What the rules know about single words: compromise's English lexicon (parts of speech, first names,
// demonyms), the first-name list in data/names.json and the words usually written in lower case
// in data/common-words.json.
import nlp from 'compromise';
import names from '../data/names.json';
import commonWords from '../data/common-words.json';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
const firstNames = new Set(names.firstNames.map(name => name.toLowerCase()));
const lowerCaseWords = new Set(commonWords.words.split(' '));

const NAME_TAGS = /Name|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun|Demonym/;

export function lexiconTags(lower: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
}

/** The lexicon's tags for a word, one or several ("people" → Plural, Actor). */
export function lexiconTagList(lower: string): string[] {
  const tags: unknown = lexiconTags(lower);
  return (Array.isArray(tags) ? tags : [tags]).filter((t): t is string => typeof t === 'string');
}

/** An everyday English word ("the", "officials", "after"), which a capital alone does not make a name. */
export function isCommonWord(lower: string): boolean {
  return baseForms(lower).some(form => {
    const tags = lexiconTags(form);
    return tags === undefined ? lowerCaseWords.has(form) : !NAME_TAGS.test(tags);
  });
}

// The lexicon lists base forms; "weapons", "drills" and "fueling" are found through "weapon", "drill", "fuel".
function baseForms(lower: string): string[] {
  const forms = [lower];
  if (lower.endsWith('ies')) forms.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) forms.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) forms.push(lower.slice(0, -2), lower.slice(0, -1));
  if (lower.endsWith('ing')) forms.push(lower.slice(0, -3), lower.slice(0, -3) + 'e');
  if (lower.endsWith('ly')) forms.push(lower.slice(0, -2));
  return forms;
}

export function isFirstName(lower: string): boolean {
  return firstNames.has(lower) || /FirstName|MaleName|FemaleName/.test(lexiconTags(lower) ?? '');
}

export function isLastName(lower: string): boolean {
  return /LastName/.test(lexiconTags(lower) ?? '');
}

// Peoples named by no country, whom news names as nationalities are named (MISC under CoNLL): "Serb
// rebels", "Hutu refugees", "Kurdish party".
const PEOPLES = new Set(
  (
    'serb serbs croat croats bosniak bosniaks hutu hutus tutsi tutsis kurd kurds kurdish tamil tamils pashtun ' +
    'pashtuns uighur uighurs uyghur uyghurs druze chechen chechens ingush ossetian ossetians abkhaz berber ' +
    'berbers bedouin bedouins maori zulu zulus xhosa kikuyu yoruba igbo hausa fulani amhara oromo rohingya ' +
    'hmong sami inuit kyrgyz tajik tajiks uzbek uzbeks tatar tatars bashkir kalmyk circassian azeri azeris ' +
    'hazara hazaras tuareg tuaregs tigrayan tigrayans dinka nuer aymara quechua mapuche ' +
    'zairean zaireans andean basque basques briton britons catalan catalans flemish walloon walloons breton ' +
    'bretons corsican corsicans sicilian sardinian andalusian galician kashmiri kashmiris punjabi ' +
    'sindhi bengali gujarati sinhalese telugu anjouanais frenchman frenchwoman dutchman dutchwoman englishman ' +
    'englishwoman irishman irishwoman welshman welshwoman'
  ).split(' '),
);

export function isDemonym(lower: string): boolean {
  return PEOPLES.has(lower) || /Demonym/.test(lexiconTags(lower) ?? '');
}

/** Whether the lexicon knows the word as a city, a country or another place ("frankfurt"). */
export function isLexiconPlace(lower: string): boolean {
  return /\b(?:City|Place|Country|Region)\b/.test(String(lexiconTags(lower) ?? ''));
}

/** Whether the lexicon knows the word as a city ("atlanta", "geneva"). */
export function isLexiconCity(lower: string): boolean {
  return lexiconTags(lower) === 'City';
}
