// Cuts a sentence into clauses, each with its own verb: at punctuation, conjunctions and relative
// words; the pieces without a verb join the clause they belong to.
import type { Sentence } from '../text/tokenize';
import { findPredicates, type ClauseContext, type Predicate } from './predicates';

export interface Clause {
  /** Token indices: first and one past the last. */
  first: number;
  last: number;
  predicates: Predicate[];
  /** "…and conducted nuclear tests": the clause starts with its verb and shares the previous subject. */
  sharesSubject: boolean;
}

const BOUNDARY_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '«', '»']);
const BOUNDARY_WORDS = new Set([
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'although',
  'though',
  'when',
  'where',
  'whereby',
  'if',
  'unless',
  'that',
  'as',
  'after',
  'before',
  'since',
  'until',
  'so',
]);
// A clause opened by these words speaks of something else than the previous subject.
const NEW_SUBJECT_WORDS = new Set([
  'which',
  'that',
  'whose',
  'whom',
  'when',
  'where',
  'if',
  'as',
  'because',
  'although',
  'though',
  'since',
  'so',
]);

export function splitClauses(ctx: ClauseContext, sentence: Sentence): Clause[] {
  const pieces: { first: number; last: number }[] = [];
  let start = sentence.first;
  for (let i = sentence.first + 1; i < sentence.last; i++) {
    const token = ctx.tokens[i];
    const dash = token.text === '-' && token.after !== '' && ctx.tokens[i - 1].after !== '';
    const boundary =
      token.kind === 'punct'
        ? BOUNDARY_PUNCT.has(token.text) || dash
        : !ctx.blocked(i) && BOUNDARY_WORDS.has(token.lower);
    if (boundary && i > start) {
      pieces.push({ first: start, last: i });
      start = i;
    }
  }
  pieces.push({ first: start, last: sentence.last });

  const withVerbs = pieces.map(piece => ({
    ...piece,
    predicates: findPredicates(ctx, piece.first, piece.last),
    joinsNext: false,
  }));
  // Names listed before a coordinated verb are its subject: "…, while Seoul | and Washington hold drills".
  for (let i = withVerbs.length - 2; i >= 0; i--) {
    const piece = withVerbs[i];
    const next = withVerbs[i + 1];
    const opener = ctx.tokens[next.first];
    const coordinated = opener.text === ',' || /^(?:and|or|nor)$/.test(opener.lower);
    piece.joinsNext =
      piece.predicates.length === 0 &&
      ctx.endsName(piece.last - 1) &&
      coordinated &&
      (next.predicates.length > 0 || next.joinsNext);
  }
  const clauses: Clause[] = [];
  let pending: number | null = null;
  for (const piece of withVerbs) {
    if (piece.predicates.length === 0) {
      // Words before the first verb are its subject or an opening phrase; words after a verb are its object.
      if (clauses.length === 0 || piece.joinsNext) pending ??= piece.first;
      else clauses[clauses.length - 1].last = piece.last;
      continue;
    }
    const first = pending ?? piece.first;
    pending = null;
    clauses.push({
      first,
      last: piece.last,
      predicates: piece.predicates,
      sharesSubject: startsWithVerb(ctx, first, piece.predicates[0]),
    });
  }
  if (clauses.length === 0)
    return [{ first: sentence.first, last: sentence.last, predicates: [], sharesSubject: false }];
  return clauses;
}

// "…and conducted nuclear tests in 2006": nothing but a conjunction or adverbs before the verb.
function startsWithVerb(ctx: ClauseContext, first: number, predicate: Predicate): boolean {
  const opener = ctx.tokens[first];
  if (opener.kind === 'word' && NEW_SUBJECT_WORDS.has(opener.lower)) return false;
  for (let i = first; i < predicate.first; i++) {
    const token = ctx.tokens[i];
    if (ctx.blocked(i)) return false;
    if (
      token.kind === 'word' &&
      !BOUNDARY_WORDS.has(token.lower) &&
      !/^(?:also|then|later|have|has|had|will|would|was|were|is|are|be|been|not|never|reportedly|allegedly)$/.test(
        token.lower,
      )
    )
      return false;
  }
  return true;
}
