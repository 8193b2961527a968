import * as assert from 'assert';
import { isShipName, shipNames } from '../../../../src/core/entities/ship-names';

// Sentences written here for these tests (no test set's text), naming ships the way news does.
describe('shipNames', () => {
  it('finds a ship by its prefix, with the name it goes by alone', () => {
    const text =
      'The destroyer USS Cole and the tanker MV Stolt Valor sailed; HMS Queen Elizabeth stayed. The Cole left.';
    const ships = shipNames(text);
    assert.deepStrictEqual(
      ships.spans.map(s => text.slice(s.start, s.end)),
      ['USS Cole', 'MV Stolt Valor', 'HMS Queen Elizabeth'],
    );
    assert.deepStrictEqual([...ships.names], ['Cole', 'Stolt Valor', 'Queen Elizabeth']);
  });

  it('reads the prefix in words, and no prefix inside another word or before a lower-case word', () => {
    assert.deepStrictEqual([...shipNames('The Indian Naval Ship Sukanya arrived.').names], ['Sukanya']);
    assert.deepStrictEqual(shipNames('MINSK talks; the INS said; a MV engine; TMV Gear').spans, []);
  });
});

describe('isShipName', () => {
  it('reads the ship alone, but a country bearing its name only after "the" or a ship’s word', () => {
    const text = 'The HMS Ireland and MV Kestrel Dawn docked. Ireland cheered the Ireland; Kestrel Dawn left.';
    const ships = shipNames(text);
    const word = (name: string, before: string) => {
      const start = text.indexOf(before + name) + before.length;
      return { start, end: start + name.length, text: name };
    };
    assert.strictEqual(isShipName(text, ships, word('Ireland', 'HMS ')), true);
    assert.strictEqual(isShipName(text, ships, word('Ireland', 'docked. ')), false);
    assert.strictEqual(isShipName(text, ships, word('Ireland', 'the ')), true);
    assert.strictEqual(isShipName(text, ships, word('Kestrel Dawn', '; ')), true);
  });

  it('reads no ship in a prefix before a title', () => {
    assert.deepStrictEqual(shipNames('INS Commissioner Doris Meissner said so.').spans, []);
  });
});
