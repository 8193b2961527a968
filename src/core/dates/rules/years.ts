// Years ("in 2005", "1950-1953" as two years, "early '09"), decades ("the 1990s") and centuries.
import { found, type DateRule, type Found } from './rule';
import { yearValue } from './words';

// A four-digit year, not part of a longer number, an amount, a code or a measure ("4,475", "$2012",
// "Resolution 2397", "1950 km").
const YEAR =
  /(?<![\d.,$€£#/:-]|[-–]\s|\d\s)\b(1\d\d\d|20\d\d)\b(?![\d.,:/]\d|\s*(?:%|percent|per cent|km|kilomet|metres|meters|miles|feet|ft|people|troops|soldiers|tons?|tonnes|dollars|euros|pounds|yuan|rubles|roubles|votes|points|units|cases|deaths|[-–]\s*(?:year|day|month|week)))/g;
// "1950-1953", "2008-09", "1995 - 99": the second year of a range.
const RANGE_END = /^\s*[-–]\s*(\d{4}|\d{2})(?![\d.,:/]\d|\d)/;
const CODE_BEFORE =
  /\b(?:No\.?|Nos\.?|number|Resolution|resolution|Flight|flight|Route|Highway|Interstate|Article|Section|Chapter|Room|Boeing|Airbus|Model|model|Type|Version|version|Lot|Bus|Code|CVE|ISO|Act)\s*[-–]?\s*$/;
// Years before the 1900s are rarer than other four-digit numbers; they need a word that makes them years.
const OLD_YEAR_CONTEXT =
  /\b(?:in|since|from|until|till|of|by|before|after|between|and|to|year|early|late|mid|around|circa|c\.)\s+$/i;
const APOSTROPHE_YEAR =
  /(?<=\b(?:[Ii]n|[Ss]ince|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil|[Bb]y|[Cc]lass of)\s+)['’](\d{2})(?![\w'’-])/g;
const DECADE = /(?<![\w-])(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:(1\d|20)(\d)0['’]?s|['’](\d)0s)(?![\w-])/gi;
const CENTURY = /(?<![\w-])(?:the\s+)?(?:(?:early|late|mid)[- ])?(1\d|2[01])(?:st|nd|rd|th)[- ]century(?![\w-])/gi;

export const findYears: DateRule = ({ text }) => [
  ...years(text),
  ...apostropheYears(text),
  ...decades(text),
  ...centuries(text),
];

function years(text: string): Found[] {
  const dates: Found[] = [];
  for (const match of text.matchAll(YEAR)) {
    const start = match.index!;
    const before = text.slice(Math.max(0, start - 20), start);
    if (CODE_BEFORE.test(before)) continue;
    if (Number(match[1]) < 1900 && !OLD_YEAR_CONTEXT.test(before)) continue;
    dates.push(found(start, match[1], match[1], 'year'));
    const range = RANGE_END.exec(text.slice(start + 4));
    if (!range) continue;
    const end = yearOfRangeEnd(Number(match[1]), range[1]);
    if (end === null) continue;
    const rangeStart = start + 4 + range[0].length - range[1].length;
    dates.push(found(rangeStart, range[1], String(end), 'year'));
  }
  return dates;
}

function yearOfRangeEnd(first: number, digits: string): number | null {
  const end = digits.length === 4 ? Number(digits) : Math.floor(first / 100) * 100 + Number(digits);
  // "1950-1953" and "2008-09" are ranges; "2017-12" is a month and "2003-1" nothing we know.
  return end > first && end - first <= 100 && !(digits.length === 2 && end - first > 20) ? end : null;
}

function apostropheYears(text: string): Found[] {
  return [...text.matchAll(APOSTROPHE_YEAR)].map(match =>
    found(match.index!, match[0], String(yearValue(match[1])), 'year'),
  );
}

function decades(text: string): Found[] {
  return [...text.matchAll(DECADE)].map(match => {
    const value = match[3] !== undefined ? `19${match[3]}` : `${match[1]}${match[2]}`;
    return found(match.index!, match[0], value, 'decade');
  });
}

function centuries(text: string): Found[] {
  return [...text.matchAll(CENTURY)].map(match =>
    found(match.index!, match[0], String(Number(match[1]) - 1).padStart(2, '0'), 'century'),
  );
}
