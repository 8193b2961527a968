// Vague references to the past, present or future: "recently", "now", "currently", "the coming weeks".
import { found, type DateRule, type Found } from './rule';

// The preposition stays outside the extent, as TimeML wants: "in the past" is tagged "the past".
const AFTER_IN = '(?<=\\b[Ii]n\\s+)';

const REFERENCES: [RegExp, string][] = [
  [
    new RegExp(
      `(?<![\\w-])(?:recently|lately|previously|formerly|${AFTER_IN}(?:the past|recent (?:days|weeks|months|years|decades)|years past))(?![\\w-])`,
      'gi',
    ),
    'PAST_REF',
  ],
  [/(?<![\w-])(?:now|currently|at present|presently|at the moment|nowadays|these days)(?![\w-])/gi, 'PRESENT_REF'],
  [
    new RegExp(
      `(?<![\\w-])(?:soon|${AFTER_IN}(?:the (?:near )?future|the coming (?:days|weeks|months|years)|the (?:days|weeks|months|years) ahead))(?![\\w-])`,
      'gi',
    ),
    'FUTURE_REF',
  ],
];

export const findReferences: DateRule = ({ text }) => {
  const dates: Found[] = [];
  for (const [pattern, value] of REFERENCES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      if (isConjunctionNow(text, start)) continue;
      dates.push(found(start, match[0], value, 'reference'));
    }
  }
  return dates;
};

// "Now that …" is a conjunction and a sentence-opening "Now, …" a discourse marker, not a time.
function isConjunctionNow(text: string, start: number): boolean {
  const word = text.slice(start, start + 12);
  if (/^now\s+that\b/i.test(word)) return true;
  return /^now,/i.test(word) && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start));
}
