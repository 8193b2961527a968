import * as assert from 'assert';
import { overlappingSorted, overlapsAnySorted } from '../../../../src/core/text/spans';

describe('overlapsAnySorted', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 30 },
    { start: 40, end: 42 },
  ];

  it('answers as a walk over every span does, at every place in and around them', () => {
    for (let start = 0; start < 45; start++)
      for (let end = start + 1; end <= 46; end++) {
        const span = { start, end };
        const expected = spans.some(s => s.start < end && start < s.end);
        assert.strictEqual(overlapsAnySorted(spans, span), expected, `${start}-${end}`);
      }
  });

  it('finds nothing in an empty list, and spans that only touch do not overlap', () => {
    assert.strictEqual(overlapsAnySorted([], { start: 0, end: 3 }), false);
    assert.strictEqual(overlapsAnySorted(spans, { start: 5, end: 10 }), false);
    assert.strictEqual(overlapsAnySorted(spans, { start: 30, end: 40 }), false);
  });
});

describe('overlappingSorted', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 30 },
    { start: 31, end: 33 },
    { start: 40, end: 42 },
  ];

  it('gives the indexes a walk over every span gives, at every place in and around them', () => {
    for (let start = 0; start < 45; start++)
      for (let end = start + 1; end <= 46; end++) {
        const expected = spans.flatMap((s, i) => (s.start < end && start < s.end ? [i] : []));
        assert.deepStrictEqual(overlappingSorted(spans, { start, end }), expected, `${start}-${end}`);
      }
  });

  it('gives nothing for an empty list or spans that only touch', () => {
    assert.deepStrictEqual(overlappingSorted([], { start: 0, end: 3 }), []);
    assert.deepStrictEqual(overlappingSorted(spans, { start: 5, end: 10 }), []);
  });
});
