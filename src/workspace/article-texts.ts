// The text of each indexed article, which quotes, headlines and positions are read from. An open article's
// is kept as the string it is; a closed one's as its UTF-8 bytes, decoded when asked for: an archive holds
// tens of thousands, and V8 keeps the string of an article with one curly quote in two bytes a character.

/** How many closed articles' texts stay decoded, the least recently asked for dropped first. */
const RECENT_DECODED = 16;

const encoder = new TextEncoder();
// A byte-order mark the article starts with is part of its text (offsets count it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// A lone surrogate would not survive a trip through UTF-8: such a text is kept as a string.
const LONE_SURROGATE = /\p{Surrogate}/u;

export class ArticleTexts {
  private readonly stored = new Map<string, string | Uint8Array>();
  private readonly open = new Set<string>();
  private readonly decoded = new Map<string, string>();

  set(documentId: string, text: string): void {
    this.decoded.delete(documentId);
    this.stored.set(documentId, this.open.has(documentId) ? text : packed(text));
  }

  get(documentId: string): string | undefined {
    const stored = this.stored.get(documentId);
    if (stored === undefined || typeof stored === 'string') return stored;
    let text = this.decoded.get(documentId);
    if (text === undefined) text = decoder.decode(stored);
    this.decoded.delete(documentId);
    this.decoded.set(documentId, text);
    if (this.decoded.size > RECENT_DECODED) this.decoded.delete(this.decoded.keys().next().value!);
    return text;
  }

  has(documentId: string): boolean {
    return this.stored.has(documentId);
  }

  delete(documentId: string): void {
    this.stored.delete(documentId);
    this.decoded.delete(documentId);
  }

  /** An open article's text is kept as a string (the editor compares it on every change); a closed one's packed. */
  setOpen(documentId: string, open: boolean): void {
    if (open) this.open.add(documentId);
    else this.open.delete(documentId);
    const text = this.get(documentId);
    if (text !== undefined) this.set(documentId, text);
  }
}

function packed(text: string): string | Uint8Array {
  return LONE_SURROGATE.test(text) ? text : encoder.encode(text);
}
