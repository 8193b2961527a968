// Resolves "he" and "she" to the person named last before them whose first name does not say
// otherwise: the usual antecedent in news prose, and cheap enough for every clause.
import type { Mention } from '../types';
import type { Token } from '../text/tokenize';
import { tagsOf } from './words';
import { firstEndingAfter } from './sorted-spans';

/** The actor key "he" or "she" at `tokens[index]` most likely refers to, or null. */
export function antecedent(tokens: Token[], entities: Mention[], index: number): string | null {
  const pronoun = tokens[index]?.lower;
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  // Entities are sorted by start: walk back from the last one before the pronoun.
  for (let i = firstEndingAfter(entities, tokens[index].start) - 1; i >= 0; i--) {
    const entity = entities[i];
    if (entity.type === 'person' && genderOf(entity) !== (pronoun === 'he' ? 'female' : 'male')) return entity.actorKey;
  }
  return null;
}

function genderOf(person: Mention): 'male' | 'female' | null {
  const tags = tagsOf(person.text.split(/\s/, 1)[0].toLowerCase());
  if (tags.includes('FemaleName')) return 'female';
  return tags.includes('MaleName') ? 'male' : null;
}
