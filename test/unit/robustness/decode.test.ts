import * as assert from 'assert';
import { binaryReason, decodeArticle } from '../../../src/core/text/decode';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap(part => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

function textOf(input: Uint8Array): string {
  const decoded = decodeArticle(input);
  assert.strictEqual(decoded.kind, 'text');
  return decoded.kind === 'text' ? decoded.text : '';
}

describe('decoding article files', () => {
  it('reads UTF-8, accents and emoji included', () => {
    const text = 'Zelenskyy met Macron at the Élysée 🇫🇷 on Tuesday.';
    assert.deepStrictEqual(decodeArticle(bytes(text)), { kind: 'text', text, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark, as the editor does', () => {
    assert.strictEqual(
      textOf(bytes([0xef, 0xbb, 0xbf], 'North Korea fired a missile.')),
      'North Korea fired a missile.',
    );
  });

  it('reads Windows-1252 when the bytes are not UTF-8: curly quotes, a dash and Latin-1 accents', () => {
    // “Café de Flore” — says Müller, in Windows-1252 as an old newswire archive has it.
    const decoded = decodeArticle(
      bytes([0x93], 'Caf', [0xe9], ' de Flore', [0x94, 0x20, 0x97], ' says M', [0xfc], 'ller'),
    );
    assert.deepStrictEqual(decoded, { kind: 'text', text: '“Café de Flore” — says Müller', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark, as Notepad writes it', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Seoul, South Korea', 'utf16le')]);
    assert.deepStrictEqual(decodeArticle(le), { kind: 'text', text: 'Seoul, South Korea', encoding: 'utf-16le' });
  });

  it('reads an empty file as an empty text', () => {
    assert.strictEqual(textOf(new Uint8Array()), '');
  });

  it('keeps CR, CRLF, tabs and form feeds as text', () => {
    assert.strictEqual(
      textOf(bytes('MOSCOW\r\nLavrov said\rTASS\treported.\f')),
      'MOSCOW\r\nLavrov said\rTASS\treported.\f',
    );
  });

  it('calls a file with NUL bytes or many control bytes binary', () => {
    const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'IHDR');
    assert.deepStrictEqual(decodeArticle(png), { kind: 'binary', reason: 'it contains NUL bytes' });
    const controls = bytes(...Array.from({ length: 40 }, (_, i) => (i % 3 ? 'ab' : [0x01, 0x02, 0x03])));
    assert.strictEqual(binaryReason(controls), 'it contains many control characters');
    assert.strictEqual(binaryReason(bytes('A line with one bell\u0007 in it is still text.')), null);
  });
});
