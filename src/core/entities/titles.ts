// Role and title words that precede a name in news ("Foreign Minister Sergei Lavrov") but are not part of it.

const TITLE_WORDS = new Set([
  'adviser', 'advisor', 'ambassador', 'admiral', 'army', 'captain', 'chairman', 'chairwoman', 'chancellor',
  'chief', 'colonel', 'commander', 'congressman', 'congresswoman', 'deputy', 'diplomat', 'director',
  'dr', 'envoy', 'foreign', 'former', 'general', 'gen', 'governor', 'judge', 'justice', 'king', 'leader',
  'lieutenant', 'lt', 'mayor', 'minister', 'mr', 'mrs', 'ms', 'national', 'officer', 'pope', 'premier',
  'president', 'prime', 'prince', 'princess', 'prof', 'professor', 'queen', 'rep', 'representative',
  'secretary', 'security', 'sen', 'senator', 'sergeant', 'sgt', 'speaker', 'spokesman', 'spokeswoman',
  'vice', 'defense', 'defence', 'interior', 'finance', 'state', 'staff', 'mp',
]);

/** True for a word that names a role rather than a person ("Minister", "Gen.", "Deputy"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}
