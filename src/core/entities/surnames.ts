// Joins the short forms of a person's name to the full name seen in the same article: a bare surname
// ("Lavrov"), and a name glued together by a careless layout ("MasahikoKomura").
import type { Mention } from '../types';
import type { TokenizedText } from '../text/tokenize';
import { normalizeName } from '../actors/actor-key';

/**
 * A mention before linking: untyped (no evidence yet) or typed by a weak guess; `guess` also when a person
 * only by the look of the words (a first name: "Red Sox", "Harry Winston").
 */
export type LinkCandidate = Mention & { untyped?: boolean; weak?: boolean; guess?: boolean };

/** A mention after linking; `guessed` when the rules' type is a guess (entities.ts reads it). */
export type LinkedMention = Mention & { guessed?: true };

const POSSESSIVE = /['’]s?$/;

export function linkPersons(doc: TokenizedText, mentions: LinkCandidate[]): LinkedMention[] {
  const fullNames = mentions.filter(m => m.type === 'person' && !m.untyped && /\s/.test(m.text));
  const bySurname = groupBy(fullNames, m => normalizeName(lastWord(m.text)));
  const byWholeName = groupBy(fullNames, m => normalizeName(m.text).replace(/-/g, ''));
  // Two different people with one surname in an article: linking either would be a guess.
  const personFor = (word: string): string | undefined => {
    const glued = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word);
    const keys = glued ? byWholeName.get(normalizeName(glued[1] + glued[2])) : bySurname.get(normalizeName(word));
    return keys?.size === 1 ? [...keys][0] : undefined;
  };
  const linked: LinkedMention[] = [];
  for (const m of mentions) {
    const single = !/\s/.test(m.text);
    const person = single && (m.untyped || m.weak || m.type === 'person') ? personFor(m.text) : undefined;
    // A word that is the surname of a full name in the article is that person, a guess no more.
    if (person) linked.push(plain({ ...m, type: 'person', actorKey: person, guess: false }));
    else if (!m.untyped) linked.push(plain(m));
  }
  linked.sort((a, b) => a.start - b.start);
  return [...linked, ...unseenSurnames(doc, linked, personFor)].sort((a, b) => a.start - b.start);
}

// A surname the candidates missed (lower-cased context, a quote before it) is still that person.
function unseenSurnames(
  doc: TokenizedText,
  mentions: Mention[],
  personFor: (word: string) => string | undefined,
): Mention[] {
  const found: Mention[] = [];
  // Mentions come sorted by start; walk them alongside the tokens to skip words already named.
  let next = 0;
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) continue;
    while (next < mentions.length && mentions[next].end <= token.start) next++;
    if (next < mentions.length && mentions[next].start < token.end) continue;
    const word = token.text.length > 2 ? token.text.replace(POSSESSIVE, '') : token.text;
    const actorKey = personFor(word);
    if (actorKey)
      found.push({ start: token.start, end: token.start + word.length, text: word, type: 'person', actorKey });
  }
  return found;
}

function plain({ start, end, text, type, actorKey, score, guess }: LinkCandidate): LinkedMention {
  const m: LinkedMention =
    score === undefined ? { start, end, text, type, actorKey } : { start, end, text, type, actorKey, score };
  if (guess) m.guessed = true;
  return m;
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1];
}

function groupBy(mentions: Mention[], key: (m: Mention) => string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const m of mentions) {
    const k = key(m);
    if (!groups.has(k)) groups.set(k, new Set());
    groups.get(k)!.add(m.actorKey);
  }
  return groups;
}
