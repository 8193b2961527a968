import * as assert from 'assert';
import { unreadCompanies } from '../../../../src/core/entities/unread-companies';

// Sentences written here for these tests (no test set's text).
const names = (text: string, read: { start: number; end: number; text: string; type: string }[] = []) =>
  unreadCompanies(text, read).map(s => text.slice(s.start, s.end));

describe('unreadCompanies', () => {
  it('finds an unknown company after "shares in", "a stake in" and "a unit of"', () => {
    assert.deepStrictEqual(names('Shares in ThyssenKrupp rose 3 percent on Tuesday.'), ['ThyssenKrupp']);
    assert.deepStrictEqual(names('It sold its stake in Norsk Vinmonopol to a unit of Brabeck Holdings.'), [
      'Norsk Vinmonopol',
      'Brabeck Holdings',
    ]);
  });

  it('finds a name after a noun only a company has, and before one', () => {
    assert.deepStrictEqual(names('Analysts at research firm Galloway Metrics said the Brenner plant would close.'), [
      'Galloway Metrics',
      'Brenner',
    ]);
  });

  it("leaves a people's adjective before a plant or shares: it says where, not whose", () => {
    assert.deepStrictEqual(names('The Scottish plant closed, Asian shares fell and the Basque plant stayed open.'), []);
  });

  it('keeps "Inc." and leaves the sentence’s full stop out', () => {
    assert.deepStrictEqual(names('He joined the software company Quillon Inc. last year.'), ['Quillon Inc.']);
    assert.deepStrictEqual(names('He sold his shares in Quillon.'), ['Quillon']);
  });

  it('finds the exchange and the ticker of a listing in parentheses', () => {
    assert.deepStrictEqual(
      names('Shares of Brenner Tools (NYSE: BRT) slid.', [
        { start: 10, end: 22, text: 'Brenner Tools', type: 'organization' },
      ]),
      ['NYSE', 'BRT'],
    );
  });

  it('finds a company written in camel case, not a surname with a prefix nor a word opening in lower case', () => {
    assert.deepStrictEqual(names('MacKenzie and DeLuca told NordWerk engineers in uMlazi to use their iPhone.'), [
      'NordWerk',
    ]);
  });

  it('leaves places, full personal names, everyday words and the start of a longer name alone', () => {
    const text =
      'Shares in Frankfurt fell. The company John Lewis founded grew. Police spokesman Ken Hall spoke, ' +
      'and so did the advocacy group Friends of the Earth and a Bureau of Prisons spokesman.';
    assert.deepStrictEqual(names(text), []);
  });

  it('finds nothing the tagger already read, nor a camel-case nickname it read as a person', () => {
    const text = 'Shares in ThyssenKrupp rose, and LiLo left. LiLo returned.';
    const read = [
      { start: 10, end: 22, text: 'ThyssenKrupp', type: 'organization' },
      { start: 33, end: 37, text: 'LiLo', type: 'person' },
    ];
    assert.deepStrictEqual(names(text, read), []);
  });

  it("finds a company by its share's move in a market report, not a country or a currency in lower case", () => {
    const text = 'Dealers said Degussa rose 8.50 marks, Germany rose 2 marks and Perot gained 2 percent in the poll.';
    assert.deepStrictEqual(names(text), ['Degussa']);
    // In the currencies of the 1990s' smaller markets and in euros; not a commodity's price per unit.
    const more = 'Traders said UPM-Kymmene gained 1.20 markka, Nokia rose 0.40 euros and Arabica rose 3 euros a bag.';
    assert.deepStrictEqual(names(more), ['UPM-Kymmene', 'Nokia']);
  });

  it('finds no company in a letter after a noun, as in a competition’s group', () => {
    assert.deepStrictEqual(names('Korea were held in their Asian Cup group B match by the media group X.'), []);
  });

  it('finds both names of a pair before their kind in the plural, and one before a group in the singular', () => {
    const text = 'The CFDT and Force Ouvriere unions agreed, and the Smer party won.';
    assert.deepStrictEqual(names(text), ['CFDT', 'Force Ouvriere', 'Smer']);
  });
});
