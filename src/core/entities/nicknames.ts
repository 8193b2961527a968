// A nickname in quotes inside a person's name is part of the name (Vincent "The Chin" Gigante, Mark `` Deep
// Throat '' Felt, Kimani (Kiki) Gray): CoNLL marks the whole as one person, where the tagger reads the halves apart or not at all.
import { actorKey } from '../actors/actor-key';
import { isCommonWord, isFirstName } from '../text/lexicon';
import { overlappingSorted } from '../text/spans';
import type { ScoredMention } from './learned/tag';
import { CONVENTION_SCORE } from './conventions';
import { countryOf, lookupName } from './gazetteer';

// A word of a name, or an initial ("W."): a word with a full stop after it ends a sentence ("to Tottenham.").
const WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]*(?:\.\p{Lu}\.?)*)`;
// One or two names, a nickname of a few words (no clause: no comma) in quotes of any kind (a wire's `` '' too) or a capitalised one
// in brackets ("Kimani (Kiki) Gray"), then the surname. A name starts after no character a name holds, or
// every dot of "A.A.A.…" would start a match that runs to the end of the dots again.
const NICKNAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])((?:${WORD}[ \t]+){0,1}${WORD})[ \t]+` +
    String.raw`(?:(?:\x60\x60|["“‘'\x60])[ \t]*(\p{L}[^"“”‘’'\x60\n,;!?]{0,30}?)[ \t]*(?:''|["”’'])|\((${WORD})\))` +
    String.raw`[ \t]+(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}\p{N}])`,
  'gu',
);

/** The mentions (in text order, never overlapping) with each nicknamed person's name read whole. */
export function withNicknames(text: string, mentions: readonly ScoredMention[]): ScoredMention[] {
  const dropped = new Set<ScoredMention>();
  const added: ScoredMention[] = [];
  for (const match of text.matchAll(NICKNAMED)) {
    const span = { start: match.index!, end: match.index! + match[0].length, text: match[0] };
    const over = overlappingSorted(mentions, span).map(i => mentions[i]);
    // A name read past its edges says it is something else.
    if (over.some(m => m.start < span.start || m.end > span.end)) continue;
    if (over.length === 1 && over[0].start === span.start && over[0].end === span.end) continue;
    // A title in quotes in a headline is followed by a word, not a surname ("Gary Ross 'Catching Fire'
    // Negotiations"): an everyday word after the quotes must have been read as the person.
    const surnameRead = over.some(m => m.type === 'person' && m.end === span.end);
    if (!surnameRead && isCommonWord(match[4].toLowerCase())) continue;
    // A place in brackets is where the person is from ("Inigo Larrazabal (Spain) Euskadi"), not a nickname.
    if (match[3] !== undefined && (countryOf(match[3]) !== undefined || lookupName(match[3])?.type === 'place'))
      continue;
    if (over.some(m => m.type === 'place' && match[3] !== undefined && m.text === match[3])) continue;
    // A person read in it, or a first name before the quotes, says it is a person's name.
    const person = over.find(m => m.type === 'person');
    if (!person && !isFirstName(match[1].split(/[ \t]+/)[0].toLowerCase())) continue;
    const whole: ScoredMention = {
      ...span,
      type: 'person',
      actorKey: actorKey('person', `${match[1]} ${match[4]}`),
      score: person?.score ?? CONVENTION_SCORE,
    };
    over.forEach(m => dropped.add(m));
    added.push(whole);
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter(m => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start);
}
