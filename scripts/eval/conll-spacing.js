// An article rewritten the way CoNLL-2003 newswire reaches a tool (its tokens joined by single spaces:
// "Japan 's Foreign Ministry", "( NYSE : IBM )", "do n't"), with its gold spans moved to the new offsets.
'use strict';

// Short forms that keep their dot, as the CoNLL files write them ("Corp.", "Calif.", "Mr.").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col sgt capt maj cmdr adm gov sen rep rev prof st mt ft jr sr inc corp co ltd bros vs ' +
    'ave blvd dept univ est no jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del ' +
    'fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

// A word with inner apostrophes, hyphens, dots or ampersands ("al-Assad", "U.S", "AT&T"), a number with its
// separators and letters ("1,000", "3.5", "76ers", "33-year-old"), or any other character alone.
const PIECE =
  /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.&-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|\p{N}(?:[\p{N},.:/]*\p{N})?\p{L}*(?:-[\p{L}\p{N}]+)*|``|''|--|\S/gu;
// The clitics the Penn Treebank (and so CoNLL) splits from their word: "Japan 's", "do n't", "they 're".
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** One word or number as CoNLL tokens: the clitic split off, a final dot kept only on a short form. */
function piecesOf(word) {
  const out = [];
  let rest = word;
  let dot = '';
  if (rest.endsWith('.') && rest.length > 1) {
    const bare = rest.slice(0, -1);
    const last = bare.split('-').pop(); // "D-Mass." of a senator
    const keeps = last.includes('.') || /^\p{Lu}$/u.test(last) || ABBREVIATIONS.has(last.toLowerCase());
    if (!keeps) {
      rest = bare;
      dot = '.';
    }
  }
  const clitic = CLITIC.exec(rest);
  // "n't" keeps "ca"/"wo" as the words ("ca n't"); a bare "'s" stays whole.
  if (clitic && clitic.index > 0) out.push(rest.slice(0, clitic.index), rest.slice(clitic.index));
  else out.push(rest);
  if (dot) out.push(dot);
  return out;
}

/** The CoNLL tokens of one line, each with its offset in the line. */
function lineTokens(line) {
  const tokens = [];
  for (const match of line.matchAll(PIECE)) {
    let at = match.index;
    for (const piece of piecesOf(match[0])) {
      tokens.push({ start: at, text: piece });
      at += piece.length;
    }
  }
  return tokens;
}

// A headline in capitals, as Reuters wrote them ("SOCCER - JAPAN GET LUCKY WIN"), letter by letter so
// that no offset moves ("ß" stays).
const capitals = line => [...line].map(c => (c.toUpperCase().length === c.length ? c.toUpperCase() : c)).join('');

/**
 * The document spaced the CoNLL way (with `capitalHeadline`, its first line in capitals): `{ ...doc, text, entities }` with each line's tokens joined by one
 * space (lines kept), and every entity moved so that `text.slice(start, end)` is its spaced form; `offsets`
 * maps each old offset to its new one (-1 for dropped whitespace), `dropped` counts entities lost.
 */
function respace(doc, { capitalHeadline = false } = {}) {
  const map = new Int32Array(doc.text.length + 1).fill(-1);
  const lines = [];
  let offset = 0;
  let out = 0;
  for (const [n, line] of doc.text.split('\n').entries()) {
    const tokens = lineTokens(n === 0 && capitalHeadline ? capitals(line) : line);
    const pieces = [];
    for (const token of tokens) {
      if (pieces.length) out++;
      for (let k = 0; k < token.text.length; k++) map[offset + token.start + k] = out + k;
      pieces.push(token.text);
      out += token.text.length;
    }
    lines.push(pieces.join(' '));
    offset += line.length + 1;
    out++;
  }
  const text = lines.join('\n');
  const moved = doc.entities.map(e => moveSpan(map, text, e));
  return { ...doc, text, entities: moved.filter(Boolean), dropped: moved.filter(e => !e).length, offsets: map };
}

/** A span of the plain text moved onto the spaced one by `offsets` (from `respace`), or null. */
function moveSpan(offsets, text, span) {
  const start = offsets[span.start];
  const end = offsets[span.end - 1] + 1;
  return start < 0 || end <= 0 ? null : { ...span, start, end, text: text.slice(start, end) };
}

module.exports = { respace, moveSpan, lineTokens };

if (require.main === module) {
  // `node scripts/eval/conll-spacing.js FILE.jsonl [ID]`: prints a document (the first by default) spaced.
  const fs = require('fs');
  const [file, id] = process.argv.slice(2);
  const docs = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line));
  const doc = docs.find(d => !id || d.id === id);
  const spaced = respace(doc);
  console.log(spaced.text);
  for (const e of spaced.entities) console.log(`${e.type}\t${e.text}`);
}
