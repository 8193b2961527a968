// brat, doccano, Prodigy and the W3C model count characters as code points (Python's str); News Lens
// counts UTF-16 units as editors do. The two differ after every character outside the BMP (emoji, rare CJK).

export interface OffsetMap {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
}

export function offsetMap(text: string): OffsetMap {
  // Offsets of the astral characters (two UTF-16 units, one code point), in text order.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astral.push(i++);
    }
  }
  if (astral.length === 0) return { toCodePoint: n => n, toUtf16: n => n };
  return {
    // Each astral character that ends at or before the offset took one unit more than a code point.
    toCodePoint: utf16 => utf16 - countBelow(astral, utf16 - 1),
    toUtf16: codePoint => {
      let utf16 = codePoint;
      for (const at of astral) {
        if (at < utf16) utf16++;
        else break;
      }
      return utf16;
    },
  };
}

/** How many sorted values are < limit. */
function countBelow(sorted: number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
