// Finds the stretches of capitalised words that may be names, within one sentence.
import type { Sentence, Token, TokenizedText } from '../text/tokenize';
import { isCommonWord, isDemonym, isLastName } from '../text/lexicon';
import { GERMAN_BODY_WORDS, ORGANIZATION_HEADS } from './head-words';
import { countryOf, lookupName } from './gazetteer';
import { MONTHS, WEEKDAYS } from '../dates/calendar';

export interface Candidate {
  tokens: Token[];
  /** The token before the candidate in its sentence, if any. */
  previous: Token | undefined;
  next: Token | undefined;
  /** The candidate opens its sentence (after any opening quote), where a capital says nothing. */
  sentenceInitial: boolean;
  /** The sentence is a headline in title case, where every word is capitalised. */
  headline: boolean;
}

// Small words inside names: "Bank of England", "Johnson & Johnson", "Ali bin Talal", "Ursula von der Leyen",
// and other languages' "and", "for" and "of" ("Troms og Finnmark", "Institut für Demoskopie", "Moët et Chandon",
// "Bangko Sentral ng Pilipinas").
export const OTHER_LANGUAGES_LINKS = ['og', 'und', 'für', 'et', 'ng'];
const NAME_PARTICLES = new Set([
  ...'bin ibn al el de da di del della der den van von la le du dos do das des los las y abu arap wa ap ur'.split(' '),
  ...OTHER_LANGUAGES_LINKS,
]);
// Other languages' "for" inside a body's name, and the bodies' words before it.
const CAUSE_LINKS = new Set(['por', 'para', 'pour']);
const CAUSE_BODIES = new Set(
  (
    'union unión unidad frente partido alianza alliance movimiento mouvement movimento rassemblement coalición ' +
    'coalicion fuerza comité comite comision comisión asociación asociacion fundación fundacion instituto centro ' +
    'consejo plataforma acción accion association centre conseil parti front'
  ).split(' '),
);
const ARTICLES_AFTER_CAUSE = new Set(['la', 'el', 'los', 'las', 'le', 'les', 'lo']);

/**
 * Whether the word at `at` is "for" of a body's name in its language, right after the body's word ("Union por la
 * Patria", "Rassemblement pour la République"), or two words after it before an article ("Instituto Nacional para
 * la Evaluacion"); not "Vota por Keiko", "Lula para Presidente" nor "Frente Amplio por Tabare Vazquez".
 */
export function isCauseLinkInBodysName(tokens: readonly Token[], at: number): boolean {
  if (!CAUSE_LINKS.has(tokens[at].lower)) return false;
  if (CAUSE_BODIES.has(tokens[at - 1]?.lower ?? '')) return true;
  return CAUSE_BODIES.has(tokens[at - 2]?.lower ?? '') && ARTICLES_AFTER_CAUSE.has(tokens[at + 1]?.lower ?? '');
}
// German bodies' opening words, after which "fur" (für written without its umlaut) goes on with the name.
const GERMAN_BODY_OPENERS = new Set([...GERMAN_BODY_WORDS, 'verein', 'amt']);
// Head words after which "for" continues a body's name: "Centers for Disease Control", "Campaign for Nuclear
// Disarmament" (not "Bank" or "Party": "a bank for Africa", "voted Labour Party for Britain").
export const FOR_HEADS = new Set(
  (
    'center centre centers centres institute campaign committee council foundation alliance coalition movement ' +
    'fund society association commission office organization organisation federation forum partnership league ' +
    'network agency bureau'
  ).split(' '),
);
// The holidays a name's "on" may be followed by.
const HOLIDAYS =
  /^(?:christmas|easter|thanksgiving|new year|good friday|boxing day|independence day|labor day|labour day)/;

function isDayName(word: Token, next: Token | undefined): boolean {
  return CALENDAR_WORDS.has(word.lower) || HOLIDAYS.test(`${word.lower} ${next?.lower ?? ''}`);
}

