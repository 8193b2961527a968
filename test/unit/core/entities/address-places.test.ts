import * as assert from 'assert';
import { addressPlaces } from '../../../../src/core/entities/address-places';

// Sentences written here for these tests (no test set's text).
const places = (text: string) =>
  addressPlaces(text).map(p => {
    assert.strictEqual(text.slice(p.start, p.end), p.text);
    return p.text;
  });

describe('addressPlaces', () => {
  it('finds highways and numbered streets', () => {
    assert.deepStrictEqual(
      places('The truck left Interstate 75 for I-90, then Route 9 to E. 52nd St. and 97th Avenue.'),
      ['Interstate 75', 'I-90', 'Route 9', 'E. 52nd St.', '97th Avenue'],
    );
  });

  it('finds a lawmaker’s state and a state’s postal code after its town', () => {
    assert.deepStrictEqual(places('said Rep. Ann Lee, D-Wash., with Sen. Bo Ray (R-Texas) in Fountain Valley, CA.'), [
      'Wash.',
      'Texas',
      'CA',
    ]);
  });

  it('leaves ranks, a doctor’s degree and capitals that are no state alone', () => {
    assert.deepStrictEqual(places('She came 22nd in the race, said Ann Lee, MD, and Bo Ray, QC, of the I-Team.'), []);
    assert.deepStrictEqual(places('Jane Doe, MA, filed Form I-9 and an I-130 petition; he finished in 3rd Place.'), []);
    assert.deepStrictEqual(places('She moved to Boston, MA, last year.'), ['MA']);
  });
});
