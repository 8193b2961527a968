// People who recur in the news (data/persons.json): their full names, and the short forms that name
// them alone ("Putin", "Xi") when no one else on the list shares them.
import persons from '../data/persons.json';
import { phraseKey } from './gazetteer';

const byFullName = new Map<string, string>();
const byShortForm = new Map<string, string | null>();

for (const entry of persons.persons) {
  const [fullName, ...explicit] = entry.split('|');
  byFullName.set(phraseKey(fullName), fullName);
  const words = fullName.split(' ').filter(w => !/^(?:Jr\.?|Sr\.?|[IVX]+)$/.test(w));
  for (const short of explicit.length ? explicit : [words[words.length - 1]]) {
    const key = phraseKey(short);
    // A short form two listed people share ("Kim", "Clinton") names neither of them for sure.
    byShortForm.set(key, byShortForm.has(key) && byShortForm.get(key) !== fullName ? null : fullName);
  }
}

/** The listed person a full name or short form stands for; null when it is shared; undefined when unknown. */
export function knownPerson(phrase: string): string | null | undefined {
  const key = phraseKey(phrase);
  return byFullName.get(key) ?? byShortForm.get(key);
}

/** The phrase is a listed person's full name ("Marine Le Pen"), whatever its first word means alone. */
export function isListedFullName(phrase: string): boolean {
  return byFullName.has(phraseKey(phrase));
}
