import * as assert from 'assert';
import { eastAsianNames } from '../../../../src/core/entities/east-asian-names';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('eastAsianNames', () => {
  it('reads a family name before a hyphenated given name, with an English first name read before it', () => {
    const text = 'Led by Jun Tae-hwan, the unit grew, lawmaker Gary Chan Wai-kit said, and Ho Siu-lun agreed.';
    const found = eastAsianNames(text, [mention(text, 'Gary Chan')]);
    assert.deepStrictEqual(read(text, found), ['Jun Tae-hwan:person', 'Gary Chan Wai-kit:person', 'Ho Siu-lun:person']);
  });

  it('leaves a name read whole, English words joined by a hyphen, and a word no family name', () => {
    const text = 'Mable Chan Mei-ling spoke; a Song Well-known, the Bold Tae-hwan and Kim Jong-il.';
    const found = eastAsianNames(text, [mention(text, 'Mable Chan Mei-ling')]);
    assert.deepStrictEqual(read(text, found), ['Kim Jong-il:person']);
  });
});
