import * as assert from 'assert';
import { organizationTail } from '../../../../src/core/entities/organization-tails';

// Sentences written here for these tests (no test set's text).
const whole = (text: string, name: string, type = 'organization') => {
  const start = text.indexOf(name);
  return organizationTail(text, { start, end: start + name.length, text: name, type })?.text;
};

describe('organizationTail', () => {
  it("ends a company's name at its form before 'of' and a town, not before a country", () => {
    assert.strictEqual(whole('It is owned by Kestrel Mining Corp of Denver.', 'Kestrel Mining Corp'), undefined);
    assert.strictEqual(
      whole('It is owned by Orvand Corp of South Africa.', 'Orvand Corp'),
      'Orvand Corp of South Africa',
    );
  });

  it('runs a head word’s name on through "of" and "for"', () => {
    assert.strictEqual(
      whole('Members of the Liberal Party of Moldavia met.', 'Liberal Party'),
      'Liberal Party of Moldavia',
    );
    const text = 'A spokesman for the Kestrel Foundation for Press Freedom, Ann Lee, said so.';
    assert.strictEqual(whole(text, 'Kestrel Foundation'), 'Kestrel Foundation for Press Freedom');
  });

  it("runs an international body's name on through its national chapter", () => {
    const text = 'Transparency International Sri Lanka and Amnesty International said so.';
    assert.strictEqual(whole(text, 'Transparency International'), 'Transparency International Sri Lanka');
    assert.strictEqual(whole(text, 'Amnesty International'), undefined);
    // Not a country that opens the next clause, nor a person's first name.
    const told = 'According to Amnesty International Israel has detained 40 people.';
    assert.strictEqual(whole(told, 'Amnesty International'), undefined);
    const person = 'Amnesty International Chad Bailey said so.';
    assert.strictEqual(whole(person, 'Amnesty International'), undefined);
  });

  it('stops at a legal form, where "of" says where the company is, though not at "Corp"', () => {
    const text = 'Shares in Kessler Stahl AG of Germany and Orlanda Mining Corp of South Africa rose.';
    assert.strictEqual(whole(text, 'Kessler Stahl AG'), undefined);
    assert.strictEqual(whole(text, 'Orlanda Mining Corp'), 'Orlanda Mining Corp of South Africa');
  });

  it('takes commas and a last "and" with one word, and "in" a country or a continent, not a town, once the name has "for"', () => {
    const text = 'The Agency for Trade, Customs and Tariffs in Asia ruled.';
    assert.strictEqual(whole(text, 'Agency'), 'Agency for Trade, Customs and Tariffs in Asia');
    const city = 'The Centers for Disease Control in Atlanta said.';
    assert.strictEqual(whole(city, 'Centers for Disease Control'), undefined);
    const split = 'The Council for Energy and Mining in Peru said.';
    assert.strictEqual(whole(split, 'Council for Energy'), 'Council for Energy and Mining in Peru');
    const town = 'A team of the Kestrel Institute for Astronomy in Heidelberg saw it.';
    assert.strictEqual(whole(town, 'Kestrel Institute for Astronomy'), undefined);
  });

  it('runs a mission’s or a force’s name on through "in" a country, not a task force’s to a town', () => {
    const text = 'The UN Observer Mission in Georgia and the UN Interim Force in Lebanon met a task force in Austin.';
    assert.strictEqual(whole(text, 'UN Observer Mission'), 'UN Observer Mission in Georgia');
    assert.strictEqual(whole(text, 'UN Interim Force'), 'UN Interim Force in Lebanon');
    const town = 'The Kestrel Peace Mission in Austin met.';
    assert.strictEqual(whole(town, 'Kestrel Peace Mission'), undefined);
    const air = 'The Russian Air Force in Syria carried out strikes.';
    assert.strictEqual(whole(air, 'Russian Air Force'), undefined);
  });

  it('stops before an "and" that opens a second name, and before the sentence’s full stop', () => {
    const text = 'The Ministry of Defence and Foreign Office agreed with the Commission of Aruba.';
    assert.strictEqual(whole(text, 'Ministry'), 'Ministry of Defence');
    assert.strictEqual(whole(text, 'Commission'), 'Commission of Aruba');
    const members = 'The Campaign for Nuclear Disarmament and Friends of the Earth marched.';
    assert.strictEqual(whole(members, 'Campaign for Nuclear Disarmament'), undefined);
  });

  it('runs a name with "of" or "for" on through a second one to a country, a cause or a portfolio list', () => {
    const text = 'The National Union of Weavers of South Africa and the Forum for the Renewal of Democracy met.';
    assert.strictEqual(whole(text, 'National Union of Weavers'), 'National Union of Weavers of South Africa');
    assert.strictEqual(whole(text, 'Forum for the Renewal'), 'Forum for the Renewal of Democracy');
    const board = 'The Board of Control for Rowing in India said.';
    assert.strictEqual(whole(board, 'Board of Control'), 'Board of Control for Rowing in India');
    const ministry =
      'The Ministry of Trade, Industry and Energy said. The Ministry of Defence, Foreign Office and Treasury met.';
    assert.strictEqual(whole(ministry, 'Ministry of Trade'), 'Ministry of Trade, Industry and Energy');
    assert.strictEqual(whole(ministry, 'Ministry of Defence'), undefined);
    const city = 'The Institute of Fine Arts of Lyon and the University of Texas for the third time won.';
    assert.strictEqual(whole(city, 'Institute of Fine Arts'), undefined);
    assert.strictEqual(whole(city, 'University of Texas'), undefined);
  });

  it('leaves a name with no head word, and a person, as they are', () => {
    assert.strictEqual(whole('Reuters of London said.', 'Reuters'), undefined);
    assert.strictEqual(whole('Party of Five aired.', 'Party', 'person'), undefined);
  });
});
