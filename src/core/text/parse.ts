// Runs compromise once per article and keeps only plain data: sentences and tagged terms with offsets.
import nlp from 'compromise';
import type { Span } from '../types';

export interface Term extends Span {
  tags: ReadonlySet<string>;
  /** Characters between this term and the next one, e.g. ", " or " (". */
  after: string;
}

export interface Sentence extends Span {
  terms: Term[];
}

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/** Splits an article into sentences of tagged terms. Never throws: odd text gives fewer terms. */
export function parseText(text: string): Sentence[] {
  if (!text.trim()) return [];
  let json: CompromiseSentence[];
  try {
    json = nlp(text).json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
  } catch {
    return [];
  }
  const sentences: Sentence[] = [];
  for (const s of json) {
    const terms = s.terms.filter(t => isAligned(text, t)).map(t => toTerm(text, t));
    if (terms.length === 0) continue;
    // compromise's sentence offsets drift after quotation marks; the terms' own offsets do not.
    const last = terms[terms.length - 1];
    const start = terms[0].start;
    const end = Math.min(text.length, last.end + (/^[^\s]*/.exec(last.after)?.[0].length ?? 0));
    sentences.push({ start, end, text: text.slice(start, end), terms });
  }
  return sentences;
}

// compromise may normalise a term's text; a term whose offsets do not point at its text is dropped
// rather than trusted, so every span stays exact.
function isAligned(text: string, t: CompromiseTerm): boolean {
  const { start, length } = t.offset;
  return length > 0 && text.slice(start, start + length) === t.text;
}

function toTerm(text: string, t: CompromiseTerm): Term {
  const start = t.offset.start;
  const end = start + t.offset.length;
  return { start, end, text: text.slice(start, end), tags: new Set(t.tags), after: t.post };
}
