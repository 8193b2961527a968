// Titles and roles written before a name ("Russian Deputy Foreign Minister Igor Morgulov"): they tell
// that a person follows, and they are not part of the name.
import type { Token } from '../text/tokenize';
import { isDemonym } from '../text/lexicon';
import { countryOf, isCountryDemonym } from './gazetteer';

// Titles of courtesy written before a surname ("Ms Whitbread", "Dr Roche"), as one token and as a text's end.
const HONORIFIC_TITLES = 'Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof';
export const HONORIFIC_TOKEN = new RegExp(`^(?:${HONORIFIC_TITLES})\\.?$`);
export const HONORIFIC_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${HONORIFIC_TITLES})\\.?[ \\t]+$`, 'u');
// ... and with a royal's ("King Charles's").
export const HONORIFIC_OR_ROYAL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${HONORIFIC_TITLES}|King|Queen|Prince|Princess)\\.?[ \\t]+$`,
  'u',
);

// The head of a title: the word after which the name begins.
const ROLE_NOUNS = new Set([
  'minister',
  'president',
  'premier',
  'chancellor',
  'secretary',
  'adviser',
  'advisor',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'general',
  'gen',
  'gen.',
  'admiral',
  'adm.',
  'colonel',
  'col.',
  'lieutenant',
  'lt.',
  'major',
  'maj.',
  'captain',
  'capt.',
  'sergeant',
  'sgt.',
  'commander',
  'marshal',
  'chief',
  'director',
  'director-general',
  'chairman',
  'chairwoman',
  'chair',
  'governor',
  'gov.',
  'mayor',
  'senator',
  'sen.',
  'representative',
  'rep.',
  'congressman',
  'congresswoman',
  'judge',
  'magistrate',
  'justice',
  'prosecutor',
  'attorney',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'pope',
  'cardinal',
  'archbishop',
  'bishop',
  'rabbi',
  'imam',
  'sheikh',
  'alhaji',
  'alhaja',
  'cllr',
  'cllr.',
  'coun.',
  'ayatollah',
  'leader',
  'officer',
  'official',
  'diplomat',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'professor',
  'rev.',
  'sir',
  'dame',
  'lord',
  'lady',
  'coach',
  'manager',
  'ceo',
  'founder',
  'speaker',
  'deputy',
  'vice',
  'head',
  'executive',
  'commissioner',
  'chairperson',
  'secretary-general',
  'president-elect',
  'chief-of-staff',
  'superintendent',
  'inspector',
  'detective',
  'sheriff',
  'councilman',
  'councilwoman',
  'mr',
  'mrs',
  'ms',
  'dr',
  'mp',
  'correspondent',
  'reporter',
  'analyst',
  'actress',
  'actor',
  'singer',
  'star',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'forward',
  'player',
  'champion',
  'winger',
  'flanker',
  'fly-half',
  'flyhalf',
  'scrum-half',
  'scrumhalf',
  'outhalf',
  'fullback',
  'full-back',
  'centre-back',
  'wicketkeeper',
  'wicket-keeper',
  'all-rounder',
  'spinner',
  'paceman',
  'seamer',
  'playmaker',
  'sprinter',
  'swimmer',
  'cyclist',
  'debutant',
  'rookie',
  'quarterback',
  'pitcher',
  'batsman',
  'bowler',
  'jockey',
  'trainer',
]);

// A portfolio or rank before a role noun ("Japanese Foreign Minister", "Russian Deputy Prime Minister"): a
// name read up to it, of nothing but a country's name or adjective before it, is the title's start, not a
// name. Words that also end names ("Staff", "Army", "Force": "the Russian General Staff chief") are not
// among them.
const PORTFOLIOS = new Set([
  'foreign',
  'defense',
  'defence',
  'interior',
  'finance',
  'economy',
  'trade',
  'justice',
  'health',
  'energy',
  'education',
  'deputy',
  'vice',
  'acting',
  'prime',
]);
// Portfolios that also name their ministries alone ("The Treasury said"): a title's start only before its
// role noun ("Italian Treasury" of "Italian Treasury Minister").
const MINISTRIES_BEFORE_ROLE = new Set([
  'treasury',
  'agriculture',
  'transport',
  'industry',
  'commerce',
  'culture',
  'environment',
  'information',
  'communications',
  'tourism',
  'housing',
  'oil',
  'mines',
  'planning',
]);

