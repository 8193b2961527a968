import * as assert from 'assert';
import { withNicknames } from '../../../../src/core/entities/nicknames';
import { actorKey } from '../../../../src/core/actors/actor-key';
import type { EntityType } from '../../../../src/core/types';

// Sentences written here for these tests (no test set's text).
function mention(text: string, name: string, type: EntityType = 'person', from = 0) {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type, actorKey: actorKey(type, name), score: 0.8 };
}

const read = (text: string, found: ReturnType<typeof withNicknames>) => {
  for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  return found.map(m => `${m.text}:${m.type}`);
};

describe('withNicknames', () => {
  it('reads a name with a nickname in quotes of any kind as one person, keyed by the name without it', () => {
    const text =
      'Mob boss Vincent "The Chin" Gigante died. Prosecutors named Salvatore “Sammy the Bull” Gravano. ' +
      "Mark `` Deep Throat '' Felt was 95.";
    const found = withNicknames(text, [
      mention(text, 'Vincent'),
      mention(text, 'Gigante'),
      mention(text, 'Salvatore'),
      mention(text, 'Mark'),
      mention(text, 'Felt'),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Vincent "The Chin" Gigante:person',
      'Salvatore “Sammy the Bull” Gravano:person',
      "Mark `` Deep Throat '' Felt:person",
    ]);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Vincent Gigante'));
  });

  it('leaves a title in quotes between names and words, and quotes where no person was read', () => {
    const text = "Gary Ross 'Catching Fire' Negotiations Continue. Critics called 'Red Dawn' Hollywood's worst.";
    const mentions = [mention(text, 'Gary Ross'), mention(text, 'Hollywood', 'place')];
    assert.deepStrictEqual(read(text, withNicknames(text, [...mentions])), ['Gary Ross:person', 'Hollywood:place']);
  });
});
