import * as assert from 'assert';
import { annotate, type Span } from '../../../src/core';
import { readSeed, seedNames } from '../seeds';

function assertExact(text: string, spans: Span[], what: string): void {
  for (const s of spans) {
    assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `${what} ${JSON.stringify(s)}`);
    assert.strictEqual(text.slice(s.start, s.end), s.text, what);
  }
}

describe('annotate', () => {
  for (const name of seedNames()) {
    it(`gives exact spans for every annotation of seed ${name}`, () => {
      const text = readSeed(name);
      const annotation = annotate(text);
      assert.ok(annotation.entities.length > 10);
      assertExact(text, annotation.entities, 'entity');
      assertExact(text, annotation.dates, 'date');
      assertExact(text, annotation.events, 'event');
      assertExact(
        text,
        annotation.events.map(e => e.trigger),
        'trigger',
      );
    });
  }

  it('counts offsets in UTF-16 units after emoji, CRLF and a BOM-less start', () => {
    const text = '😀😀 Note\r\n\r\nTOKYO, December 11. /TASS/. North Korea’s missile flew over Japan on Tuesday.';
    const annotation = annotate(text);
    assertExact(text, annotation.entities, 'entity');
    assertExact(text, annotation.dates, 'date');
    assert.ok(
      annotation.entities.some(e => e.text === 'Japan'),
      JSON.stringify(annotation.entities),
    );
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\u0000\u0001', '((((', 'a'.repeat(5000), '\uD800 lone surrogate', '“”‘’ — …']) {
      assert.doesNotThrow(() => annotate(text));
    }
  });

  it('resolves dates against the given article date', () => {
    const annotation = annotate('On November 29, North Korea conducted a missile launch.', {
      articleDate: '2017-12-11',
    });
    assert.deepStrictEqual(annotation.articleDate, { value: '2017-12-11', source: 'given', confidence: 1 });
    assert.strictEqual(annotation.dates[0].value, '2017-11-29');
  });
});
