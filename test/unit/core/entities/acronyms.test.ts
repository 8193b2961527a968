import * as assert from 'assert';
import { definedAcronyms, isAcronymOf } from '../../../../src/core/entities/acronyms';
import { mention } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('isAcronymOf', () => {
  it('matches the initials of a name in order, with a letter or a word to spare', () => {
    assert.strictEqual(isAcronymOf('KCNA', 'Korean Central News Agency'), true);
    assert.strictEqual(isAcronymOf('KCNA', 'Central News Agency'), true);
    assert.strictEqual(isAcronymOf('UN', 'Central News Agency'), false);
  });

  it("matches the same initials in the order of the name's own language, not other letters", () => {
    assert.strictEqual(isAcronymOf('PDI', 'Indonesian Democratic Party'), true);
    assert.strictEqual(isAcronymOf('FARC', 'Revolutionary Armed Forces of Colombia'), true);
    assert.strictEqual(isAcronymOf('PKK', "Kurdistan Workers' Party"), false);
  });
});

describe('definedAcronyms', () => {
  it('finds an acronym defined in brackets wherever the article writes it, with the name’s type', () => {
    const text =
      'The Central Elections Commission (CEC) met. Later the CEC said the vote, and CECS, would wait. Ann Lee (AL) spoke.';
    const names = [mention(text, 'Central Elections Commission', 'organization'), mention(text, 'Ann Lee', 'person')];
    const found = definedAcronyms(text, names);
    for (const a of found) assert.strictEqual(text.slice(a.start, a.end), a.text);
    assert.deepStrictEqual(
      found.map(a => `${a.text}:${a.type}:${a.start}`),
      [`CEC:organization:${text.indexOf('CEC')}`, `CEC:organization:${text.indexOf('CEC said')}`],
    );
  });

  it("takes a body's short form from another language, not letters the lists give to another name", () => {
    const text = 'The Legal Aid Institute (LBH) sued. LBH lawyers spoke. The Kestrel Group (NATO) left.';
    const names = [
      mention(text, 'Legal Aid Institute', 'organization'),
      mention(text, 'Kestrel Group', 'organization'),
    ];
    assert.deepStrictEqual(
      definedAcronyms(text, names).map(a => `${a.text}:${a.start}`),
      [`LBH:${text.indexOf('LBH')}`, `LBH:${text.indexOf('LBH lawyers')}`],
    );
  });

  it('leaves an acronym that is an everyday word alone in a line in capitals', () => {
    const text = 'The Islamic State (IS) claimed it.\nWHY IS IT SO HARD?\nIS said so.';
    const found = definedAcronyms(text, [mention(text, 'Islamic State', 'organization')]);
    assert.deepStrictEqual(
      found.map(a => a.start),
      [text.indexOf('IS)'), text.lastIndexOf('IS said')],
    );
  });
});
