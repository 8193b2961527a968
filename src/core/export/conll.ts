// CoNLL BIO: one token per line with its tag (`Gerasimov<TAB>I-PER`), a blank line between sentences.
import { compareSpans, type LabeledSpan, type SpanLabel } from './labeled-spans';

const CONLL_TAGS: Record<SpanLabel, string> = { person: 'PER', organization: 'ORG', place: 'LOC', date: 'DATE' };
const LABELS_OF_TAGS = new Map(Object.entries(CONLL_TAGS).map(([label, tag]) => [tag, label as SpanLabel]));

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** The file: `token<TAB>tag` lines, the tag `O` outside names and dates, `B-`/`I-` for their first/next tokens. */
export function toConll(text: string, spans: LabeledSpan[]): string {
  const sorted = [...spans].sort(compareSpans);
  const sentences = splitSentences(text, tokenize(text, sorted), sorted);
  let next = 0;
  return sentences
    .map(sentence =>
      sentence
        .map(token => {
          while (next < sorted.length && sorted[next].end <= token.start) next++;
          const span = sorted[next];
          if (!span || span.start >= token.end) return `${token.text}\tO\n`;
          return `${token.text}\t${span.start === token.start ? 'B' : 'I'}-${CONLL_TAGS[span.label]}\n`;
        })
        .join(''),
    )
    .join('\n');
}

/**
 * Words (letters and digits, with inner hyphens, apostrophes and dots: "Hwasong-15", "U.S") and single
 * other characters, cut again where a name or date begins or ends ("Russia|’s").
 */
export function tokenize(text: string, spans: Pick<LabeledSpan, 'start' | 'end'>[] = []): Token[] {
  const cuts = new Set(spans.flatMap(s => [s.start, s.end]));
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    for (let i = start + 1; i < end; i++) {
      if (!cuts.has(i)) continue;
      tokens.push({ start, end: i, text: text.slice(start, i) });
      start = i;
    }
    tokens.push({ start, end, text: text.slice(start, end) });
  }
  return tokens;
}

// A sentence ends at a line break or after . ! ? (and a closing quote) before a space, never inside a name.
function splitSentences(text: string, tokens: Token[], spans: LabeledSpan[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    current.push(token);
    const following = tokens[i + 1];
    if (!following) break;
    while (next < spans.length && spans[next].end <= token.end) next++;
    const insideSpan = next < spans.length && spans[next].start < token.end;
    const gap = text.slice(token.end, following.start);
    const ended = /[\r\n]/.test(gap) || (/\s/.test(gap) && endsSentence(current));
    if (ended && !insideSpan) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

function endsSentence(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].text;
  const before = tokens[tokens.length - 2]?.text;
  return /^[.!?]$/.test(last) || (/^["”’'»)]$/.test(last) && !!before && /^[.!?]$/.test(before));
}

/**
 * Spans from a CoNLL file of this text: each token is found in the text after the previous one; the last
 * column is the tag. Lines whose token is not in the text come back as problems.
 */
export function fromConll(conll: string, text: string): { spans: LabeledSpan[]; problems: string[] } {
  const spans: LabeledSpan[] = [];
  const problems: string[] = [];
  let cursor = 0;
  let open: LabeledSpan | null = null;
  const close = () => {
    if (open) spans.push({ ...open, text: text.slice(open.start, open.end) });
    open = null;
  };
  conll.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return close();
    const columns = line.split('\t');
    const token = columns[0];
    const tag = columns[columns.length - 1];
    const start = text.indexOf(token, cursor);
    if (columns.length < 2 || start < 0 || text.slice(cursor, start).trim()) {
      problems.push(`line ${i + 1}: "${token}" does not follow in the text`);
      return close();
    }
    cursor = start + token.length;
    const match = /^([BI])-(.+)$/.exec(tag);
    const label = match && LABELS_OF_TAGS.get(match[2]);
    if (!match || !label) return close();
    if (match[1] === 'I' && open && open.label === label) open.end = cursor;
    else {
      close();
      open = { start, end: cursor, text: '', label };
    }
  });
  close();
  return { spans, problems };
}