// Words that qualify a role ("Deputy Foreign", "National Security", "Army") before its head.
const ROLE_MODIFIERS = new Set([
  ...PORTFOLIOS,
  'former',
  'first',
  'state',
  'national',
  'security',
  'homeland',
  'army',
  'navy',
  'air',
  'force',
  'military',
  'chief',
  'senior',
  'assistant',
  'general',
  'attorney',
  'press',
  'supreme',
  'grand',
  'crown',
  'lieutenant',
  'major',
  'executive',
  'staff',
  'joint',
  'chiefs',
  'federal',
  'regional',
  'opposition',
  'party',
  'parliament',
  'parliamentary',
  'house',
  'senate',
  'majority',
  'minority',
  'top',
  'special',
  'presidential',
]);

// "Secretary of State", "Chief of Staff", "Minister of Foreign Affairs": the part after "of" is the role too.
const OFFICE_WORDS = new Set([
  'state',
  'defense',
  'defence',
  'foreign',
  'affairs',
  'homeland',
  'security',
  'the',
  'treasury',
  'commerce',
  'energy',
  'health',
  'justice',
  'interior',
  'agriculture',
  'transportation',
  'education',
  'labor',
  'labour',
  'staff',
  'finance',
  'economy',
  'trade',
  'and',
  'internal',
  'human',
  'services',
  'veterans',
  'housing',
  'emergency',
  'situations',
  'national',
  'intelligence',
]);

export function isRoleNoun(token: Token): boolean {
  return isRoleNounLower(token.lower);
}

/** A title's noun, lower-cased ("minister", "general"), not its modifier ("navy", "foreign"). */
export function isRoleNounLower(lower: string): boolean {
  return ROLE_NOUNS.has(lower);
}

export function isRoleWord(token: Token): boolean {
  return isRoleLower(token.lower);
}

/** A title's word, lower-cased ("deputy", "sheriff"), for a pass that has words rather than tokens. */
export function isRoleLower(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower);
}

/**
 * Where the name starts after a title in `tokens`, or -1 when no title precedes a name.
 * "Deputy Foreign Minister Igor Morgulov" → 3; "Secretary of State Antony Blinken" → 3; "Foreign Ministry" → -1.
 */
export function nameAfterTitle(tokens: Token[]): number {
  let nameStart = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isRoleNoun(tokens[i])) continue;
    let next = i + 1;
    if (tokens[next]?.lower === 'of') {
      next++;
      while (next < tokens.length - 1 && OFFICE_WORDS.has(tokens[next].lower)) next++;
    }
    while (next < tokens.length - 1 && isRoleNoun(tokens[next])) next++;
    if (next < tokens.length && !isRoleWord(tokens[next])) nameStart = next;
  }
  return nameStart;
}

// The words of an officer's title that are neither portfolio nor role: "Chief Financial Officer", "Chief
// Cabinet Secretary", "Chief Operating Officer".
const OFFICERS_WORDS = new Set(
  (
    'chief deputy senior acting assistant associate vice executive financial operating technology information ' +
    'marketing cabinet'
  ).split(' '),
);

/**
 * Whether the span is a title's start read as a name: a country's name or adjective (or nothing) and then
 * portfolios, with a role noun next ("Japanese Foreign" of "… Minister"; not "Ministry of Finance" of
 * "… spokesman").
 */
export function endsInTitle(text: string, span: { end: number; text: string }): boolean {
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(span.end, span.end + 40))?.[1].toLowerCase();
  if (next === undefined || !ROLE_NOUNS.has(next)) return false;
  const words = span.text.split(/\s+/);
  let before = words.length;
  const isPortfolio = (w: string) =>
    PORTFOLIOS.has(w.toLowerCase()) ||
    MINISTRIES_BEFORE_ROLE.has(w.toLowerCase()) ||
    OFFICERS_WORDS.has(w.toLowerCase());
  while (before > 0 && isPortfolio(words[before - 1])) before--;
  return (
    before < words.length &&
    words.slice(0, before).every(w => isCountryDemonym(w) || isDemonym(w.toLowerCase()) || countryOf(w) !== undefined)
  );
}
