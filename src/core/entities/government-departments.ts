// A government department named by its short name before a plural that shares the head word ("the Interior
// and Commerce departments", "Interior and Commerce secretaries") or before its officials ("Interior
// officials said"): each short name is the department, an organization. "Interior Secretary Ken Salazar"
// is a title, and "the Interior Department" a name the head word already makes.
import type { Span } from '../types';

// The short names of the United States' executive departments, the longer first.
const DEPARTMENTS = [
  'Health and Human Services',
  'Housing and Urban Development',
  'Homeland Security',
  'Veterans Affairs',
  'Transportation',
  'Agriculture',
  'Education',
  'Commerce',
  'Interior',
  'Treasury',
  'Justice',
  'Defense',
  'Energy',
  'Labor',
  'State',
];
const NAME = `(?:${DEPARTMENTS.join('|')})`;

/** Whether a word is a department's short name ("Interior", "Treasury"). */
export function isDepartmentShortName(word: string): boolean {
  return DEPARTMENTS.includes(word);
}
const JOINED = `${NAME}(?:(?:,[ \\t]+|,?[ \\t]+and[ \\t]+)${NAME})+`;
// "Interior and Commerce departments": two or more short names before a plural head.
const COORDINATED = new RegExp(
  `(?<![\\p{L}-])${JOINED}(?=[ \\t]+(?:[Dd]epartments|[Ss]ecretaries|[Aa]gencies)\\b)`,
  'gu',
);
// "said Interior officials": one short name before its officials after a word in lower case, not opening a
// sentence ("Energy officials said" may be anyone's), not "State officials" (a state's) and not the end of a
// longer name ("Department of Energy officials", "Duke Energy officials").
const OFFICIALS = new RegExp(
  `(?<=(?:(?<![\\p{L}'’-])(?<!of[ \\t]+)(?!of[ \\t])\\p{Ll}+|,)[ \\t]+)(?!State\\b)${NAME}(?=[ \\t]+official(?:s|'s|s')?\\b)`,
  'gu',
);
const ONE = new RegExp(NAME, 'gu');

/** The departments named by their short names before a shared plural head or their officials. */
export function governmentDepartments(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(COORDINATED))
    for (const name of match[0].matchAll(ONE)) {
      const start = match.index + name.index;
      found.push({ start, end: start + name[0].length, text: name[0] });
    }
  for (const match of text.matchAll(OFFICIALS))
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return found.sort((a, b) => a.start - b.start);
}
