import * as assert from 'assert';
import { paragraphChunks, shiftSpans } from '../../../../src/core/text/chunks';

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

describe('shiftSpans', () => {
  it('moves spans by the chunk’s start', () => {
    const spans = shiftSpans(
      [
        { start: 0, end: 3, text: 'May' },
        { start: 10, end: 15, text: 'Japan' },
      ],
      100,
    );
    assert.deepStrictEqual(
      spans.map(s => s.start),
      [100, 110],
    );
  });
});
