// Expressions relative to the article date: "yesterday", "this morning", "last week", "earlier this
// month", "next year", "two weeks ago".
import { dayFrom, monthFrom, weekFrom, yearFrom, type Reference } from '../reference';
import { found, type DateRule, type Found, type RuleContext } from './rule';
import { COUNT, PART_OF_DAY, countValue } from './words';

const DAY_WORDS =
  /(?<![\w-])(?:(the day before yesterday|the day after tomorrow)|(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|this\s+(morning|afternoon|evening)|(last)\s+(night))(?![\w-])/gi;

const CALENDAR_UNIT =
  /(?<![\w-])(?:(?:(earlier|later)\s+)?(this|last|next)\s+|(earlier|later)\s+in\s+the\s+|the\s+(previous|following)\s+)(week|weekend|month|year|decade)(?![\w-])/gi;
const THE_WEEKEND = /(?<![\w-])(?:at\s+|over\s+)?the\s+weekend(?![\w-])/gi;

const AGO = new RegExp(
  `(?<![\\w-])(?:(?:more than|less than|nearly|almost|about|around|some|just|exactly|only|over)\\s+)?(${COUNT})\\s+` +
    '(minute|hour|day|week|month|year|decade)s?\\s+ago(?![\\w-])',
  'gi',
);

const OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1, previous: -1, following: 1 };

export const findRelativeDates: DateRule = context => [
  ...dayWords(context.text, context.reference),
  ...calendarUnits(context),
  ...agos(context.text, context.reference),
];

function dayWords(text: string, reference: Reference): Found[] {
  const dates: Found[] = [];
  for (const match of text.matchAll(DAY_WORDS)) {
    const [phrase, twoDays, word, wordPart, thisPart, nightWord, night] = match;
    const start = match.index!;
    if (twoDays) {
      dates.push(found(start, phrase, dayFrom(reference, /before/i.test(twoDays) ? -2 : 2), 'day'));
      continue;
    }
    const name = (word ?? nightWord ?? 'today').toLowerCase();
    const offset = name === 'yesterday' || name === 'last' ? -1 : name === 'tomorrow' ? 1 : 0;
    const part = (wordPart ?? thisPart ?? night ?? (name === 'tonight' ? 'night' : ''))?.toLowerCase();
    const day = dayFrom(reference, offset);
    dates.push(part ? found(start, phrase, `${day}T${PART_OF_DAY[part]}`, 'time') : found(start, phrase, day, 'day'));
  }
  return dates;
}

function calendarUnits({ text, reference, tenseAt }: RuleContext): Found[] {
  const dates: Found[] = [];
  for (const match of text.matchAll(CALENDAR_UNIT)) {
    const [phrase, , which, inThe, anaphoric, unitWord] = match;
    const unit = unitWord.toLowerCase();
    const offset = OFFSETS[(which ?? anaphoric ?? 'this').toLowerCase()] ?? 0;
    const start = match.index!;
    if (inThe && unit === 'weekend') continue;
    dates.push(unitValue(reference, unit, offset, start, phrase));
  }
  for (const match of text.matchAll(THE_WEEKEND)) {
    const start = match.index! + match[0].length - 'the weekend'.length;
    // A weekend said of the past is the last one; otherwise the one coming.
    const offset = tenseAt(start, match.index! + match[0].length) === 'future' ? 0 : -1;
    dates.push(
      found(start, text.slice(start, match.index! + match[0].length), `${weekFrom(reference, offset)}-WE`, 'week'),
    );
  }
  return dates;
}

function unitValue(reference: Reference, unit: string, offset: number, start: number, phrase: string): Found {
  switch (unit) {
    case 'week':
      return found(start, phrase, weekFrom(reference, offset), 'week');
    case 'weekend':
      return found(start, phrase, `${weekFrom(reference, offset)}-WE`, 'week');
    case 'month':
      return found(start, phrase, monthFrom(reference, offset), 'month');
    case 'decade':
      return found(start, phrase, decadeFrom(reference, offset), 'decade');
    default:
      return found(start, phrase, yearFrom(reference, offset), 'year');
  }
}

function decadeFrom(reference: Reference, offset: number): string {
  return reference.year === null ? 'XXX' : String(Math.floor(reference.year / 10) + offset);
}

function agos(text: string, reference: Reference): Found[] {
  const dates: Found[] = [];
  for (const match of text.matchAll(AGO)) {
    const count = countValue(match[1]);
    const unit = match[2].toLowerCase();
    const start = match.index!;
    if (count === 'X') {
      dates.push(found(start, match[0], 'PAST_REF', 'reference'));
      continue;
    }
    const n = Math.round(count);
    switch (unit) {
      case 'minute':
      case 'hour':
        dates.push(found(start, match[0], dayFrom(reference, 0), 'day'));
        break;
      case 'day':
        dates.push(found(start, match[0], dayFrom(reference, -n), 'day'));
        break;
      case 'week':
        dates.push(found(start, match[0], weekFrom(reference, -n), 'week'));
        break;
      case 'month':
        dates.push(found(start, match[0], monthFrom(reference, -n), 'month'));
        break;
      case 'year':
        dates.push(found(start, match[0], yearFrom(reference, -n), 'year'));
        break;
      default:
        dates.push(found(start, match[0], decadeFrom(reference, -n), 'decade'));
    }
  }
  return dates;
}
