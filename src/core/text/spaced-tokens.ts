// Text written the CoNLL way, its tokens joined by single spaces ("Japan 's Foreign Ministry", "( NYSE :
// IBM )", "do n't"), read back as prose is written, with where each character came from.

/** The prose form of a spaced text: `text` less some spaces, and per offset of it, the offset it had. */
export interface WrittenForm {
  text: string;
  origin: Int32Array;
}

// Punctuation that closes onto the word before it, and the clitics the Penn Treebank splits off ("'s",
// "n't", "'re"; "'S" in a headline in capitals), each standing alone between spaces.
const CLOSER = String.raw`(?:[,.;:!?%)\]}]|n['’]t|['’](?:s|re|ve|ll|d|m))(?=[ \t]|\r?\n|$)`;
const BEFORE_CLOSER = new RegExp(String.raw`(?<=[^\s])[ \t]+(?=${CLOSER})`, 'giu');
// A plural's possessive apostrophe standing alone ("Workers ' Union", "two weeks ' notice").
const BEFORE_PLURAL_POSSESSIVE = /(?<=\p{L}[sS])[ \t]+(?=['’](?:[ \t]|\r?\n|$))/gu;
// A bracket or currency sign that opens onto the word after it.
const AFTER_OPENER = /(?<=(?:^|[ \t\n])[([{$£€])[ \t]+(?=\S)/gu;
// A straight double quote standing alone.
const QUOTE = /(?<=^|[ \t\n])"(?=[ \t]|\r?\n|$)/gu;
// Spaced punctuation ("said ." ", he") against punctuation written onto its word ("said.", ", he").
const SPACED_MARK = /(?<=[^\s])[ \t]+[,.;:!?](?=[ \t]|\r?\n|$)/gu;
const GLUED_MARK = /[\p{L}\p{N}][,.;:!?](?=\s|$)/gu;

/**
 * The prose form when the text is written the CoNLL way (more of its commas and stops stand apart than
 * touch a word), else null. Only spaces inside a line go; a hyphen between spaces stays (a headline's
 * "SOCCER - JAPAN GET LUCKY WIN"), as do `` and '' (how ECB+ writes quotes, spaced in prose too).
 */
export function writtenForm(text: string): WrittenForm | null {
  const spaced = countOf(text, SPACED_MARK);
  if (spaced === 0 || spaced <= countOf(text, GLUED_MARK)) return null;
  const dropped = new Set<number>();
  const drop = (from: number, to: number) => {
    for (let k = from; k < to; k++) dropped.add(k);
  };
  for (const m of text.matchAll(BEFORE_CLOSER)) drop(m.index, m.index + m[0].length);
  for (const m of text.matchAll(BEFORE_PLURAL_POSSESSIVE)) drop(m.index, m.index + m[0].length);
  for (const m of text.matchAll(AFTER_OPENER)) drop(m.index, m.index + m[0].length);
  for (const quote of quoteSides(text)) {
    if (quote.opens) drop(quote.at + 1, blankTo(text, quote.at + 1, 1));
    else drop(blankTo(text, quote.at, -1), quote.at);
  }
  const kept: string[] = [];
  const origin = new Int32Array(text.length - dropped.size);
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    if (dropped.has(k)) continue;
    kept.push(text[k]);
    origin[n++] = k;
  }
  const written = kept.join('');
  return { text: written, origin };
}

/** A span of the prose form moved back onto the spaced text it came from (it may now hold spaces). */
export function spacedSpan<T extends { start: number; end: number; text: string }>(
  spaced: string,
  form: WrittenForm,
  span: T,
): T {
  const start = form.origin[span.start];
  let end = form.origin[span.end - 1] + 1;
  // A stop standing apart ends the sentence, not the name ("Elgon Kawa Ltd ."): CoNLL glues an abbreviation's
  // own dot to it ("Corp.").
  if (span.end - span.start > 1 && spaced[end - 1] === '.' && /[ \t]/.test(spaced[end - 2]))
    end = form.origin[span.end - 2] + 1;
  return { ...span, start, end, text: spaced.slice(start, end) };
}

/** The offset the spaces and tabs from `at` reach, onward (`step` 1) or back (`step` -1): a boundary either way. */
function blankTo(text: string, at: number, step: 1 | -1): number {
  const next = step === 1 ? 0 : -1;
  while (at + next >= 0 && at + next < text.length && (text[at + next] === ' ' || text[at + next] === '\t')) at += step;
  return at;
}

function countOf(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/**
 * Whether each straight quote standing alone opens or closes: one at a line's start opens, one at a line's
 * end closes, any other the opposite of the last (a blank line ends a quote). A comma before a quote says
 * nothing: it closes a quote ("deal , \" he said") as often as it opens one ("said , \" We").
 */
function quoteSides(text: string): { at: number; opens: boolean }[] {
  const sides: { at: number; opens: boolean }[] = [];
  let open = false;
  let from = 0;
  // The line start is carried along, never searched back for: a line of wire copy may hold thousands of quotes.
  let lineStart = 0;
  let nextLine = text.indexOf('\n');
  for (const m of text.matchAll(QUOTE)) {
    if (/\n[ \t]*\r?\n/.test(text.slice(from, m.index))) open = false;
    while (nextLine !== -1 && nextLine < m.index) {
      lineStart = nextLine + 1;
      nextLine = text.indexOf('\n', lineStart);
    }
    const atLineStart = blankTo(text, m.index, -1) <= lineStart;
    const next = /[^ \t]|$/.exec(text.slice(m.index + 1, m.index + 200))!;
    const atLineEnd = next[0] === '' || next[0] === '\n' || next[0] === '\r';
    const closes: boolean = !atLineStart && (open || atLineEnd);
    sides.push({ at: m.index, opens: !closes });
    open = !closes;
    from = m.index;
  }
  return sides;
}
