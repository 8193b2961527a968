import * as assert from 'assert';
import { runFuzz } from './fuzz-run';
import { fuzzTexts } from './fuzz-texts';
import { failOnThrowingDateRules } from '../core/dates/failing-rules';

// Sized for CI (well under a minute on two cores); `npm run fuzz -- --count 200000` runs a bigger one.
const COUNT = 12_000;
const OPTIONS = { seed: 20171129, maxLength: 400 };

describe('fuzzing the core with mutated news texts', function () {
  this.timeout(240_000);
  failOnThrowingDateRules();

  it('generates the same texts for the same seed and others for another', () => {
    const first = [...fuzzTexts(50, OPTIONS)];
    assert.deepStrictEqual([...fuzzTexts(50, OPTIONS)], first);
    assert.notDeepStrictEqual([...fuzzTexts(50, { ...OPTIONS, seed: 1 })], first);
    // The mutations reach what they are for.
    const many = [...fuzzTexts(2000, OPTIONS)];
    for (const [what, pattern] of [
      ['astral characters', /[\uD800-\uDBFF][\uDC00-\uDFFF]/],
      ['lone CR', /\r(?!\n)/],
      ['CRLF', /\r\n/],
      ['HTML', /<p>/],
      ['Arabic', /[\u0600-\u06FF]/],
      ['CJK', /[\u4E00-\u9FFF]/],
      ['a lone surrogate', /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/],
      ['CoNLL spacing with tabs', /\p{L}\t(?:[,.]|['’]s)(?:[ \t]|$)/u],
    ] as const) {
      assert.ok(
        many.some(text => pattern.test(text)),
        `some texts have ${what}`,
      );
    }
  });

  it(`annotates ${COUNT.toLocaleString('en')} texts without an exception, with valid, apart and deterministic spans`, () => {
    const report = runFuzz(COUNT, OPTIONS);
    assert.strictEqual(report.texts, COUNT);
    const failures = report.examples
      .map(e => `${e.problem}\n    in ${JSON.stringify(e.text.slice(0, 300))}`)
      .join('\n');
    assert.deepStrictEqual(
      { exceptions: report.exceptions, invalid: report.invalid, nondeterministic: report.nondeterministic },
      { exceptions: 0, invalid: 0, nondeterministic: 0 },
      failures,
    );
  });
});
