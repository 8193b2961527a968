// Clock times ("2:09 a.m.", "10:00 am (0800 GMT)", "noon"), placed on the article date until a weekday
// or date beside them says otherwise (find-dates joins "10:24 a.m. Friday").
import { pad2 } from '../calendar';
import { dayFrom } from '../reference';
import { found, type DateRule, type Found } from './rule';

const ZONE = '(?:\\s+(?:local\\s+time|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|MSK|JST|KST|ET|PT))?';
const TWELVE_HOUR = new RegExp(
  `(?<![\\w:.,])(\\d{1,2})(?:[:.]\\s?(\\d{2}))?\\s*(?:([ap])\\.?\\s?m\\b\\.?)${ZONE}`,
  'gi',
);
// A 24-hour time needs a time zone or a preposition of time; "with 7:41 to go" is a game clock.
const TWENTY_FOUR_HOUR = new RegExp(
  `(?<![\\w:.,])(?:(?<=\\b(?:at|from|until|till|by|between|and|after|before)\\s+)(\\d{1,2}):(\\d{2})${ZONE}|(\\d{1,2}):?(\\d{2})(?=\\s+(?:GMT|UTC)\\b)${ZONE})(?![\\w:])`,
  'g',
);
const NOON = /(?<=\b(?:at|around|about|after|before|until|by|past|near)\s+)(noon|midnight|midday)(?![\w-])/gi;

export const findClockTimes: DateRule = ({ text, reference }) => {
  const day = dayFrom(reference, 0);
  const dates: Found[] = [];
  for (const match of text.matchAll(TWELVE_HOUR)) {
    let hour = Number(match[1]);
    const minute = match[2] ? Number(match[2]) : 0;
    if (hour < 1 || hour > 12 || minute > 59) continue;
    if (match[3].toLowerCase() === 'p' && hour < 12) hour += 12;
    if (match[3].toLowerCase() === 'a' && hour === 12) hour = 0;
    dates.push(found(match.index!, match[0], `${day}T${pad2(hour)}:${pad2(minute)}`, 'time'));
  }
  for (const match of text.matchAll(TWENTY_FOUR_HOUR)) {
    const hour = Number(match[1] ?? match[3]);
    const minute = Number(match[2] ?? match[4]);
    if (hour > 23 || minute > 59) continue;
    dates.push(found(match.index!, match[0], `${day}T${pad2(hour)}:${pad2(minute)}`, 'time'));
  }
  for (const match of text.matchAll(NOON)) {
    const time = match[1].toLowerCase() === 'midnight' ? '24:00' : '12:00';
    dates.push(found(match.index!, match[0], `${day}T${time}`, 'time'));
  }
  return dates;
};