/** The days' and the months' names, lower-cased: no subject of a body's name, no outlet's. */
export const CALENDAR_WORDS = new Set([...WEEKDAYS, ...MONTHS]);
// Head words a body's subject follows with "on".
export const ON_HEADS = new Set(
  'commission committee subcommittee council conference panel group forum force board'.split(' '),
);
// What follows a firm's "and" inside its name: "Goldman Sachs and Co", "Smith and Sons".
const FIRMS_TAILS = new Set(['co', 'company', 'sons', 'partners', 'associates', 'brothers']);
// Companies' legal forms, written without their full stop, which end their names: "Robert Bosch GmbH and Continental AG" are two.
export const COMPANY_SUFFIXES = new Set(
  'inc corp co ltd plc llc gmbh ag nv bhd tbk oyj asa spa sa ab se kk'.split(' '),
);
// Head words after which "of" continues a name: "Ministry of Defense", "Sea of Japan", "University of Tokyo".
const OF_HEADS = new Set([
  'diocese',
  'archdiocese',
  'ministry',
  'department',
  'bank',
  'university',
  'republic',
  'kingdom',
  'gulf',
  'sea',
  'strait',
  'bay',
  'isle',
  'island',
  'islands',
  'bureau',
  'council',
  'committee',
  'commission',
  'institute',
  'academy',
  'church',
  'court',
  'house',
  'office',
  'board',
  'federation',
  'league',
  'union',
  'association',
  'organization',
  'organisation',
  'party',
  'army',
  'city',
  'state',
  'states',
  'province',
  'college',
  'school',
  'museum',
  'chamber',
  'society',
  'secretary',
  'minister',
  'chief',
  'director',
  'people’s',
  "people's",
  'federal',
  'cape',
  'lake',
  'mount',
  'port',
  'duke',
  'prince',
  'princess',
  'queen',
  'king',
  'bishop',
  'archbishop',
  'mayor',
  'governor',
  'president',
  'speaker',
  'agency',
  'center',
  'centre',
  'coalition',
  'front',
  'movement',
  'government',
  'attorney',
  'forces',
  'corps',
  'division',
  'unit',
  'hospital',
  'tribunal',
  'assembly',
  'congress',
  'chiefs',
  // Groups named as members: "Friends of the Earth", "Knights of Columbus", "Defenders of Wildlife".
  'friends',
  'knights',
  'sisters',
  'daughters',
  'sons',
  'defenders',
]);
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-', '–', '•', '*']);

// Arabic names write the article in lower case: "al-Sisi", "el-Sheikh", "bin Salman".
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|ud)-\p{Lu}/u;

export function isCapitalised(token: Token): boolean {
  return token.kind === 'word' && (/^\p{Lu}/u.test(token.text) || ARABIC_ARTICLE.test(token.text));
}

export function isAllCaps(token: Token): boolean {
  return token.kind === 'word' && /\p{Lu}{2,}/u.test(token.text) && token.text === token.text.toUpperCase();
}

// The story's first word after its dateline opens it as a sentence's first word does: "LUBUMBASHI, Congo
// (Reuters) - Rivals Katanga Cobalt …", "WASHINGTON -- Police said".
const DASHES = new Set(['-', '–', '—']);
function isAfterDateline(tokens: Token[], at: number): boolean {
  if (at < 2 || !DASHES.has(tokens[at - 1].text)) return false;
  const before = tokens[at - 2];
  return before.text === ')' || DASHES.has(before.text) || isAllCaps(before);
}

export function findCandidates(doc: TokenizedText, sentence: Sentence): Candidate[] {
  const { tokens } = doc;
  const headline = isHeadline(tokens.slice(sentence.first, sentence.last));
  let firstWord = sentence.first;
  while (firstWord < sentence.last && OPENING.has(tokens[firstWord].text)) firstWord++;
  const candidates: Candidate[] = [];
  let i = sentence.first;
  while (i < sentence.last) {
    if (!isCapitalised(tokens[i]) || isVersus(tokens, i, sentence.last)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const step = continuation(tokens, end, sentence.last);
      if (step === 0) break;
      end += step;
    }
    candidates.push({
      tokens: tokens.slice(i, end),
      previous: i > sentence.first ? tokens[i - 1] : undefined,
      next: end < sentence.last ? tokens[end] : undefined,
      sentenceInitial: i === firstWord || isAfterDateline(tokens, i),
      headline,
    });
    i = end;
  }
  return candidates;
}

// A name of everyday words only, no people's ("Security Council"; not "British Airways").
function isGenericName(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).every(t => isCommonWord(t.lower) && !isDemonym(t.lower));
}

// `afterEverydayWord`: "and" follows one everyday word in capitals alone, which names nothing by itself.
function endsInOrganizationHead(tokens: Token[], from: number, last: number, afterEverydayWord: boolean): boolean {
  for (let i = from; i < Math.min(last, from + 4); i++) {
    if (!isCapitalised(tokens[i]) || (i > from && tokens[i - 1].after !== ' ')) return false;
    // A listed name after "and" is a name of its own: "AstraZeneca and Oxford University"; not after an
    // everyday word ("the African Union's Peace and Security Council").
    if (ORGANIZATION_HEADS.has(tokens[i].lower))
      return (afterEverydayWord && isGenericName(tokens, from, i + 1)) || !isListedRun(tokens, from, i + 1);
  }
  return false;
}

