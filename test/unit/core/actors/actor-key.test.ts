import * as assert from 'assert';
import { actorKey, normalizeName, personKeyName } from '../../../../src/core/actors/actor-key';

describe('actorKey', () => {
  it('ignores case, possessives, dots and accents', () => {
    assert.strictEqual(normalizeName('North Korea’s'), 'north-korea');
    assert.strictEqual(normalizeName('U.S.'), 'us');
    assert.strictEqual(normalizeName('Pyongyang'), normalizeName('PYONGYANG'));
    assert.strictEqual(normalizeName('Zürich'), 'zurich');
    assert.strictEqual(normalizeName('Zu\u0308rich'), 'zurich');
    assert.strictEqual(normalizeName("Moody's"), 'moody');
    assert.strictEqual(normalizeName(' Kim  Jong-un\t'), 'kim-jong-un');
  });

  it('keeps letters of other scripts', () => {
    assert.strictEqual(normalizeName('Сергей Лавров'), 'сергей-лавров');
  });

  it('puts the type in front so a place and an organization never share a key', () => {
    assert.notStrictEqual(actorKey('place', 'Japan'), actorKey('organization', 'Japan'));
  });
});

describe('actorKey for persons', () => {
  it('spells transliteration variants of Russian names one way', () => {
    assert.strictEqual(actorKey('person', 'Sergey Lavrov'), actorKey('person', 'Sergei Lavrov'));
    assert.strictEqual(actorKey('person', 'Aleksei Navalny'), actorKey('person', 'Alexei Navalny'));
    assert.strictEqual(actorKey('person', 'Dmitriy Peskov'), actorKey('person', 'Dmitry Peskov'));
    assert.strictEqual(actorKey('person', 'Sergei Lavrov'), 'person:sergei-lavrov');
  });

  it('leaves places and organizations as written', () => {
    assert.strictEqual(actorKey('place', 'Kentucky'), 'place:kentucky');
  });
});

describe('actorKey for places and organizations', () => {
  it('spells British and American forms of name words one way', () => {
    assert.strictEqual(actorKey('place', 'Promises Treatment Centre'), actorKey('place', 'Promises Treatment Center'));
    assert.strictEqual(actorKey('organization', 'Ministry of Defence'), 'organization:ministry-of-defense');
  });

  it('gives the name part of a person key, and nothing for an organization or a place', () => {
    assert.strictEqual(personKeyName(actorKey('person', 'Sergey Lavrov')), 'sergei-lavrov');
    assert.strictEqual(personKeyName(actorKey('organization', 'Person Inc')), null);
    assert.strictEqual(personKeyName(actorKey('place', 'Tokyo')), null);
  });
});
