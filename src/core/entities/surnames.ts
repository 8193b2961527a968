// Links a bare surname ("Lavrov") to the full name seen in the same article ("Sergei Lavrov").
import type { Mention } from '../types';
import type { Sentence } from '../text/parse';
import { normalizeName } from '../actors/actor-key';

const POSSESSIVE = /['’]s?$/;

export function linkSurnames(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.type !== 'person' || words.length < 2) continue;
    const surname = normalizeName(words[words.length - 1]);
    if (!fullNamesBySurname.has(surname)) fullNamesBySurname.set(surname, new Set());
    fullNamesBySurname.get(surname)!.add(m.actorKey);
  }
  // Two different people with one surname in an article: linking either would be a guess.
  const personFor = (word: string): string | undefined => {
    const candidates = fullNamesBySurname.get(normalizeName(word));
    return candidates?.size === 1 ? [...candidates][0] : undefined;
  };
  const linked = mentions.map(m => {
    const key = m.type === 'person' && !/\s/.test(m.text) ? personFor(m.text) : undefined;
    return key ? { ...m, actorKey: key } : m;
  });
  return [...linked, ...unseenSurnames(text, sentences, linked, personFor)].sort((a, b) => a.start - b.start);
}

// compromise does not know most foreign surnames, so once the full name has introduced one,
// the same capitalised word on its own is that person too.
function unseenSurnames(text: string, sentences: Sentence[], mentions: Mention[], personFor: (word: string) => string | undefined): Mention[] {
  const found: Mention[] = [];
  for (const term of sentences.flatMap(s => s.terms)) {
    if (!/^\p{Lu}/u.test(term.text) || mentions.some(m => m.start < term.end && term.start < m.end)) continue;
    const end = term.end - (POSSESSIVE.exec(term.text)?.[0].length ?? 0);
    const word = text.slice(term.start, end);
    const actorKey = personFor(word);
    if (actorKey) found.push({ start: term.start, end, text: word, type: 'person', actorKey });
  }
  return found;
}
