import * as assert from 'assert';
import {
  shortCompanyName,
  withHeadlineNames,
  withRepeatedNames,
  withShortCompanyNames,
} from '../../../../src/core/entities/repeated-names';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).

describe('withRepeatedNames', () => {
  it('adds the other mentions of a company found by its cue, as whole words only', () => {
    const text = 'Security firm Galloway Metrics warned. Galloway Metrics said so; Galloway Metricsx did not.';
    const found = withRepeatedNames(
      text,
      [mention(text, 'Galloway Metrics', 'organization')],
      new Set(['Galloway Metrics']),
    );
    assert.deepStrictEqual(
      found.map(m => [m.start, m.text]),
      [
        [14, 'Galloway Metrics'],
        [39, 'Galloway Metrics'],
      ],
    );
    for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('leaves a name not given, an everyday word and a place already read as they are', () => {
    const text = 'The firm Summit rose. Summit talks began in Kraft. Kraft shares fell.';
    const read = [mention(text, 'Summit', 'organization'), mention(text, 'Kraft', 'organization')];
    const found = withRepeatedNames(text, read, new Set(['Summit']));
    assert.strictEqual(found.length, 2);
  });
});

describe('shortCompanyName', () => {
  it('leaves off a company’s endings', () => {
    assert.strictEqual(shortCompanyName('Booking Holdings'), 'Booking');
    assert.strictEqual(shortCompanyName('Harlan Quist Systems Inc.'), 'Harlan Quist');
  });

  it('finds none without an ending, or where only a generic word, a people’s or a place would be left', () => {
    assert.strictEqual(shortCompanyName('Harlan Quist'), undefined);
    assert.strictEqual(shortCompanyName('General Holdings'), undefined);
    assert.strictEqual(shortCompanyName('Nigerian Industries'), undefined);
    assert.strictEqual(shortCompanyName('Kenya Holdings Ltd'), undefined);
  });
});

describe('withShortCompanyNames', () => {
  it('reads a company’s short name as the company, read as a place or not at all', () => {
    const text = 'Tarvel Holdings said it would appeal. The court said Tarvel had failed; Tarvelo and Tarvel agreed.';
    const found = withShortCompanyNames(text, [
      mention(text, 'Tarvel Holdings', 'organization'),
      mention(text, 'Tarvel', 'place', 40),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Tarvel Holdings:organization',
      'Tarvel:organization',
      'Tarvel:organization',
    ]);
    assert.strictEqual(new Set(found.map(m => m.actorKey)).size, 1);
    const chips = 'Hsin Yuan Semiconductor will hold 40 percent. Hsin Yuan, based in Hsinchu, said so.';
    const short = withShortCompanyNames(chips, [mention(chips, 'Hsin Yuan Semiconductor', 'organization')]);
    assert.deepStrictEqual(read(chips, short), ['Hsin Yuan Semiconductor:organization', 'Hsin Yuan:organization']);
  });

  it("reads a short name read as one word's person as the company, after a legal form or a trade too", () => {
    const text = 'The firm Varosur Ltda said so. Varosur said it was working. Kelmo Lithium agreed; Kelmo said so.';
    const found = withShortCompanyNames(text, [
      mention(text, 'Varosur Ltda', 'organization'),
      mention(text, 'Varosur', 'person', 30),
      mention(text, 'Kelmo Lithium', 'organization'),
      mention(text, 'Kelmo', 'person', 80),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Varosur Ltda:organization',
      'Varosur:organization',
      'Kelmo Lithium:organization',
      'Kelmo:organization',
    ]);
    const surname = 'Bill Varde spoke. Varde Motors Co fell. Varde said so.';
    const person = withShortCompanyNames(surname, [
      mention(surname, 'Bill Varde', 'person'),
      mention(surname, 'Varde Motors Co', 'organization'),
      mention(surname, 'Varde', 'person', 40),
    ]);
    const titled = 'Ms Varde spoke. Varde Motors Co fell. Varde said so.';
    const named = withShortCompanyNames(titled, [
      mention(titled, 'Varde', 'person'),
      mention(titled, 'Varde Motors Co', 'organization'),
      mention(titled, 'Varde', 'person', 30),
    ]);
    assert.deepStrictEqual(read(titled, named), ['Varde:person', 'Varde Motors Co:organization', 'Varde:person']);
    const town = 'Varzo Minerals moved its listing. Shares traded in Varzo fell.';
    const kept = withShortCompanyNames(town, [
      mention(town, 'Varzo Minerals', 'organization'),
      mention(town, 'Varzo', 'place', 20),
    ]);
    assert.deepStrictEqual(read(town, kept), ['Varzo Minerals:organization', 'Varzo:place']);
    assert.deepStrictEqual(read(surname, person), [
      'Bill Varde:person',
      'Varde Motors Co:organization',
      'Varde:person',
    ]);
  });

  it('leaves a person’s name, a longer name and an everyday word opening a sentence as they are', () => {
    const text =
      'Orlov Enterprises Inc and Seven Holdings said so. Mr. Orlov said no. Seven people were hurt. Orlov Ivan spoke.';
    const found = withShortCompanyNames(text, [
      mention(text, 'Orlov Enterprises Inc', 'organization'),
      mention(text, 'Seven Holdings', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Orlov Enterprises Inc:organization', 'Seven Holdings:organization']);
    const person = 'Wang Laboratories fell. Wang Yi said so.';
    const named = withShortCompanyNames(person, [
      mention(person, 'Wang Laboratories', 'organization'),
      mention(person, 'Wang Yi', 'person'),
    ]);
    assert.strictEqual(named.length, 2);
  });

  it('reads the short name of a company as the company where the model read a person of its words all', () => {
    const text = 'Ladang Kinabatangan Bhd rose. Ladang Kinabatangan jumped, Kinabatangan said.';
    const found = withShortCompanyNames(text, [
      mention(text, 'Ladang Kinabatangan Bhd', 'organization'),
      mention(text, 'Ladang Kinabatangan', 'person', 20),
      mention(text, 'Kinabatangan', 'person', 50),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Ladang Kinabatangan Bhd:organization',
      'Ladang Kinabatangan:organization',
      'Kinabatangan:person',
    ]);
  });
});

describe('withHeadlineNames', () => {
  it("adds a body the story names where its headline in capitals writes it, not a place or a person's word", () => {
    const text =
      'MARKET BOMB KILLS 12 - VAPS .\nVARZO 1996-12-11\nA bomb exploded in Kelby , the official VAPS agency said .';
    const found = withHeadlineNames(text, [mention(text, 'VAPS', 'organization', 30), mention(text, 'Kelby', 'place')]);
    assert.deepStrictEqual(read(text, found), ['VAPS:organization', 'Kelby:place', 'VAPS:organization']);
    const titled = 'Varzo Holdings Halts Expansion\nVarzo Holdings said so.';
    const same = withHeadlineNames(titled, [mention(titled, 'Varzo Holdings', 'organization', 20)]);
    assert.strictEqual(same.length, 1, 'a headline not in capitals');
  });

  it("reads the body's name where the headline's reading of it was another type, not a dateline's town", () => {
    const text = 'FINTECH PAYSTREAM RAISES $ 40 MLN\nLAGOS 1996-12-11\nPayments firm Paystream said so .';
    const headline = mention(text, 'FINTECH PAYSTREAM', 'person');
    const found = withHeadlineNames(text, [headline, mention(text, 'Paystream', 'organization')]);
    assert.deepStrictEqual(read(text, found), ['PAYSTREAM:organization', 'Paystream:organization']);
    const dated = 'LAGOS 1996-12-11\nLAGOS RESULTS\nLagos beat Kano 2-1 .';
    const town = mention(dated, 'LAGOS', 'place');
    const kept = withHeadlineNames(dated, [town, mention(dated, 'Lagos', 'organization')]);
    assert.deepStrictEqual(read(dated, kept), ['LAGOS:place', 'Lagos:organization']);
  });
});
