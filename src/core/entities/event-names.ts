// Competitions are named like places and people ("U.S. Open", "Greater Milwaukee Open", "Davis Cup",
// "CANADIAN OPEN"): under CoNLL's conventions the whole is an event's name (MISC), and no part of it is a
// person, an organization or a place.
import type { Span } from '../types';

// The words that end a competition's name, as written in prose or in capitals.
const EVENT_ENDS = /^(?:Open|Cup|Championships?|Classic|Invitational|Trophy|Prix|Marathon|Olympics)$/i;
// The event word right after a name, capitalised like it ("Davis Cup", "GREATER MILWAUKEE OPEN").
const EVENT_AFTER =
  /^[ \t]+(Open|Cup|Championships?|Classic|Invitational|Trophy|Grand[ \t]+Prix|Marathon)(?![\p{L}\p{N}])/iu;

/** Whether a name is a competition's or part of one: "U.S." of "U.S. Open", "CANADIAN OPEN" itself. */
export function isInEventName(text: string, name: Span): boolean {
  const words = name.text.split(/[ \t]+/);
  if (words.length > 1 && EVENT_ENDS.test(words[words.length - 1]) && sameCase(words[0], words[words.length - 1]))
    return true;
  const after = EVENT_AFTER.exec(text.slice(name.end, name.end + 20));
  return after !== null && sameCase(name.text, after[1]);
}

// "Davis Cup", "U.S. Open" and "MILWAUKEE OPEN" name a competition; "kept the door open" and "Milwaukee OPEN" do not.
function sameCase(name: string, eventWord: string): boolean {
  const inCapitals = (word: string) => word === word.toUpperCase();
  return /^\p{Lu}/u.test(eventWord) && (!inCapitals(eventWord) || inCapitals(name));
}
