// Finds persons, organizations and places from compromise's tags, trimmed to the name itself.
import type { EntityType, Mention } from '../types';
import type { Sentence, Term } from '../text/parse';
import { actorKey } from '../actors/actor-key';
import { isTitleWord } from './titles';
import { linkSurnames } from './surnames';

const POSSESSIVE = /['’]s?$/;

export function recognizeEntities(text: string, sentences: Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    for (const run of typedRuns(sentence.terms)) {
      const mention = toMention(text, run.type, run.terms);
      if (mention) mentions.push(mention);
    }
  }
  return linkSurnames(text, sentences, mentions);
}

function entityType(term: Term): EntityType | null {
  if (term.tags.has('Person') && !term.tags.has('Honorific') && !term.tags.has('Pronoun')) return 'person';
  if (term.tags.has('Place')) return 'place';
  if (term.tags.has('Organization')) return 'organization';
  return null;
}

interface Run {
  type: EntityType;
  terms: Term[];
}

// Neighbouring terms of one type form one name unless punctuation or a possessive stands between them.
function typedRuns(terms: Term[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let previous: Term | null = null;
  for (const term of terms) {
    const type = entityType(term);
    const joined = current !== null && previous !== null && type === current.type
      && /^ +$/.test(previous.after) && !POSSESSIVE.test(previous.text);
    if (joined) current!.terms.push(term);
    else {
      current = type ? { type, terms: [term] } : null;
      if (current) runs.push(current);
    }
    previous = term;
  }
  return runs;
}

// "Russian Foreign Minister Sergei Lavrov": the demonym and the role are not the name. Only persons
// lose title words; in "Foreign Ministry" they belong to the organization's name.
function isLeadingModifier(type: EntityType, term: Term): boolean {
  return term.tags.has('Demonym') || (type === 'person' && isTitleWord(term.text));
}

function toMention(text: string, type: EntityType, terms: Term[]): Mention | null {
  let first = 0;
  while (first < terms.length && (isLeadingModifier(type, terms[first]))) first++;
  const kept = terms.slice(first);
  if (kept.length === 0) return null;
  const start = kept[0].start;
  const last = kept[kept.length - 1];
  let end = last.end - (POSSESSIVE.exec(last.text)?.[0].length ?? 0);
  // "Vladimir Gerdo/TASS": a slash joins a name to the agency of a photo credit.
  const slash = text.slice(start, end).indexOf('/');
  if (slash >= 0) end = start + slash;
  const name = text.slice(start, end);
  // A name has a capital letter and more than one character; lowercase hits are compromise guessing.
  if (end - start < 2 || !/\p{Lu}/u.test(name)) return null;
  return { start, end, text: name, type, actorKey: actorKey(type, name) };
}
