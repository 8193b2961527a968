// An actor's name as a reader writes it: "DOMINICK REUTER" (a photo credit) is Dominick Reuter, "TOKYO"
// (a dateline) is Tokyo. Capitals there are typography, not spelling; acronyms ("TASS", "UAE") stay.
import type { EntityType } from '../types';

// Particles that names write in lower case inside them: "Ursula von der Leyen", "Rio de Janeiro".
const PARTICLES = new Set(['bin', 'ibn', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos']);
// Generational suffixes and regnal numbers stay in capitals: "Charles III", "Ferdinand Marcos Jr.".
const ROMAN_NUMERAL = /^[IVX]+\.?$/;

/** Whether a name is in capitals throughout: letters, none of them lower case, a word of two at least. */
export function isInCapitals(name: string): boolean {
  return !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);
}

/**
 * `name` in reader's case when it is in capitals: each word as `aliases` (the other forms of the actor)
 * write it in normal case, else capitalised like a name when it is a person's or a place's and no
 * acronym. A name not in capitals, or an organization's that the aliases do not spell out, is kept.
 */
export function inReadersCase(name: string, type: EntityType, aliases: Iterable<string>): string {
  if (!isInCapitals(name)) return name;
  const spelled = new Map<string, string>();
  for (const alias of aliases) {
    if (!/\p{Ll}/u.test(alias)) continue;
    for (const word of alias.split(/\s+/)) if (/\p{Ll}/u.test(word)) spelled.set(word.toLowerCase(), word);
  }
  const words = name.split(/(\s+)/);
  const recased = words.map((word, i) => {
    if (/^\s+$/.test(word) || !/\p{Lu}{2}/u.test(word)) return word;
    const known = spelled.get(word.toLowerCase());
    if (known) return known;
    if (type === 'organization' || (type === 'place' && words.length === 1 && isAcronym(word))) return null;
    if (i > 0 && ROMAN_NUMERAL.test(word)) return word;
    if (i > 0 && PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
    return capitalised(word);
  });
  if (recased.some(word => word === null)) return name;
  return recased.join('');
}

// A place of one word in capitals is an acronym when it is short or has no vowel ("UAE", "DPRK"); "TOKYO",
// "IRAN", "KYIV" are names. Persons' names and places of several words ("NEW YORK") are words.
function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length < 4 || !/[AEIOUY]/.test(letters);
}

// "REUTER" → "Reuter", "AL-ASSAD" → "Al-Assad", "O'BRIEN" → "O'Brien", "ST." → "St.": each run of
// letters with its first one in capitals.
function capitalised(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
