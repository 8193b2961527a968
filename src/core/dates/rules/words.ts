// The words time expressions are made of, as regular-expression sources, and how to read them.

export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// Abbreviations only stand for a month beside a day or a year ("Nov. 29", "Jan 2003"), never alone.
export const MONTH_ABBREVIATION = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
export const MONTH = `(?:${MONTH_NAME}|${MONTH_ABBREVIATION})`;
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** TIMEX3 parts of the day: `2017-12-08TNI` is Friday night. */
export const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** A count: digits, number words up to ninety-nine, "a"/"an", or a vague "several", "a few". */
export const COUNT =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|a hundred|hundreds of|a dozen|dozens of|a couple of|a few|few|several|many|some|a|an)';

/** The number a count stands for, or 'X' for a vague one ("several", "a few"). */
export function countValue(count: string): number | 'X' {
  const word = count.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  if (word === 'a hundred') return 100;
  if (word === 'a dozen') return 12;
  if (word === 'a couple of') return 2;
  const small = SMALL_NUMBERS.indexOf(word);
  if (small >= 0) return small;
  const [tens, unit] = word.split(/[- ]/);
  const tensIndex = TENS.indexOf(tens);
  if (tensIndex >= 2) return tensIndex * 10 + (unit ? SMALL_NUMBERS.indexOf(unit) : 0);
  return 'X';
}

/** 1 for "first", 2 for "second"…, or null. */
export function ordinalValue(word: string): number | null {
  const index = ORDINALS.indexOf(word.toLowerCase());
  if (index >= 0) return index + 1;
  const digits = /^(\d)(?:st|nd|rd|th)$/i.exec(word);
  return digits ? Number(digits[1]) : null;
}

/** A year written with four digits, or two after an apostrophe ("'09"). */
export function yearValue(digits: string): number {
  const clean = digits.replace(/^['’]/, '');
  if (clean.length === 4) return Number(clean);
  const two = Number(clean);
  // Two-digit years in current news are this century's unless that puts them well in the future.
  return two <= 40 ? 2000 + two : 1900 + two;
}
