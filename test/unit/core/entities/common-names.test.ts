import * as assert from 'assert';
import { isCommonName, isDegreeAfterPerson } from '../../../../src/core/entities/common-names';

const name = (text: string) => ({ start: 0, end: text.length, text });
/** The word where `text` writes it first at or after `from`. */
const wordIn = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, text: word };
};

describe('isCommonName', () => {
  it('finds a sports page’s slug before its headline, not the sport’s word elsewhere', () => {
    const text = 'GOLF - LEAD SHARED\nGolf is played here; RUGBY UNION - SHARKS WIN';
    const at = (word: string) => wordIn(text, word);
    assert.strictEqual(isCommonName(at('GOLF'), text), true);
    assert.strictEqual(isCommonName(at('Golf'), text), false);
    assert.strictEqual(isCommonName(at('RUGBY UNION'), text), false);
  });

  it('finds days, months and faiths, alone or after "Roman", "Greek"', () => {
    for (const text of ['Friday', 'November', 'Catholic', 'Roman Catholic', 'Greek Orthodox', 'Sunni'])
      assert.strictEqual(isCommonName(name(text)), true, text);
  });

  it('finds everyday abbreviations written in capitals', () => {
    for (const text of ['SWAT', 'DUI', 'CEO', 'QB', 'GDP']) assert.strictEqual(isCommonName(name(text)), true, text);
  });

  it('finds an abbreviation that is also a name only before a noun in lower case', () => {
    const text = 'A CCTV operator saw smoke. Chinese broadcaster CCTV said so.';
    const first = { start: text.indexOf('CCTV'), end: text.indexOf('CCTV') + 4, text: 'CCTV' };
    const second = { start: text.lastIndexOf('CCTV'), end: text.lastIndexOf('CCTV') + 4, text: 'CCTV' };
    assert.strictEqual(isCommonName(first, text), true);
    assert.strictEqual(isCommonName(second, text), false);
  });

  it('finds a title standing alone and a degree written with full stops', () => {
    for (const text of ['President', 'Sheriff', 'Const.', 'Msgr.', 'M. D.', 'M.B.A.', 'Ph.D.'])
      assert.strictEqual(isCommonName(name(text)), true, text);
  });

  it('finds a grade of crude and a virus variant named like places, not the place elsewhere', () => {
    const text = 'Brent crude rose as the Omicron variant spread; Brent council met.';
    const at = (word: string, from = 0) => wordIn(text, word, from);
    assert.strictEqual(isCommonName(at('Brent'), text), true);
    assert.strictEqual(isCommonName(at('Omicron'), text), true);
    assert.strictEqual(isCommonName(at('Brent', 10), text), false);
  });

  it('finds those a story names by what they are, alone: "Police said", not "Vancouver Police"', () => {
    assert.strictEqual(isCommonName(name('Police')), true);
    assert.strictEqual(isCommonName(name('Authorities')), true);
    assert.strictEqual(isCommonName(name('Organisers')), true);
    assert.strictEqual(isCommonName(name('Vancouver Police')), false);
  });

  it('finds a title with its office in everyday words, not a body or a title with a country', () => {
    assert.strictEqual(isCommonName(name('Secretary of State')), true);
    assert.strictEqual(isCommonName(name('Minister of the Interior')), true);
    assert.strictEqual(isCommonName(name('Ministry of Defence')), false);
    assert.strictEqual(isCommonName(name('President of Russia')), false);
  });

  it('leaves names that hold such a word, and months that are also names', () => {
    for (const text of [
      'May',
      'June',
      'Catholic Charities',
      'Friday Okonjo',
      'Muslim Brotherhood',
      'Ali Jewish Center',
      'GM',
      'NYPD',
      'Swat Valley',
      'King',
      'Major',
      'Md.',
      'Vice President Harris',
      'Sen',
      'RBI',
    ])
      assert.strictEqual(isCommonName(name(text)), false, text);
  });
});

describe('isDegreeAfterPerson', () => {
  it("finds a degree after a person's name and its comma, not a state's abbreviation after a town", () => {
    const text = 'Regina Benjamin, MD, PhD, spoke in Baltimore, MD, on Monday.';
    const at = (name: string, from = 0, type = 'person') => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, text: name, type };
    };
    const benjamin = at('Regina Benjamin');
    assert.strictEqual(isDegreeAfterPerson(at('MD'), text, benjamin), true);
    assert.strictEqual(isDegreeAfterPerson(at('PhD'), text, at('MD', 0, 'place')), true, 'after another degree');
    const baltimore = at('Baltimore', 0, 'place');
    assert.strictEqual(isDegreeAfterPerson(at('MD', baltimore.end), text, baltimore), false);
  });
  it('finds a barrister’s rank right after a person’s name, not after a body’s', () => {
    const text = 'Jane Arlow KC said so; the Kestrel Trust KC fund paid.';
    const at = (name: string, type: string, from = 0) => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, text: name, type };
    };
    assert.strictEqual(isDegreeAfterPerson(at('KC', 'organization'), text, at('Jane Arlow', 'person')), true);
    const trust = at('Kestrel Trust', 'organization');
    assert.strictEqual(isDegreeAfterPerson(at('KC', 'organization', trust.end), text, trust), false);
  });
});
