// Finds quotations and who said them: "…," Gerasimov stressed; Lavrov said: "…"; "…," he said.
import type { Mention } from '../types';
import type { Token, TokenizedText } from '../text/tokenize';
import { spanEndingAt, spanStartingAt } from './sorted-spans';
import { isReportingVerb, verbBase } from './words';
import { antecedent } from './pronouns';

export interface Quote {
  /** Offsets of the quoted text, marks included. */
  start: number;
  end: number;
  /** Actor key of the speaker, or null when the quote is not attributed. */
  speakerKey: string | null;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const ATTRIBUTION_WINDOW = 8;

/** The quotations of an article, in order, each with its speaker when the text names one. */
export function findQuotes(doc: TokenizedText, entities: Mention[]): Quote[] {
  const quotes: Quote[] = [];
  const { tokens } = doc;
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // A quotation never runs over a blank line: an unbalanced mark must not swallow the article.
    if (open >= 0 && /\n\s*\n/.test(tokens[i - 1]?.after ?? '')) open = -1;
    if (token.kind !== 'punct') continue;
    const opens = OPENING.has(token.text) || (token.text === '"' && open < 0);
    const closes = CLOSING.has(token.text) || (token.text === '"' && open >= 0);
    if (opens && open < 0) open = i;
    else if (closes && open >= 0) {
      quotes.push({ start: tokens[open].start, end: token.end, speakerKey: speakerOf(doc, entities, open, i) });
      open = -1;
    }
  }
  return quotes;
}

/** The speaker a reporting verb names next to it ("Lavrov said", "said Lavrov", "he said"), by token index. */
export function reportedBy(tokens: Token[], entities: Mention[], verb: number): string | null {
  const before = nameEndingAt(entities, tokens[verb - 1]) ?? antecedent(tokens, entities, verb - 1);
  if (before) return before;
  // Only an inverted report names its speaker after the verb ("…," said Lavrov; "according to
  // Japanese media"); otherwise a name there is whom it was told ("told People").
  const inverted = verb === 0 || tokens[verb - 1].kind === 'punct' || tokens[verb].lower === 'according';
  if (!inverted) return null;
  for (let j = verb + 1; j < Math.min(tokens.length, verb + 4); j++) {
    const name = spanStartingAt(entities, tokens[j].start);
    if (name) return name.type === 'place' ? null : name.actorKey;
    if (tokens[j].kind === 'punct') break;
  }
  return null;
}

function speakerOf(doc: TokenizedText, entities: Mention[], open: number, close: number): string | null {
  const { tokens } = doc;
  // After the quote: ," Gerasimov stressed. / ," said Lavrov.
  for (let j = close + 1; j < Math.min(tokens.length, close + ATTRIBUTION_WINDOW); j++) {
    if (tokens[j].kind === 'punct' && /[.!?]/.test(tokens[j].text)) break;
    if (isReporting(tokens[j])) return reportedBy(tokens, entities, j);
  }
  // Before the quote: Lavrov said: "…" / Lavrov said that "…".
  for (let j = open - 1; j >= Math.max(0, open - ATTRIBUTION_WINDOW); j--) {
    if (tokens[j].kind === 'punct' && /[.!?"”]/.test(tokens[j].text)) break;
    if (isReporting(tokens[j])) return reportedBy(tokens, entities, j);
  }
  return null;
}

function isReporting(token: Token): boolean {
  return token.kind === 'word' && /^\p{Ll}/u.test(token.text) && isReportingVerb(verbBase(token.lower));
}

function nameEndingAt(entities: Mention[], token: Token | undefined): string | null {
  if (!token) return null;
  const name = spanEndingAt(entities, token.end);
  return name && name.type !== 'place' ? name.actorKey : null;
}
