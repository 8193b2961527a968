import * as assert from 'assert';
import { inReadersCase, isInCapitals } from '../../../../src/core/actors/reader-case';

describe('inReadersCase', () => {
  it('writes a photographer’s name from a credit in capitals as a name: "DOMINICK REUTER" → "Dominick Reuter"', () => {
    assert.strictEqual(inReadersCase('DOMINICK REUTER', 'person', ['DOMINICK REUTER']), 'Dominick Reuter');
  });

  it('writes a dateline’s city as a name: "TOKYO", "THE HAGUE", "ST. PETERSBURG", "RIO DE JANEIRO"', () => {
    assert.strictEqual(inReadersCase('TOKYO', 'place', []), 'Tokyo');
    assert.strictEqual(inReadersCase('THE HAGUE', 'place', []), 'The Hague');
    assert.strictEqual(inReadersCase('ST. PETERSBURG', 'place', []), 'St. Petersburg');
    assert.strictEqual(inReadersCase('RIO DE JANEIRO', 'place', []), 'Rio de Janeiro');
  });

  it('takes the spelling the text uses in normal case: "McMaster", "al-Sisi"', () => {
    assert.strictEqual(
      inReadersCase('HERBERT MCMASTER', 'person', ['HERBERT MCMASTER', 'McMaster']),
      'Herbert McMaster',
    );
    assert.strictEqual(inReadersCase('ABDEL FATTAH AL-SISI', 'person', ['al-Sisi']), 'Abdel Fattah al-Sisi');
    assert.strictEqual(
      inReadersCase('SPUTNIK INTERNATIONAL', 'organization', ['Sputnik International']),
      'Sputnik International',
    );
  });

  it('keeps acronyms and regnal numbers: "TASS", "UAE", "DPRK", "Charles III"', () => {
    assert.strictEqual(inReadersCase('TASS', 'organization', ['TASS']), 'TASS');
    assert.strictEqual(inReadersCase('REUTERS', 'organization', []), 'REUTERS');
    assert.strictEqual(inReadersCase('UAE', 'place', []), 'UAE');
    assert.strictEqual(inReadersCase('DPRK', 'place', []), 'DPRK');
    assert.strictEqual(inReadersCase('KING CHARLES III', 'person', []), 'King Charles III');
  });

  it('leaves a name in normal case as written', () => {
    assert.strictEqual(inReadersCase('MasahikoKomura', 'person', []), 'MasahikoKomura');
    assert.strictEqual(inReadersCase('U.S.', 'place', []), 'U.S.');
    assert.strictEqual(inReadersCase('Kim Jong Un', 'person', ['KIM JONG UN']), 'Kim Jong Un');
  });

  it('tells a name in capitals from one that has lower case or no word of two capitals', () => {
    assert.ok(isInCapitals('DOMINICK REUTER'));
    assert.ok(!isInCapitals('Tokyo'));
    assert.ok(!isInCapitals('U.S.'));
  });
});
