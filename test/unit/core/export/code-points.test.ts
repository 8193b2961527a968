import * as assert from 'assert';
import { offsetMap } from '../../../../src/core';

describe('code point offsets', () => {
  it('are the UTF-16 offsets in text without characters beyond the BMP', () => {
    const map = offsetMap('Pyongyang announced that the missile was capable');
    assert.strictEqual(map.toCodePoint(25), 25);
    assert.strictEqual(map.toUtf16(25), 25);
  });

  it('count each emoji once, both ways', () => {
    const text = 'Seoul 😀 and Tokyo 🇯🇵 agreed';
    const map = offsetMap(text);
    for (const word of ['Seoul', 'and', 'Tokyo', 'agreed']) {
      const utf16 = text.indexOf(word);
      const codePoint = [...text.slice(0, utf16)].length;
      assert.strictEqual(map.toCodePoint(utf16), codePoint, word);
      assert.strictEqual(map.toUtf16(codePoint), utf16, word);
    }
    assert.strictEqual(map.toCodePoint(text.length), [...text].length);
  });
});
