// A cricket scorecard's lines: a batsman with how he was out and his runs ("Z. Crawley c Carey b Cummins
// 45"), the bowlers' figures ("Bowling: Starc 14-2-51-1, Lyon 12-1-55-1"), an innings' heading.
import { NAME, sideType, type LineReading, type TableName } from './table-layouts';

const GAP = '[ \\t]+';
const SP = '[ \\t]*';
const DISMISSAL =
  `(?:(?:c|st)${GAP}(?:${NAME}|&)${GAP}b${GAP}${NAME}|c${GAP}and${GAP}b${GAP}${NAME}|lbw${GAP}b${GAP}${NAME}|` +
  `(?:hit${GAP}wicket${GAP})?b${GAP}${NAME}|run${GAP}out(?:${SP}\\(${SP}${NAME}(?:${SP}/${SP}${NAME})?${SP}\\))?|` +
  `not${GAP}out|retired${GAP}(?:hurt|out))`;
const BATTING = new RegExp(`^${SP}(${NAME})${GAP}(${DISMISSAL})${GAP}\\d{1,3}\\*?${SP}$`, 'u');
// The fielders and bowlers named in a dismissal: each name after "c", "st", "b" or a bracket.
const IN_DISMISSAL = new RegExp(`(?<=(?:^|[ \\t(/])(?:c|st|b|\\(|/)${SP})${NAME}`, 'gu');
const BOWLING = new RegExp(`^${SP}Bowling${SP}:${SP}(.+)$`, 'u');
const FIGURES = new RegExp(
  `^${SP}(${NAME})${GAP}\\d{1,3}(?:\\.\\d)?-\\d{1,3}-\\d{1,3}-\\d{1,2}(?:${SP}\\([^()]*\\))?${SP}$`,
  'u',
);
const INNINGS = new RegExp(`^${SP}(${NAME})${GAP}(?:first|second|1st|2nd)${GAP}innings\\b`, 'u');
// An innings in one line: "England 326 (Hussain 107, Atherton 52; Waqar 4-83)", "Sri Lanka first innings
// 41-1 (Karunaratne 20 not out)": the side, its total, and in brackets its batsmen's runs and the bowlers'
// wickets.
const SUMMARY = new RegExp(
  `^${SP}(${NAME})(?:${GAP}(?:first|second|1st|2nd)${GAP}innings)?${GAP}\\d{1,3}(?:[-/]\\d{1,2})?` +
    `(?:${GAP}(?:declared|dec|all out))?${SP}\\(${SP}([^()]+)${SP}\\)${SP}\\.?${SP}$`,
  'u',
);
const PERFORMER = new RegExp(`^${SP}(${NAME})${GAP}\\d{1,3}(?:\\*|-\\d{1,3}|${GAP}not${GAP}out)?${SP}$`, 'u');

/** The names in a scorecard's line, or null when the line has none of its layouts. */
export function readScorecardLine(line: string): LineReading | null {
  const batting = BATTING.exec(line);
  if (batting) {
    const batsman: TableName = { start: line.indexOf(batting[1]), end: 0, text: batting[1], type: 'person' };
    batsman.end = batsman.start + batsman.text.length;
    const offset = line.indexOf(batting[2], batsman.end);
    const others = [...batting[2].matchAll(IN_DISMISSAL)].map(m => ({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
      type: 'person' as const,
    }));
    return { family: 'batting', names: [batsman, ...others] };
  }
  const summary = innings(line);
  if (summary) return summary;
  const heading = INNINGS.exec(line);
  if (heading) {
    const start = line.indexOf(heading[1]);
    return {
      family: 'batting',
      names: [{ start, end: start + heading[1].length, text: heading[1], type: sideType(heading[1]) }],
    };
  }
  const bowling = BOWLING.exec(line);
  if (!bowling) return null;
  const names: TableName[] = [];
  let from = line.length - bowling[1].length;
  for (const item of bowling[1].split(/[,;]/)) {
    const figures = FIGURES.exec(item);
    if (!figures) return null;
    const start = line.indexOf(figures[1], from);
    names.push({ start, end: start + figures[1].length, text: figures[1], type: 'person' });
    from += item.length + 1;
  }
  return { family: 'bowling', names };
}

function innings(line: string): LineReading | null {
  const match = SUMMARY.exec(line);
  if (!match) return null;
  const side = line.indexOf(match[1]);
  const names: TableName[] = [{ start: side, end: side + match[1].length, text: match[1], type: sideType(match[1]) }];
  let from = line.indexOf(match[2], side + match[1].length);
  for (const item of match[2].split(/[,;]/)) {
    const start = from;
    from += item.length + 1;
    // "50 overs", "5 wickets": the innings' own figures.
    if (/^[ \t]*\d/.test(item)) continue;
    const performer = PERFORMER.exec(item);
    if (!performer) return null;
    const at = line.indexOf(performer[1], start);
    names.push({ start: at, end: at + performer[1].length, text: performer[1], type: 'person' });
  }
  return { family: 'batting', names };
}
