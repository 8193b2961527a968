import * as assert from 'assert';
import { GENERATION, withPersonSpans } from '../../../../src/core/entities/person-spans';
import { actorKey } from '../../../../src/core/actors/actor-key';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('withPersonSpans', () => {
  it('takes the initials before a name into it and keeps its key ("W. Mark Felt", "J. R. R. Tolkien")', () => {
    const text = 'Officials said W. Mark Felt had retired. A biography of J. R. R. Tolkien came out.';
    const found = withPersonSpans(text, [mention(text, 'Mark Felt'), mention(text, 'R. Tolkien')]);
    assert.deepStrictEqual(read(text, found), ['W. Mark Felt:person', 'J. R. R. Tolkien:person']);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Mark Felt'));
  });

  it('leaves out a capital and dot that end a sentence or an abbreviation ("Plan B.", "D.C.", "U. S.")', () => {
    const text =
      'They chose Plan B. Mark Felt agreed. He flew to Washington, D.C. Mark Felt followed. U. S. Grant won.';
    const given = [
      mention(text, 'Mark Felt'),
      mention(text, 'Mark Felt', 'person', text.indexOf('D.C.')),
      mention(text, 'Grant'),
    ];
    assert.deepStrictEqual(read(text, withPersonSpans(text, given)), [
      'Mark Felt:person',
      'Mark Felt:person',
      'Grant:person',
    ]);
  });

  it("leaves out Malaysia's honours before a name and a counsel's rank after one read apart", () => {
    const text = 'Tan Sri Azman Kadir met Datuk Seri Rosli Hamid and Dato’ Sri Aziz Noor. Counsel Ann Lee SC spoke.';
    const given = [
      mention(text, 'Tan Sri Azman Kadir'),
      mention(text, 'Datuk Seri Rosli Hamid'),
      mention(text, 'Dato’ Sri Aziz Noor'),
      mention(text, 'Ann Lee'),
      mention(text, 'SC'),
    ];
    assert.deepStrictEqual(read(text, withPersonSpans(text, given)), [
      'Azman Kadir:person',
      'Rosli Hamid:person',
      'Aziz Noor:person',
      'Ann Lee:person',
    ]);
  });

  it('takes a generation after a name into it, also one read as a name of its own', () => {
    const text = 'Tony White, Jr. had 16 points. Police said Anthony LaCalamita III, 38, was held. Sr. staff left.';
    const given = [mention(text, 'Tony White'), mention(text, 'Anthony LaCalamita'), mention(text, 'III')];
    assert.deepStrictEqual(read(text, withPersonSpans(text, given)), [
      'Tony White, Jr.:person',
      'Anthony LaCalamita III:person',
    ]);
  });

  it('leaves out a nationality before a surname alone, not a first name that is one', () => {
    const text = 'Argentine Varelo missed. Roman Kestrel scored.';
    const found = withPersonSpans(text, [mention(text, 'Argentine Varelo'), mention(text, 'Roman Kestrel')]);
    assert.deepStrictEqual(read(text, found), ['Varelo:person', 'Roman Kestrel:person']);
  });

  it('leaves out a title before a name and an honour after it, never the whole name', () => {
    const text = 'Insp Gaskin said so. Miss Jenkin wept. Judge Anthony Russell QC adjourned. Mr. Dr said nothing.';
    const given = [
      mention(text, 'Insp Gaskin'),
      mention(text, 'Miss Jenkin'),
      mention(text, 'Anthony Russell QC'),
      mention(text, 'Dr'),
    ];
    const found = withPersonSpans(text, given);
    assert.deepStrictEqual(read(text, found), [
      'Gaskin:person',
      'Jenkin:person',
      'Anthony Russell:person',
      'Dr:person',
    ]);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Gaskin'));
  });

  it('joins two halves of one name read apart, drops a title read as a person before one, and stops at a photo’s credit', () => {
    const text =
      'Police arrested Sharron Diane Crawford Smith on Friday. "He ran," Sheriff Lee Baca said. ' +
      'Deputy Foreign Minister Igor Morgulov Vladimir Gerdo/TASS';
    const given = [
      mention(text, 'Sharron Diane'),
      mention(text, 'Crawford Smith'),
      mention(text, 'Sheriff'),
      mention(text, 'Lee Baca'),
      mention(text, 'Igor Morgulov'),
      mention(text, 'Vladimir Gerdo'),
    ];
    const found = withPersonSpans(text, given);
    assert.deepStrictEqual(read(text, found), [
      'Sharron Diane Crawford Smith:person',
      'Lee Baca:person',
      'Igor Morgulov:person',
      'Vladimir Gerdo:person',
    ]);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Sharron Diane Crawford Smith'));
  });

  it('keeps a title word read as a person where no name follows it ("King said" after Martin Luther King)', () => {
    const text = 'Martin Luther King spoke. King said the march would go on. The King met Lee Baca.';
    const given = [mention(text, 'Martin Luther King'), mention(text, 'King', 'person', 20), mention(text, 'Lee Baca')];
    assert.deepStrictEqual(read(text, withPersonSpans(text, given)), [
      'Martin Luther King:person',
      'King:person',
      'Lee Baca:person',
    ]);
  });

  it('takes any generation after a full name into it, a fifth too ("Thurston Howell V"), not a word after it', () => {
    const text = 'Thurston Howell V sued. Tony White, Jr. testified. Paul Allen Vi said so.';
    const found = withPersonSpans(text, [
      mention(text, 'Thurston Howell'),
      mention(text, 'Tony White'),
      mention(text, 'Paul Allen'),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Thurston Howell V:person',
      'Tony White, Jr.:person',
      'Paul Allen:person',
    ]);
    assert.deepStrictEqual(
      ['Jr.', 'Sr', 'III', 'IV', 'V', 'Vi', 'VI', 'Jr.,', 'Jrs'].map(word => GENERATION.test(word)),
      [true, true, true, true, true, false, false, false, false],
    );
  });

  it('leaves a nationality before a name out of it, not a first name that is also one', () => {
    const text =
      'Uruguayan Juan Carlos Santos won, South African Hennie van der Merwe was second and Roman Polanski watched.';
    const given = [
      mention(text, 'Uruguayan Juan Carlos Santos'),
      mention(text, 'South African Hennie van der Merwe'),
      mention(text, 'Roman Polanski'),
    ];
    assert.deepStrictEqual(read(text, withPersonSpans(text, given)), [
      'Juan Carlos Santos:person',
      'Hennie van der Merwe:person',
      'Roman Polanski:person',
    ]);
  });

  it("takes a surname's particles in lower case into the name, read apart or left out", () => {
    const text = 'Seed Elna van der Merwe won. Hans van Mierlo said van Mierlo would go, and van Gogh sold.';
    const given = [
      mention(text, 'Elna'),
      mention(text, 'Hans van Mierlo'),
      mention(text, 'Mierlo', 'person', text.indexOf('said')),
    ];
    const found = withPersonSpans(text, given);
    assert.deepStrictEqual(read(text, found), [
      'Elna van der Merwe:person',
      'Hans van Mierlo:person',
      'van Mierlo:person',
    ]);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Elna van der Merwe'));
    const moi = 'President Daniel arap Moi spoke.';
    const apart = [mention(moi, 'Daniel'), mention(moi, 'Moi')];
    assert.deepStrictEqual(read(moi, withPersonSpans(moi, apart)), ['Daniel arap Moi:person']);
  });
});
