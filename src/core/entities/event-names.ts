// Competitions, awards and storms are named like places and people ("U.S. Open", "Davis Cup", "Academy
// Awards", "Emmy", "Hurricane Katrina", "CANADIAN OPEN"): under CoNLL's conventions the whole is an event's
// name (MISC), and no part of it is a person, an organization or a place.
import type { Span } from '../types';
import { isFirstName } from '../text/lexicon';
import { lookupName } from './gazetteer';

// The words that end a competition's or an award's name, as written in prose or in capitals.
const EVENT_WORDS =
  'Open|Cup|Championships?|Classic|Invitational|Trophy|Prix|Marathon|Olympics|Awards?|Prizes?|Festival|Bowl';
const EVENT_ENDS = new RegExp(`^(?:${EVENT_WORDS})$`, 'i');
// Words that end a competition's name only after a name: "Sheffield Shield", "Kenya Derby", "Belmont Stakes",
// "Casablanca Challenger"; alone, "Derby" is a town and its club.
const AFTER_NAME_WORDS = 'Shield|Derby|Stakes|Challenger';
const AFTER_NAME_END = new RegExp(`^(?:${AFTER_NAME_WORDS})$`, 'i');
// The event word right after a name, capitalised like it ("Davis Cup", "Academy Awards", "MILWAUKEE OPEN").
const EVENT_AFTER = new RegExp(
  `^[ \\t]+(${EVENT_WORDS}|${AFTER_NAME_WORDS}|Grand[ \\t]+Prix|Film[ \\t]+Festival)(?![\\p{L}\\p{N}])`,
  'iu',
);
// A word a headline capitalises between clauses, after which "Open" is a verb's ("Serena Williams Open To
// Return", "TRUMP OPEN TO TALKS").
const CLAUSE_WORD = /^[ \t]+(?:To|For|As|After|Over|With|On|In|At|Of|And|TO|FOR|AS|AFTER|OVER|WITH|ON|IN|AT|OF|AND)\b/;
// Awards named by one word ("won an Emmy", "the Oscars"); "Oscar" alone is also a first name.
const AWARDS = /^(?:Emmys?|Grammys?|Oscars|Tonys|Golden Globes?|BAFTAs?)$/;
// A storm's name follows its kind: "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Alberto".
const STORM = /^(?:Hurricane|Typhoon|Cyclone|(?:Tropical|Winter)[ \t]+Storm|Storm)[ \t]/;
const STORM_BEFORE = /(?:^|[^\p{L}])(?:Hurricane|Typhoon|Cyclone|Storm)[ \t]+$/u;
// A cycling tour named for its country ("Tour of Spain", "Tour de France").
const TOUR_BEFORE = /(?:^|[^\p{L}])(?:Tour|TOUR)[ \t]+(?:of|OF|de|DE|du|DU)[ \t]+(?:the[ \t]+)?$/u;

/**
 * Whether a name is an event's or part of one: "U.S." of "U.S. Open", "Emmy", "Hurricane Katrina", "Spain" of
 * "Tour of Spain".
 */
export function isInEventName(text: string, name: Span): boolean {
  const words = name.text.split(/[ \t]+/);
  const last = words[words.length - 1];
  if (AWARDS.test(name.text) || STORM.test(name.text) || (words.length === 1 && EVENT_ENDS.test(last))) return true;
  const before = text.slice(Math.max(0, name.start - 20), name.start);
  if (STORM_BEFORE.test(before) || TOUR_BEFORE.test(before)) return true;
  // A bowl where a game is played is a venue ("played at the Rose Bowl"); one a team is bid to, a game.
  if (/(?:^|[^\p{L}])[Aa]t[ \t]+(?:the[ \t]+)?$/u.test(before) && /(?:^|[ \t])Bowl$/.test(name.text)) return false;
  const rest = text.slice(name.end, name.end + 30);
  // A rally or a race named for its two towns ("the Paris-Dakar rally").
  if (/^\p{Lu}\p{L}+-\p{Lu}\p{L}+$/u.test(name.text) && /^[ \t]+(?:rally|race)(?![\p{L}])/u.test(rest)) return true;
  // A body's name may end in such a word after "of" ("Caisse de Stabilisation et de Soutien des Prix"); an event's
  // does not.
  const ofIt = words.length > 2 && /^(?:of|de|des|du|del|della|dos|das)$/.test(words[words.length - 2]);
  if (words.length > 1 && EVENT_ENDS.test(last) && sameCase(words[0], last) && !ofIt) return true;
  if (words.length > 1 && AFTER_NAME_END.test(last) && sameCase(words[0], last) && isCompetitionAfter(words[0], rest))
    return true;
  const after = EVENT_AFTER.exec(rest);
  if (after === null || !sameCase(name.text, after[1]) || CLAUSE_WORD.test(rest.slice(after[0].length))) return false;
  return !AFTER_NAME_END.test(after[1]) || isCompetitionAfter(words[0], rest.slice(after[0].length));
}

// "Shield", "Derby", "Stakes" and "Challenger" end a competition's name only after a name that opens with no
// first name ("Brooke Shield", "Mark Stakes"; a town named like one counts: "Sheffield Shield") and before no
// capitalised word (a headline's: "China Stakes Claim", "Putin Challenger Barred").
function isCompetitionAfter(firstWord: string, rest: string): boolean {
  const person = isFirstName(firstWord.toLowerCase()) && lookupName(firstWord)?.type !== 'place';
  return !person && !/^[ \t]+\p{Lu}/u.test(rest);
}

// "Davis Cup", "U.S. Open" and "MILWAUKEE OPEN" name a competition; "kept the door open" and "Milwaukee OPEN" do not.
function sameCase(name: string, eventWord: string): boolean {
  const inCapitals = (word: string) => word === word.toUpperCase();
  return /^\p{Lu}/u.test(eventWord) && (!inCapitals(eventWord) || inCapitals(name));
}
