// Capitalised words that name no person, organization or place, whatever the model made of them: days,
// months and faiths ("died early Monday", "On November 11", "a Roman Catholic priest", "Sunni militants").
import type { Span } from '../types';

const DAYS = 'monday tuesday wednesday thursday friday saturday sunday';
// "May", "April" and "June" are also names ("Theresa May said"); the others are months alone.
const MONTHS = 'january february march july august september october november december';
// A faith's adjective is MISC under CoNLL's conventions, as a nationality is ("Christian" is also a first name).
const FAITHS =
  'catholic catholics protestant protestants christians muslim muslims jewish jew jews hindu hindus ' +
  'buddhist buddhists sikh sikhs sunni sunnis shiite shiites shia evangelical evangelicals mormon mormons ' +
  'methodist baptist anglican lutheran presbyterian orthodox islamic islamist';
const NOT_NAMES = new Set(`${DAYS} ${MONTHS} ${FAITHS}`.split(' '));
// Words a faith's adjective may follow within it: "Roman Catholic", "Greek Orthodox", "Southern Baptist".
const FAITH_OPENERS = new Set(['roman', 'greek', 'russian', 'southern', 'ultra']);

/** Whether a name is a day, a month or a faith's word ("Friday", "November", "Roman Catholic"). */
export function isCommonName(name: Span): boolean {
  const words = name.text.toLowerCase().split(/[ \t]+/);
  const last = words[words.length - 1];
  if (!NOT_NAMES.has(last)) return false;
  return words.length === 1 || (words.length === 2 && FAITH_OPENERS.has(words[0]));
}
