import * as assert from 'assert';
import { outside, paragraphChunks, shiftSpans } from '../../../../src/core/text/chunks';

describe('paragraphChunks', () => {
  it('covers the text exactly, cutting after line breaks', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says North Korea launched a missile.`).join('\n');
    const chunks = paragraphChunks(text, 200);
    assert.strictEqual(chunks.map(c => c.text).join(''), text);
    for (const c of chunks.slice(0, -1)) assert.ok(c.text.endsWith('\n'), JSON.stringify(c.text));
    for (const c of chunks) assert.strictEqual(text.slice(c.start, c.end), c.text);
  });

  it('cuts a single huge line at spaces', () => {
    const text = 'word '.repeat(10_000);
    const chunks = paragraphChunks(text, 1000);
    assert.ok(chunks.length >= 40);
    assert.strictEqual(chunks.map(c => c.text).join(''), text);
  });

  it('gives one chunk for a short text and none for an empty one', () => {
    assert.strictEqual(paragraphChunks('Seoul.').length, 1);
    assert.deepStrictEqual(paragraphChunks(''), []);
  });
});

describe('shiftSpans and outside', () => {
  it('moves spans and drops those inside a cover', () => {
    const spans = shiftSpans([{ start: 0, end: 3, text: 'May' }, { start: 10, end: 15, text: 'Japan' }], 100);
    assert.deepStrictEqual(spans.map(s => s.start), [100, 110]);
    assert.deepStrictEqual(outside(spans, [{ start: 100, end: 106, text: 'May 03' }]).map(s => s.text), ['Japan']);
  });

  it('drops a span that only partly overlaps a cover, or holds one', () => {
    const spans = [{ start: 0, end: 24, text: 'Reuters Tuesday Ministry' }, { start: 28, end: 34, text: 'Moscow' }];
    assert.deepStrictEqual(outside(spans, [{ start: 8, end: 15, text: 'Tuesday' }]).map(s => s.text), ['Moscow']);
    assert.deepStrictEqual(outside(spans, [{ start: 20, end: 30, text: 'try in Mos' }]).map(s => s.text), []);
    assert.deepStrictEqual(outside(spans, [{ start: 24, end: 28, text: ' in ' }]).map(s => s.text), spans.map(s => s.text));
  });
});
