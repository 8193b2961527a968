import * as assert from 'assert';
import { actorKey, normalizeName } from '../../../../src/core/actors/actor-key';

describe('actorKey', () => {
  it('ignores case, possessives, dots and accents', () => {
    assert.strictEqual(normalizeName('North Korea’s'), 'north-korea');
    assert.strictEqual(normalizeName('U.S.'), 'us');
    assert.strictEqual(normalizeName('Pyongyang'), normalizeName('PYONGYANG'));
    assert.strictEqual(normalizeName('Zürich'), 'zurich');
  });

  it('keeps letters of other scripts', () => {
    assert.strictEqual(normalizeName('Сергей Лавров'), 'сергей-лавров');
  });

  it('puts the type in front so a place and an organization never share a key', () => {
    assert.notStrictEqual(actorKey('place', 'Japan'), actorKey('organization', 'Japan'));
  });
});
