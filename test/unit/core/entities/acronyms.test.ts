import * as assert from 'assert';
import { definedAcronyms, isAcronymOf, spelledOutNames } from '../../../../src/core/entities/acronyms';
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
  it("finds a body's initials written without brackets, not a thing's nor a person's", () => {
    const text =
      'The Grain and Allied Millers Union met. GAMU, which backs the strike, and Solid State Drives (256GB SSD) and Anna Bell Lind (ABL) spoke.';
    const names = [
      mention(text, 'Grain and Allied Millers Union', 'organization'),
      mention(text, 'Solid State Drives', 'organization'),
      mention(text, 'Anna Bell Lind', 'person'),
    ];
    assert.deepStrictEqual(
      definedAcronyms(text, names).map(a => `${a.text}:${a.type}`),
      ['GAMU:organization'],
    );
    const thing = 'The Environmental Impact Agency met. An EIA is due, and the EIA said so.';
    const agency = [mention(thing, 'Environmental Impact Agency', 'organization')];
    assert.deepStrictEqual(
      definedAcronyms(thing, agency).map(a => `${a.text}:${a.start}`),
      [`EIA:${thing.indexOf('EIA said')}`],
    );
  });

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

  it('reads a name read as a person as a body where its acronym takes every initial, not a first name', () => {
    const text =
      'The Parti Rakyat Bersatu (PRB) and Les Verts Unis (LVU) met Mohammed bin Salem (MBS). Later the PRB and MBS spoke.';
    const names = [
      mention(text, 'Parti Rakyat Bersatu'),
      mention(text, 'Les Verts Unis'),
      mention(text, 'Mohammed bin Salem'),
    ];
    assert.deepStrictEqual(
      definedAcronyms(text, names).map(a => `${a.text}:${a.type}:${a.start}`),
      [
        `Parti Rakyat Bersatu:organization:${text.indexOf('Parti')}`,
        `PRB:organization:${text.indexOf('PRB')}`,
        `Les Verts Unis:organization:${text.indexOf('Les')}`,
        `LVU:organization:${text.indexOf('LVU')}`,
        `PRB:organization:${text.lastIndexOf('PRB')}`,
      ],
    );
  });

  it('takes an acronym with a hyphen: "Muttahida Qaumi Movement-Pakistan (MQM-P)"', () => {
    const text = 'He quit the Kestrel Qaumi Movement-Pakistan (KQM-P) and the KQM-P split.';
    const found = definedAcronyms(text, [mention(text, 'Kestrel Qaumi Movement-Pakistan', 'organization')]);
    assert.deepStrictEqual(
      found.map(a => `${a.text}:${a.start}`),
      [`KQM-P:${text.indexOf('KQM-P')}`, `KQM-P:${text.lastIndexOf('KQM-P')}`],
    );
  });

  it("takes a body's short form of two letters in another order, or with a figure or a small letter", () => {
    const text =
      'The Socialist Party (PS) and the 7-Star Movement (M7S) met Brothers of Kestrelia (FdK). The PS, M7S and FdK voted.';
    const names = [
      mention(text, 'Socialist Party', 'organization'),
      mention(text, '7-Star Movement', 'organization'),
      mention(text, 'Brothers of Kestrelia', 'organization'),
    ];
    assert.deepStrictEqual(
      definedAcronyms(text, names).map(a => `${a.text}:${a.start}`),
      ['PS', 'M7S', 'FdK', 'PS,', 'M7S and', 'FdK voted'].map(a => `${a.replace(/[, ].*/, '')}:${text.indexOf(a)}`),
    );
    const results = 'Kestrel 3 Varzo City 2 ( OT )';
    assert.deepStrictEqual(definedAcronyms(results, [mention(results, 'Varzo City 2', 'organization')]), []);
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

describe('spelledOutNames', () => {
  const names = (text: string, read: { start: number; end: number; text: string; type: string }[] = []) =>
    spelledOutNames(text, read).map(n => n.text);

  it('finds a body spelled out before its acronym, from the word the acronym starts with', () => {
    assert.deepStrictEqual(
      names('The Government Service Insurance System ( GSIS ) , which owns the hotel , said so .'),
      ['Government Service Insurance System'],
    );
    assert.deepStrictEqual(
      names(
        'Leaders of the Bangladesh Garment Makers and Exporters Association (BGMEA) met. The Toronto District School Board (TDSB) agreed.',
      ),
      ['Bangladesh Garment Makers and Exporters Association', 'Toronto District School Board'],
    );
  });

  it("finds the whole name before an acronym of its own language's word order, with 'in' inside it", () => {
    assert.deepStrictEqual(
      names(
        'Fighters of the Popular Front for the Liberation of Varzo ( FPLV ) left. The Party of Labour in Ostria (PLO) met.',
      ),
      ['Popular Front for the Liberation of Varzo', 'Party of Labour in Ostria'],
    );
    assert.deepStrictEqual(names('Protests in Paris ( AFP ) grew.'), []);
    assert.deepStrictEqual(names('The Court of Varzo Rights in Kelby ( CVR ) and Rights in Ostria ( RIO ) met.'), [
      'Court of Varzo Rights',
      'Rights in Ostria',
    ]);
    assert.deepStrictEqual(names('The Varzo Food and Dock Workers union ( VFDW ) struck.'), [
      'Varzo Food and Dock Workers',
    ]);
  });

  it("leaves a tax, a person's name and a name the tagger read longer", () => {
    const text =
      'The Goods and Services Tax (GST) rose. John Smith (JS) signed. The Ukraine Maritime Trade Operations (UMTO) unit spoke.';
    const person = { start: text.indexOf('John'), end: text.indexOf('John') + 10, text: 'John Smith', type: 'person' };
    const longer = {
      start: text.indexOf('Ukraine'),
      end: text.indexOf(' (UMTO)'),
      text: 'Ukraine Maritime Trade Operations',
      type: 'organization',
    };
    assert.deepStrictEqual(
      names(text, [person, { ...longer, start: longer.start - 4, text: 'The ' + longer.text }]),
      [],
    );
  });

  it('keeps the spaces the text gives between the words', () => {
    const text = 'Lawmakers  from  the  Solvian  Democratic  Union  (SDU)  voted.';
    const [found] = spelledOutNames(text, []);
    assert.strictEqual(text.slice(found.start, found.end), 'Solvian  Democratic  Union');
    assert.strictEqual(found.text, 'Solvian  Democratic  Union');
  });
});
