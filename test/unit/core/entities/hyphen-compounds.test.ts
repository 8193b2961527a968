import * as assert from 'assert';
import { namePairs, unreadCompounds, withoutParticiple } from '../../../../src/core/entities/hyphen-compounds';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('withoutParticiple', () => {
  it('reads the name before a hyphen’s participle, a place where something is based or born', () => {
    const text = 'The Kerrisdale-based firm, a Hamas-run ministry and a Carvell-led group met.';
    const based = withoutParticiple(mention(text, 'Kerrisdale-based', 'organization'));
    assert.deepStrictEqual(read(text, based), ['Kerrisdale:place']);
    const run = withoutParticiple(mention(text, 'Hamas-run', 'place'));
    assert.deepStrictEqual(read(text, run), ['Hamas:organization']);
    const led = withoutParticiple(mention(text, 'Carvell-led', 'person'));
    assert.deepStrictEqual(read(text, led), ['Carvell:person']);
    // A place's name that is also a first name: where one is based is a place.
    const town = 'Sydney-based Kelmo said so.';
    assert.deepStrictEqual(read(town, withoutParticiple(mention(town, 'Sydney-based', 'person'))), ['Sydney:place']);
    assert.deepStrictEqual(read(town, unreadCompounds(town, [])), ['Sydney:place']);
    // Raised or bred by someone, perhaps.
    const raised = 'The Clinton-raised funds were returned.';
    assert.deepStrictEqual(read(raised, withoutParticiple(mention(raised, 'Clinton-raised', 'person'))), [
      'Clinton:person',
    ]);
  });

  it('splits a compound that opens a longer name off it, and reads a known person that owns a thing', () => {
    const text = 'The Peshawar-based Afghan Islamic Press and the Bezos-owned Washington Post reported it.';
    const press = withoutParticiple(mention(text, 'Peshawar-based Afghan Islamic Press', 'organization'));
    assert.deepStrictEqual(read(text, press), ['Peshawar:place', 'Afghan Islamic Press:organization']);
    const post = withoutParticiple(mention(text, 'Bezos-owned Washington Post', 'organization'));
    assert.deepStrictEqual(read(text, post), ['Bezos:person', 'Washington Post:organization']);
    const state = 'State-run Xinhua News Agency said so.';
    const xinhua = withoutParticiple(mention(state, 'State-run Xinhua News Agency', 'organization'));
    assert.deepStrictEqual(read(state, xinhua), ['Xinhua News Agency:organization']);
  });

  it('drops a people’s name and leaves a name with no participle as it is', () => {
    const text = 'A Saudi-led coalition and the Rolls-Royce plant.';
    assert.deepStrictEqual(withoutParticiple(mention(text, 'Saudi-led', 'organization')), []);
    const whole = mention(text, 'Rolls-Royce', 'organization');
    assert.deepStrictEqual(withoutParticiple(whole), [whole]);
  });
});

describe('unreadCompounds', () => {
  it('reads the name glued to a participle where nothing was read: a base is a place, an owner a body', () => {
    const text =
      'The Kerrisdale-based maker, Pembrook-owned Tallbook and the New York-based bank met. Government-owned, Saudi-owned and Murdoch-owned firms agreed.';
    assert.deepStrictEqual(read(text, unreadCompounds(text, [])), [
      'Kerrisdale:place',
      'Pembrook:organization',
      'New York:place',
      'Murdoch:person',
    ]);
  });

  it('leaves a compound a mention already covers', () => {
    const text = 'The Kerrisdale-based maker said so.';
    assert.deepStrictEqual(unreadCompounds(text, [mention(text, 'Kerrisdale', 'place')]), []);
  });
});

describe('namePairs and the names that back or lead', () => {
  it('reads each listed name of a pair joined by hyphens, not one listed name nor the end of a longer one', () => {
    const text = 'The India-China clash, the Israel-Hamas war, Air France-KLM and Guinea-Bissau met on Monday.';
    assert.deepStrictEqual(read(text, namePairs(text, [])), [
      'India:place',
      'China:place',
      'Israel:place',
      'Hamas:organization',
    ]);
    assert.deepStrictEqual(namePairs('Rolls-Royce and Jean-Pierre Dubois met.', []), []);
    const end = 'Troops left the border of India-China.';
    assert.deepStrictEqual(read(end, namePairs(end, [])), ['India:place', 'China:place']);
    const country = 'Serbia-Montenegro beat Italy.';
    assert.deepStrictEqual(namePairs(country, [mention(country, 'Serbia-Montenegro', 'place')]), []);
  });

  it('reads a listed name or a known person that backs or leads, not a people or a word', () => {
    const text = 'Iran-backed militias, a NATO-led mission, Western-backed rulers and a Tory-led council.';
    assert.deepStrictEqual(read(text, unreadCompounds(text, [])), ['Iran:place', 'NATO:organization']);
  });
});
