import * as assert from 'assert';
import {
  countryOf,
  isCapitalOnly,
  isCountryDemonym,
  lookupName,
  phraseKey,
} from '../../../../src/core/entities/gazetteer';

describe('phraseKey', () => {
  it('folds case, accents, apostrophes and spaces, whether a phrase is plain ASCII or not', () => {
    assert.strictEqual(phraseKey('Bank of England'), 'bank of england');
    assert.strictEqual(phraseKey(' Bank of\tEngland  '), 'bank of england');
    assert.strictEqual(phraseKey('São  Paulo'), 'sao paulo');
    assert.strictEqual(phraseKey('Sa\u0303o Paulo'), 'sao paulo');
    assert.strictEqual(phraseKey('O’Hare'), "o'hare");
    assert.strictEqual(phraseKey("O'HARE"), "o'hare");
  });
});

describe('lookupName', () => {
  it('knows an acronym that spells an everyday word only in capitals', () => {
    assert.strictEqual(lookupName('WHO')?.type, 'organization');
    assert.strictEqual(lookupName('Who'), undefined);
    assert.strictEqual(lookupName('who'), undefined);
    assert.strictEqual(lookupName('Nato')?.type, 'organization');
  });

  it('answers a phrase asked again as the first time, each way of writing it on its own', () => {
    for (let round = 0; round < 2; round++) {
      assert.strictEqual(lookupName('Who'), undefined);
      assert.strictEqual(lookupName('WHO')?.type, 'organization');
      assert.strictEqual(lookupName('F.B.I.')?.canonical, lookupName('FBI')?.canonical);
      assert.strictEqual(lookupName('Nowhere Such Town'), undefined);
    }
  });

  it("knows the twelve Federal Reserve banks by their city's short name, as one body each", () => {
    const cleveland = lookupName('Cleveland Fed');
    assert.strictEqual(cleveland?.type, 'organization');
    assert.strictEqual(cleveland?.canonical, 'Federal Reserve Bank of Cleveland');
    assert.strictEqual(lookupName('New York Fed')?.canonical, 'Federal Reserve Bank of New York');
    assert.notStrictEqual(lookupName('New York Fed')?.canonical, lookupName('Fed')?.canonical);
  });

  it('knows the places news names by a short or former name, and regions, islands and rivers', () => {
    for (const name of [
      'Bosnia',
      'Soviet Union',
      'Chechnya',
      'Grozny',
      'Sicily',
      'Bavaria',
      'Rhine',
      'Caribbean',
      'West Indies',
      'St. Paul',
      'Khan Younis',
    ])
      assert.strictEqual(lookupName(name)?.type, 'place', name);
  });

  it('knows the consultancies, analysts and property firms that business news quotes, named like persons', () => {
    for (const name of ['Wood Mackenzie', 'Booz Allen Hamilton', 'Arthur D. Little', 'Knight Frank', 'Savills', 'JLL'])
      assert.strictEqual(lookupName(name)?.type, 'organization', name);
  });

  it('knows large companies and armed groups, a possessive one with its possessive', () => {
    for (const name of ['Westpac', 'Novartis', "Moody's", "McDonald's", 'Islamic Jihad', 'Christian Democrats'])
      assert.strictEqual(lookupName(name)?.type, 'organization', name);
  });

  it('lists no word that names other things as often: a language, a surname, an animal', () => {
    for (const name of ['Java', 'Rhodes', 'Puma', 'Moody']) assert.strictEqual(lookupName(name), undefined, name);
  });
});

describe('isCapitalOnly', () => {
  it('knows a name that is only a capital, not a country’s, a region’s or another town’s', () => {
    assert.strictEqual(isCapitalOnly('Hamilton'), true);
    for (const name of ['Washington', 'Brazil', 'Bavaria', 'Leeds', 'London', 'Berlin'])
      assert.strictEqual(isCapitalOnly(name), false, name);
  });
});

describe('isCountryDemonym and countryOf', () => {
  it("knows the demonyms news uses beside the country list's own, each with its country", () => {
    for (const [demonym, country] of [
      ['Slovenian', 'Slovenia'],
      ['Slovene', 'Slovenia'],
      ['Bosnian', 'Bosnia and Herzegovina'],
      ['Azeri', 'Azerbaijan'],
      ['Zairean', 'Democratic Republic of Congo'],
    ]) {
      assert.ok(isCountryDemonym(demonym), demonym);
      assert.strictEqual(countryOf(demonym), country, demonym);
    }
    assert.ok(!isCountryDemonym('Serb'));
    for (const [short, country] of [
      ['S.KOREA', 'South Korea'],
      ['N.Korea', 'North Korea'],
      ['S.AFRICA', 'South Africa'],
    ])
      assert.strictEqual(countryOf(short), country, short);
    assert.strictEqual(lookupName('N.IRELAND')?.canonical, 'Northern Ireland');
  });
});
