import * as assert from 'assert';
import { ampersandNames } from '../../../../src/core/entities/ampersand-names';
import { findEntities } from '../../../../src/core/entities/entities';
import { tokenize } from '../../../../src/core/text/tokenize';

// Sentences written here for these tests (no test set's text).
const named = (text: string) => ampersandNames(text).map(n => `${n.type}:${n.text}`);

describe('ampersandNames', () => {
  it('reads names joined by "&" as one organization, without a possessive or the sentence’s full stop', () => {
    assert.deepStrictEqual(named('Lawyers at Harwick & Bell filed it; Dunmore & Pike’s auditors met Salt & Co.'), [
      'organization:Harwick & Bell',
      'organization:Dunmore & Pike',
      'organization:Salt & Co.',
    ]);
    const text = 'The deal was signed by Ostrander & Vale.';
    const [name] = ampersandNames(text);
    assert.strictEqual(text.slice(name.start, name.end), 'Ostrander & Vale');
  });

  it('reads a place the gazetteer writes with "and" as that place', () => {
    assert.deepStrictEqual(named('Trinidad & Tobago beat Haiti.'), ['place:Trinidad & Tobago']);
  });

  it('leaves out words a headline capitalises around the name, and two first names', () => {
    assert.deepStrictEqual(named('Shares Fall As Harwick & Bell Cuts Outlook'), ['organization:Harwick & Bell']);
    assert.deepStrictEqual(named('Then Tom & Mary left.'), []);
    // A first name that is a surname too makes a firm of founders.
    assert.deepStrictEqual(named('Then Ferris & Lowe left.'), ['organization:Ferris & Lowe']);
    assert.deepStrictEqual(named('AT&T and R & D costs rose.'), []);
  });

  it('reads no firm in two names a headline joins, a couple, everyday words or across a sentence’s end', () => {
    assert.deepStrictEqual(named('Trump & Putin Meet In Helsinki'), []);
    assert.deepStrictEqual(named('Russia & Ukraine Talks Stall'), []);
    assert.deepStrictEqual(named('Mr. & Mrs. Smith arrived. Food & Drink was served.'), []);
    assert.deepStrictEqual(
      named('He lived in Paris. Harwick & Bell hired him. She joined Dunmore & Pike. Smith said so.'),
      ['organization:Harwick & Bell', 'organization:Dunmore & Pike'],
    );
  });

  it('settles the type of the whole name in what findEntities returns', () => {
    const text = 'Partners at Harwick & Bell said the filing was late.';
    const firm = findEntities(tokenize(text), 'rules').find(e => e.text.includes('&'));
    assert.deepStrictEqual(firm && [firm.type, firm.text], ['organization', 'Harwick & Bell']);
  });
});
