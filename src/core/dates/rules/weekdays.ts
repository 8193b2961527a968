// Weekdays ("said Tuesday", "last Thursday", "Friday night"), placed before or after the article date by tense.
import { weekdayNumber } from '../calendar';
import { weekdayDirection, weekdayFrom, type WeekdayDirection } from '../reference';
import { found, type DateRule } from './rule';
import { PART_OF_DAY, WEEKDAY } from './words';

const WEEKDAY_PHRASE = new RegExp(
  `(?<![\\w-])(?:(last|next|this|coming|past|previous)\\s+)?(${WEEKDAY})(?:(['’]s)|\\s+(morning|afternoon|evening|night))?(?![\\w-])`,
  'gi',
);

// Named days and titles that contain a weekday: the newspaper, the holiday, the TV show.
const NAME_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Star|Sport|Journal|Tribune|Observer|Age|People|Sun|Night\s+Live|Morning\s+Herald|Business|Review|Edition|Magazine|Bloody)\b/;
const NAME_BEFORE =
  /\b(?:Bloody|Super|Black|Good|Ash|Cyber|Patch|Easter|Palm|Holy|Maundy|Giving|Mad|Blue|Manic|Casual|Freaky|Terrible|Fat|Shrove)\s+$/;

const DIRECTIONS: Record<string, WeekdayDirection> = {
  last: 'before',
  past: 'before',
  previous: 'before',
  next: 'after',
  coming: 'after',
};

export const findWeekdays: DateRule = ({ text, reference, tenseAt }) => {
  const dates = [];
  for (const match of text.matchAll(WEEKDAY_PHRASE)) {
    const [phrase, modifier, name, possessive, partOfDay] = match;
    const start = match.index!;
    // Weekday names are capitalised; "sunday" in lower case is not a date in edited copy.
    if (!/^[A-Z]/.test(name)) continue;
    if (NAME_AFTER.test(text.slice(start + phrase.length, start + phrase.length + 30))) continue;
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const weekday = weekdayNumber(name)!;
    const tense = tenseAt(start, start + phrase.length, { rightFirst: Boolean(possessive) });
    const direction = (modifier && DIRECTIONS[modifier.toLowerCase()]) || weekdayDirection(tense);
    const day = weekdayFrom(reference, weekday, direction);
    const value = partOfDay ? `${day}T${PART_OF_DAY[partOfDay.toLowerCase()]}` : day;
    dates.push(found(start, possessive ? phrase.slice(0, -2) : phrase, value, partOfDay ? 'time' : 'day'));
  }
  return dates;
};
