import * as assert from 'assert';
import { isWireJargon, termSheetPlaces } from '../../../../src/core/entities/wire-jargon';
import { span } from './mentions';

// Tables and term sheets written here for these tests (no test set's text).
describe('isWireJargon', () => {
  it("finds a results table's rows, a term sheet's fields, basis points and a period's length", () => {
    const text = 'Shr 41 cents vs 36 cents\nOrd div 4.00 yen\nAMT 200 MLN ECU SPREAD +18 BP\nVARZO BANK 9-MTH NET UP';
    for (const word of ['Shr', 'Ord', 'AMT', 'ECU', 'BP', 'MTH'])
      assert.strictEqual(isWireJargon(text, span(text, word)), true, word);
  });

  it('leaves the company after a year, a university called ECU and a bus company called AMT', () => {
    const text = 'In 2010 BP sold fields. ECU (East Carolina University) and AMT, the Varzo bus company, agreed.';
    for (const word of ['BP', 'ECU', 'AMT']) assert.strictEqual(isWireJargon(text, span(text, word)), false, word);
  });

  it("finds a rating's grade after its agency or 'to', or before its sign; not a company called so", () => {
    const text = "MOODY 'S RAISES VARZO GAS TO BA2 . S&P gave it BB- . BP said it would sell . Ord Minnett rose .";
    assert.strictEqual(isWireJargon(text, span(text, 'BA2')), true);
    assert.strictEqual(isWireJargon(text, span(text, 'BB')), true);
    assert.strictEqual(isWireJargon(text, span(text, 'BP')), false);
    assert.strictEqual(isWireJargon(text, span(text, 'Ord')), false);
  });
});

describe('termSheetPlaces', () => {
  it("reads the markets a bond's term sheet names by their codes, and nothing after them", () => {
    const text = "MOODY 'S AA3 LISTING LUX\nSALE LIMITS US / UK / JP NEG PLG NO\nThe US bank said.";
    assert.deepStrictEqual(
      termSheetPlaces(text).map(p => p.text),
      ['LUX', 'US', 'UK', 'JP'],
    );
  });
});
