// Durations: "four-day visit" (P4D), "three years" (P3Y), "almost seven hours" (PT7H), "for weeks" (PXW).
import { found, type DateRule, type Found } from './rule';
import { COUNT, countValue } from './words';

// "over" and "under" are left out: in "held over five days" the word is a preposition, not "more than".
const MODIFIER =
  '(?:(?:more than|less than|fewer than|nearly|almost|about|around|some|at least|up to|just over|just under|roughly|approximately|only|just)\\s+)?';
const UNIT = '(second|minute|hour|day|week|month|year|decade|century|centuries)';
const SPAN = '(?:the\\s+(?:past|last|next|coming|previous|following|first|final)\\s+)?';

// An age ("the 33-year-old suspect") is not a length of time the story talks about.
const COUNTED = new RegExp(
  `(?<![\\w$£€-])${MODIFIER}${SPAN}(${COUNT})(?:\\s*[-–]\\s*|\\s+)${UNIT}s?(?![\\w-]|\\s*[-–]?\\s*old\\b)`,
  'gi',
);
const THE_PAST_UNIT = /(?<![\w-])the\s+(?:past|coming)\s+(day|week|month|year|decade)(?![\w-])/gi;
const HALF = /(?<![\w-])(?:half\s+an?\s+|(?<=\ba\s+)half[- ])(hour|day|year|century)(?![\w-])/gi;
const HALF_VALUES: Record<string, string> = { hour: 'PT30M', day: 'PT12H', year: 'P6M', century: 'P50Y' };
const LONG = /(?<![\w-])(day|week|month|year)[- ]?long(?![\w-])/gi;
// Plural units without a count need a word that makes them a length of time: "for years", "hours after".
const BARE_PLURAL =
  /(?<![\w-])(?:(?<=\b(?:[Ff]or|[Ww]ithin|[Aa]fter|[Ii]n|[Oo]ver|[Oo]f)\s+)(seconds|minutes|hours|days|weeks|months|years|decades)|(?<!\bthe\s+)(seconds|minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|later|before|earlier|of)\b))(?![\w-])/g;

// "once a year", "$200 a day", "2 million barrels a year" are frequencies and rates, not lengths of time.
const RATE_BEFORE =
  /(?:\b(?:once|twice|thrice|times|per)|\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|trillion|thousand|hundred))?(?:\s+[a-z]+){0,2})\s+$/i;
const NOT_RATE_AFTER = /^\s+(?:after|before|later|earlier|ago|from|since)\b/i;
const DURATION_PREPOSITION_BEFORE =
  /\b(?:for|in|within|over|after|than|of|by|nearly|almost|about|around|only|just)\s+$/i;
// "the Six-Day War", "the Thirty Years' War": a duration in a name is part of the name.
const NAME_AFTER = /^['’]?\s+[A-Z]/;

const UNIT_CODES: Record<string, string> = {
  second: 'TS',
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
  centuries: 'CE',
};

export const findDurations: DateRule = ({ text }) => {
  const dates: Found[] = [];
  for (const match of text.matchAll(COUNTED)) {
    const [phrase, countWord, unit] = match;
    const start = match.index!;
    const after = text.slice(start + phrase.length, start + phrase.length + 20);
    const count = countValue(countWord);
    if (count === 0) continue;
    if (/^an?$/i.test(countWord) && isRate(text.slice(Math.max(0, start - 40), start), after)) continue;
    // "a second victory" is an ordinal, not a second of time.
    if (/^an?$/i.test(countWord) && /^second$/i.test(unit)) continue;
    if (/^[A-Z]/.test(countWord) && /^[A-Z]/.test(unit) && NAME_AFTER.test(after)) continue;
    dates.push(found(start, phrase, durationValue(count, unit), 'duration'));
  }
  for (const match of text.matchAll(THE_PAST_UNIT))
    dates.push(found(match.index!, match[0], durationValue(1, match[1]), 'duration'));
  for (const match of text.matchAll(HALF))
    dates.push(found(match.index!, match[0], HALF_VALUES[match[1].toLowerCase()], 'duration'));
  for (const match of text.matchAll(LONG))
    dates.push(found(match.index!, match[0], durationValue(1, match[1]), 'duration'));
  for (const match of text.matchAll(BARE_PLURAL)) {
    const unit = (match[1] ?? match[2]).replace(/s$/, '');
    dates.push(found(match.index!, match[0], durationValue('X', unit), 'duration'));
  }
  return dates;
};

function isRate(before: string, after: string): boolean {
  return RATE_BEFORE.test(before) && !DURATION_PREPOSITION_BEFORE.test(before) && !NOT_RATE_AFTER.test(after);
}

function durationValue(count: number | 'X', unitWord: string): string {
  const code = UNIT_CODES[unitWord.toLowerCase()];
  const time = code.startsWith('T');
  return `P${time ? 'T' : ''}${count}${time ? code.slice(1) : code}`;
}
