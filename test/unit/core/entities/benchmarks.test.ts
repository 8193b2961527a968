import * as assert from 'assert';
import { span } from './mentions';
import { isInBenchmarkName, withoutRating } from '../../../../src/core/entities/benchmarks';

// Sentences written here for these tests (no test set's text).
describe('isInBenchmarkName', () => {
  it('finds a market benchmark named after a body or a place, not the body or the place alone', () => {
    const text =
      'The Dow Jones industrial average rose as West Texas Intermediate and WTI fell; Dow Jones reported it.';
    assert.strictEqual(isInBenchmarkName(text, span(text, 'Dow Jones')), true);
    assert.strictEqual(isInBenchmarkName(text, span(text, 'West Texas Intermediate')), true);
    assert.strictEqual(isInBenchmarkName(text, span(text, 'WTI')), true);
    assert.strictEqual(isInBenchmarkName(text, span(text, 'Dow Jones', 40)), false);
    const indices = 'The Nikkei average rose, the Bovespa index and the Nasdaq Composite fell; Leeds 2 Derby 2.';
    for (const name of ['Nikkei', 'Bovespa', 'Nasdaq'])
      assert.strictEqual(isInBenchmarkName(indices, span(indices, name)), true, name);
    assert.strictEqual(isInBenchmarkName(indices, span(indices, 'Leeds')), false);
    const average = 'Wages stay below the EU average, the World Bank index says.';
    assert.strictEqual(isInBenchmarkName(average, span(average, 'EU')), false);
    assert.strictEqual(isInBenchmarkName(average, span(average, 'World Bank')), false);
    const place = 'Officials in West Texas said.';
    assert.strictEqual(isInBenchmarkName(place, span(place, 'West Texas')), false);
  });
});

describe('isInBenchmarkName, an index named so', () => {
  it('finds the Sensex and any name before "all-share index"', () => {
    const text = 'The BSE Sensex fell, the CBS all-share index rose and the CBS said so.';
    assert.strictEqual(isInBenchmarkName(text, span(text, 'BSE Sensex')), true);
    assert.strictEqual(isInBenchmarkName(text, span(text, 'CBS')), true);
    assert.strictEqual(isInBenchmarkName(text, span(text, 'CBS', 50)), false);
  });
});

describe('withoutRating', () => {
  it("drops a credit rating read as a name and one read at a name's end", () => {
    const at = (text: string) => ({ start: 10, end: 10 + text.length, text });
    assert.deepStrictEqual(withoutRating(at('Baa3')), []);
    assert.deepStrictEqual(withoutRating(at('Dongbang BBB-minus')), [{ start: 10, end: 18, text: 'Dongbang' }]);
    assert.deepStrictEqual(withoutRating(at('AAA')), [at('AAA')]);
    assert.deepStrictEqual(withoutRating(at('Bay Area')), [at('Bay Area')]);
  });
});