// "House Energy and Commerce Committee", "Senate Banking and Housing Committee": a chamber's committee named for
// two subjects, each a body's word of its own.
function isChambersCommittee(tokens: Token[], at: number, last: number): boolean {
  let chamber = false;
  for (let i = at - 1; i >= Math.max(0, at - 4) && isCapitalised(tokens[i]) && tokens[i].after === ' '; i--)
    chamber ||= tokens[i].lower === 'house' || tokens[i].lower === 'senate';
  // Not both chambers' ("the House and Senate Committee").
  if (!chamber || /^(?:house|senate)$/.test(tokens[at + 1]?.lower ?? '')) return false;
  for (let i = at + 1; i < Math.min(last, at + 5); i++) {
    if (!isCapitalised(tokens[i]) || tokens[i - 1].after !== ' ') return false;
    if (/^(?:sub)?committee$/.test(tokens[i].lower)) return true;
  }
  return false;
}

// "People's", "Workers'", "Women's": a group's possessive, which names of parties and bodies contain.
function isPluralPossessive(token: Token): boolean {
  return (
    /^(?:people|women|men|children)['’]s$/.test(token.lower) ||
    (/s['’]$/.test(token.lower) && isCommonWord(token.lower.slice(0, -1)))
  );
}

// Whether a listed name of the type (an organization's unless told) runs over the word at `at` ("and", "es"),
// from up to three words before it to three after it (places joined by "and" are two: "England and Wales").
function isListedAcross(tokens: Token[], at: number, last: number, type = 'organization'): boolean {
  for (let from = Math.max(0, at - 3); from < at; from++)
    for (let to = at + 2; to <= Math.min(last, at + 4); to++)
      if (listedRun(tokens, from, to)?.type === type) return true;
  return false;
}

// The apostrophe of an everyday plural written apart from it, before a body's head word ("Workers' Party",
// "Employers' Confederation"); not a whole name's possessive ("Union of Concerned Scientists' Program", "ABC
// News' Peter Jennings") nor a surname's that is an everyday word too ("Evo Morales' Movement for Socialism").
function isPluralApostrophe(tokens: Token[], at: number, last: number): boolean {
  const previous = tokens[at - 1];
  const apostrophe = tokens[at];
  return (
    previous.after === '' &&
    /^['’]$/.test(apostrophe.text) &&
    /s$/.test(previous.lower) &&
    isCommonWord(previous.lower) &&
    !isLastName(previous.lower) &&
    apostrophe.after === ' ' &&
    at + 1 < last &&
    ORGANIZATION_HEADS.has(tokens[at + 1].lower)
  );
}

// Whether the token at `at` is a name's word or link, joined by a space to the word after it.
function isInName(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && token.after === ' ' && (isCapitalised(token) || /^(?:&|of|and|for)$/.test(token.lower));
}

// How many tokens from `at` continue the name that ends just before it (0: the name ends here).
function continuation(tokens: Token[], at: number, last: number): number {
  const previous = tokens[at - 1];
  // A single space joins the words of a name; punctuation, a line break or a possessive ends it, except
  // a possessive of an everyday word inside a name ("Republican People's Party", "Workers' Party").
  if (at >= last) return 0;
  if (isPluralApostrophe(tokens, at, last)) return 2;
  if (previous.after !== ' ') return 0;
  if (/['’]s?$/.test(previous.text) && previous.text.length > 2 && !isPluralPossessive(previous)) return 0;
  const token = tokens[at];
  if (isVersus(tokens, at, last)) return 0;
  // "Daiwa Bank Ltd. Sumitomo Corp": a company's suffix with its full stop ends the name, unless another
  // suffix follows ("Samsung Electronics Co. Ltd.").
  const afterSuffix = previous.text.endsWith('.') && COMPANY_SUFFIXES.has(previous.lower.slice(0, -1));
  if (afterSuffix && !COMPANY_SUFFIXES.has(token.lower.replace(/\.$/, ''))) return 0;
  if (isCapitalised(token)) return 1;
  const following = tokens[at + 1];
  const followingIsName = (offset: number) => {
    const t = tokens[at + offset];
    return at + offset < last && t !== undefined && tokens[at + offset - 1].after === ' ' && isCapitalised(t);
  };
  if (NAME_PARTICLES.has(token.lower) && followingIsName(1)) return 1;
  if (token.lower === 'fur' && GERMAN_BODY_OPENERS.has(previous.lower) && followingIsName(1)) return 1;
  if (isCauseLinkInBodysName(tokens, at)) {
    if (followingIsName(1)) return 1;
    if (NAME_PARTICLES.has(following?.lower ?? '') && followingIsName(2)) return 2;
  }
  // "Dar es Salaam": a listed name with "es" in it.
  if (token.lower === 'es' && isListedAcross(tokens, at, last, 'place')) return 1;
  // Two particles: "Ursula von der Leyen", "Oscar De La Hoya", "Edwin van der Sar".
  const particlePair = NAME_PARTICLES.has(token.lower) && token.after === ' ' && NAME_PARTICLES.has(following?.lower);
  if (particlePair && followingIsName(2)) return 2;
  if (token.text === '&' && followingIsName(1)) return 2;
  // "Asian and Oceanian Affairs Bureau": "and" inside a name that ends in an organization's head word.
  // A name that already ends in one is a name of its own: "Sony Group and Nintendo Co.", and so are an
  // acronym and a listed name: "UBS and Nomura Holdings", "Google and Facebook Inc".
  // A plural head word alone opens a name rather than ending one: "Securities and Exchange Board of India"
  // (not "the Army and Air Force").
  // A sentence's "The" or a possessive before it is no word of the name ("The Securities and Exchange Board of
  // India said", "the African Union's Peace and Security Council").
  const alone = !isInName(tokens, at - 2) || /^(?:the|a|an)$|['’]s?$/.test(tokens[at - 2].lower);
  const opensName = /s$/.test(previous.lower) && alone;
  const ownName = () =>
    (ORGANIZATION_HEADS.has(previous.lower) && !opensName) ||
    COMPANY_SUFFIXES.has(previous.lower.replace(/\.$/, '')) ||
    isLoneAcronym(tokens, at - 1) ||
    isListed(previous.text) ||
    // A firm's "International" after its name: "Kredietbank International and Vestjysk Securities" (not "the
    // Institute of International and Strategic Studies").
    (previous.lower === 'international' && at >= 2 && isCapitalised(tokens[at - 2]) && tokens[at - 2].after === ' ') ||
    // "Standard Chartered and HSBC", though not a firm's "and Co" ("Goldman Sachs and Co").
    ([2, 3].some(n => at - n >= 0 && listedRun(tokens, at - n, at)?.type === 'organization') &&
      !FIRMS_TAILS.has(following?.lower.replace(/\.$/, '') ?? ''));
  // Not a chamber's: "the House and Senate Committee" are two.
  const afterEverydayWord = alone && isCommonWord(previous.lower) && !/^(?:house|senate)$/.test(previous.lower);
  if (token.lower === 'and' && !ownName() && endsInOrganizationHead(tokens, at + 1, last, afterEverydayWord)) return 1;
  if (token.lower === 'and' && isChambersCommittee(tokens, at, last)) return 1;
  // A listed name with "and" in it is read whole: "Securities and Exchange Commission".
  if (token.lower === 'and' && isListedAcross(tokens, at, last)) return 1;
  // "National Institute of Allergy and Infectious Diseases": after "of", everyday words in capitals on both sides.
  if (
    token.lower === 'and' &&
    afterOf(tokens, at) &&
    everydayWordsFollow(tokens, at + 1, last) &&
    !opensListedName(tokens, at + 1)
  )
    return 1;
  if (token.lower === 'of' && OF_HEADS.has(previous.lower) && following) {
    if (followingIsName(1)) return 2;
    if (following.lower === 'the' && followingIsName(2)) return 3;
  }
  // "Center for Biological Diversity", "Institute for Fiscal Studies": a body named for its cause.
  // "Texas Commission on Jail Standards", "Council on Foreign Relations": a body named for its subject.
  // Not a day: "the Commission on Monday said", "the Security Council on New Year's Day".
  const onSubject = followingIsName(1) && !isDayName(following, tokens[at + 2]) && causeFollows(tokens, at + 1, last);
  if (token.lower === 'on' && ON_HEADS.has(previous.lower) && onSubject) return 2;
  if (token.lower === 'for' && FOR_HEADS.has(previous.lower) && following) {
    if (followingIsName(1) && causeFollows(tokens, at + 1, last)) return 2;
    // "Movement for a Democratic Slovakia", "Campaign for the Accountability of …".
    const article = following.lower === 'a' || following.lower === 'the';
    if (article && followingIsName(2) && causeFollows(tokens, at + 2, last)) return 3;
  }
  return 0;
}

// Whether the capitalised words before `at` follow "of", "for" or "on" inside a name, each an everyday word
// ("of Allergy", "for Strategic", "on Ethical").
function afterOf(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && isCapitalised(tokens[k]) && isCommonWord(tokens[k].lower) && tokens[k - 1].after === ' ') k--;
  return k < at - 1 && /^(?:of|for|on)$/.test(tokens[k].lower) && k > 0 && isCapitalised(tokens[k - 1]);
}

/**
 * Whether a body's cause follows "for": capitalised everyday words, the last perhaps a country ("Biological
 * Diversity", "a Democratic Slovakia"), not a listed name, a person or a town ("the Foreign Office for
 * Goldman Sachs", "the Carter Center for Jimmy Carter", "the European Commission for Rome").
 */
export function isCause(words: readonly string[]): boolean {
  if (words.length === 0 || isListed(words.join(' '))) return false;
  return words.every(
    (w, i) => isCauseWord(w.toLowerCase()) || (i === words.length - 1 && i > 0 && countryOf(w) !== undefined),
  );
}

// Everyday words, a people's adjective ("American Progress") and the adjectives of politics, which the
// lexicon keeps capitalised ("a Democratic Slovakia").
const POLITICAL = new Set([
  'democratic',
  'republican',
  'islamic',
  'socialist',
  'liberal',
  'revolutionary',
  'patriotic',
]);
const isCauseWord = (lower: string) => isCommonWord(lower) || isDemonym(lower) || POLITICAL.has(lower);

function causeFollows(tokens: Token[], at: number, last: number): boolean {
  const words: string[] = [];
  for (let k = at; k < last && isCapitalised(tokens[k]); k++) {
    words.push(tokens[k].text);
    if (tokens[k].after !== ' ') break;
  }
  return isCause(words);
}

// Whether capitalised everyday words from `at` run to the name's end ("Infectious Diseases", "Human Services").
// A name the lists know is a name of its own ("… and Japan's Foreign Ministry", "… and Human Rights Watch").
function everydayWordsFollow(tokens: Token[], at: number, last: number): boolean {
  let k = at;
  while (k < last && isCapitalised(tokens[k]) && isCommonWord(tokens[k].lower) && !isListed(tokens[k].text)) {
    if (tokens[k].after !== ' ' || k + 1 >= last || !isCapitalised(tokens[k + 1]))
      return !isListedRun(tokens, at, k + 1);
    k++;
  }
  return false;
}

// Whether a listed name of up to six words starts at `at`: "Friends of the Earth".
function opensListedName(tokens: Token[], at: number): boolean {
  let phrase = '';
  for (let k = at; k < Math.min(tokens.length, at + 6); k++) {
    phrase += tokens[k].text;
    if (k > at + 1 && isListed(phrase)) return true;
    if (tokens[k].after !== ' ') return false;
    phrase += ' ';
  }
  return false;
}

const listed = (phrase: string) => lookupName(phrase.replace(/['’]s?$/, ''));
const isListed = (phrase: string) => listed(phrase) !== undefined;
// The listed name the words of tokens [from, end) are, if any.
const listedRun = (tokens: Token[], from: number, end: number) =>
  listed(
    tokens
      .slice(from, end)
      .map(t => t.text)
      .join(' '),
  );
const isListedRun = (tokens: Token[], from: number, end: number) => listedRun(tokens, from, end) !== undefined;

// An acronym that is not a word of a line in capitals: "UBS", "BP" (not "ASIAN" of "ASIAN AND OCEANIAN").
function isLoneAcronym(tokens: Token[], at: number): boolean {
  const isCapitals = (t: Token | undefined) => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text);
  return isCapitals(tokens[at]) && tokens[at].text.length <= 5 && !isCapitals(tokens[at - 1]);
}

// "England V Pakistan", "Leeds v Everton", "Celtic vs. Rangers": a match's two sides, not one name ("Henry V" is).
const VERSUS = /^(?:v|vs)\.?$/i;

function isVersus(tokens: Token[], at: number, last: number): boolean {
  const token = tokens[at];
  if (!VERSUS.test(token.text) || at + 1 >= last) return false;
  // "V. S. Naipaul": a capital V with its full stop is an initial.
  if (token.text === 'V.' || (token.text === 'V' && tokens[at + 1].text === '.')) return false;
  const next = tokens[at + 1].text === '.' && at + 2 < last ? tokens[at + 2] : tokens[at + 1];
  return isCapitalised(next);
}

// A headline capitalises most words, so a capital there says nothing about a name.
function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter(t => t.kind === 'word' && t.text.length > 3);
  if (words.length < 3 || tokens[tokens.length - 1].text === '.') return false;
  return words.filter(isCapitalised).length / words.length >= 0.6;
}
