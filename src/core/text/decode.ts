// Turns an article file's bytes into the text the editor shows: UTF-8 (its byte-order mark dropped), else
// Windows-1252, and no text at all for a binary file.

export type DecodedFile = { kind: 'text'; text: string; encoding: Encoding } | { kind: 'binary'; reason: string };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// Enough bytes to tell a binary file from text without reading a 5 MB article twice.
const SAMPLE_BYTES = 8192;
// Text has tabs and line breaks among its control bytes, and few of those; images and archives have many.
const MAX_CONTROL_RATIO = 0.1;

export function decodeArticle(bytes: Uint8Array): DecodedFile {
  // Notepad's "Unicode" is UTF-16 with a byte-order mark, whose NUL bytes would otherwise look binary.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return { kind: 'text', text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const binary = binaryReason(bytes);
  if (binary) return { kind: 'binary', reason: binary };
  try {
    // `ignoreBOM: false` (the default) drops a leading byte-order mark, as editors do: offsets count without it.
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: older newswire archives and Windows tools write Windows-1252 (a superset of Latin-1 in
    // its printable range), where every byte is some character.
    return { kind: 'text', text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, the euro sign); the rest is Latin-1. Written out
// because Node's TextDecoder('windows-1252') decodes these as Latin-1 control characters.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const codes = Array.from(bytes.subarray(i, i + 0x8000), byte =>
      byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Why the bytes look like no text (a NUL byte, or many control bytes), or null. */
export function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'it contains NUL bytes';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO
    ? 'it contains many control characters'
    : null;
}
