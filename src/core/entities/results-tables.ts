// Wire copy's results tables (standings, results with scorers, leaderboards, draws, scorecards) read by
// their layout: a line counts only in a run of such lines, so a figure-laden line of prose is left alone.
import { isMarketTable, readTableLine, type LayoutFamily, type LineReading, type TableName } from './table-layouts';
import { readScorecardLine } from './scorecards';
import type { Span } from '../types';

export type { TableName } from './table-layouts';

// Lines a table carries between its rows, which neither make nor break a run: a match's half-time score
// and crowd, a scorecard's extras and total, a heading ("EASTERN DIVISION", "W L PCT GB", "Group G",
// "Men's 800 metres").
const ASIDE = /^[ \t]*(?:Half-?time|Attendance|Extras|Total|Fall of wickets|Did not bat|To bat|Referee)\b/iu;

function isAside(line: string): boolean {
  if (ASIDE.test(line) || !/\p{Ll}/u.test(line)) return true;
  const words = line.trim().split(/[ \t]+/);
  // A short heading ("Group G", "Men's 800 metres"), but no row of figures ("Joe Louis 26 - 1").
  return words.length <= 5 && !/[.:;!?\d]$/.test(line.trim());
}

// A line of prose that announces a table ("Standings after Sunday's matches (tabulate under …):").
const ANNOUNCES = /:[ \t]*$/;

/**
 * The names of every table line: one whose layout the nearest line on either side (asides skipped) shares
 * in kind (any table layout: a result line's scorers follow it on their own line), or that follows the
 * line announcing it. A lone line of figures in prose reads as prose.
 */
export function tableNames(text: string): TableName[] {
  const lines: { start: number; text: string; reading: LineReading | null; aside: boolean }[] = [];
  for (const match of text.matchAll(/[^\n]*/g)) {
    const line = match[0].replace(/\r$/, '');
    if (match.index > 0 && text[match.index - 1] !== '\n') continue;
    const reading = line.trim() ? readLine(line) : null;
    lines.push({ start: match.index, text: line, reading, aside: !reading && line.trim() !== '' && isAside(line) });
  }
  withoutOtherFigures(lines);
  const names: TableName[] = [];
  lines.forEach((line, i) => {
    if (!line.reading) return;
    const before = neighbour(lines, i, -1);
    const after = neighbour(lines, i, 1);
    const inRun =
      isRunOf(line, before) ||
      isRunOf(line, after) ||
      (before !== undefined &&
        ANNOUNCES.test(before.line.text) &&
        (!before.spaced || line.reading.family !== 'standing'));
    if (!inRun) return;
    for (const n of line.reading.names) {
      const name = { ...n, start: line.start + n.start, end: line.start + n.end };
      if (text.slice(name.start, name.end) === name.text) names.push(name);
    }
  });
  return names;
}

// A run of price lines that is no market's (a table of times, rainfall or rates) is read by the other layouts.
function withoutOtherFigures(lines: { text: string; reading: LineReading | null }[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].reading?.family !== 'price') continue;
    let end = i;
    while (end < lines.length && lines[end].reading?.family === 'price') end++;
    const run = lines.slice(i, end);
    const heading = lines[i - 1]?.text ?? '';
    if (
      !isMarketTable(
        run.flatMap(line => line.reading!.names.map(n => n.text)),
        heading,
      )
    )
      for (const line of run) line.reading = readScorecardLine(line.text);
    i = end - 1;
  }
}

// No table's line is longer (a result with a dozen scorers is about 200 characters); a longer one is prose,
// and the layouts' patterns need not try it.
const LONGEST_LINE = 500;

function readLine(line: string): LineReading | null {
  if (line.length > LONGEST_LINE) return null;
  return readTableLine(line) ?? readScorecardLine(line);
}

type Line = { text: string; aside: boolean; reading: LineReading | null };

/**
 * The nearest line in a direction that is no aside, within the block (two blank lines in a row end it), and
 * whether a blank line lies between.
 */
function neighbour<T extends Line>(
  lines: readonly T[],
  i: number,
  step: 1 | -1,
): { line: T; spaced: boolean } | undefined {
  let spaced = false;
  let blank = false;
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    if (lines[k].text.trim() === '') {
      if (blank) return undefined;
      blank = spaced = true;
    } else if (!lines[k].aside) return { line: lines[k], spaced };
    else blank = false;
  }
  return undefined;
}

// Wire copy double-spaces its results and leaderboards as it does its paragraphs ("1. Ludmila Engquist
// ( Sweden )", a blank line, "2. …"); across a blank line only a line of names with countries, results or
// scorers continues a run, not one of a name and figures, which a poll's line is too ("Clinton 52 49 51").
function isRunOf(line: Line, next: { line: Line; spaced: boolean } | undefined): boolean {
  if (next?.line.reading == null) return false;
  const figuresOnly = (family: LayoutFamily | undefined) => family === 'standing' || family === 'price';
  return !next.spaced || (!figuresOnly(line.reading?.family) && !figuresOnly(next.line.reading.family));
}

// A table's headings name nothing scored: its columns ("W L T GF GA PTS", "W L PCT GB": short capitals, two
// of them single letters), its sections ("EASTERN CONFERENCE", "ATLANTIC DIVISION", "AMERICAN LEAGUE": MISC
// under CoNLL's conventions) and its note of the home side's capitals ("( home team in CAPS )").
const COLUMNS = /^(?=(?:.*\b\p{Lu}\b){2})[ \t]*(?:\p{Lu}{1,4}[ \t]+){2,}\p{Lu}{1,4}[ \t]*$/u;
const SECTION =
  /^[ \t]*(?:[\p{Lu}. \t-]+[ \t](?:DIVISION|CONFERENCE)|AMERICAN[ \t]+LEAGUE|NATIONAL[ \t]+LEAGUE)[ \t]*$/u;
const CAPITALS_NOTE = /\bin[ \t]+$/;
const HEADING_LENGTH = 80;

/** Whether a name lies in a table's heading: a line of column names or of a section's, or the note "in CAPS". */
export function isInTableHeading(text: string, name: Span): boolean {
  if (name.text === 'CAPS' && CAPITALS_NOTE.test(text.slice(Math.max(0, name.start - 4), name.start))) return true;
  // A heading is a short line: no more than HEADING_LENGTH characters either side of the name.
  const before = text.slice(Math.max(0, name.start - HEADING_LENGTH), name.start);
  const after = text.slice(name.end, name.end + HEADING_LENGTH);
  const lineStart = before.lastIndexOf('\n');
  const lineEnd = after.indexOf('\n');
  if ((lineStart < 0 && name.start > HEADING_LENGTH) || (lineEnd < 0 && name.end + HEADING_LENGTH < text.length))
    return false;
  const line = (before.slice(lineStart + 1) + name.text + (lineEnd < 0 ? after : after.slice(0, lineEnd))).replace(
    /\r$/,
    '',
  );
  return COLUMNS.test(line) || SECTION.test(line);
}
