// How names are compared: in lower case, without the accents of Latin letters.

// Printable ASCII has no accents to take off: most names skip Unicode normalization.
const PRINTABLE_ASCII = /^[ -~]*$/;

/** "Zürich" → "zurich", "PYONGYANG" → "pyongyang"; in other scripts a mark can make another letter, and stays. */
export function foldAccentsAndCase(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}
