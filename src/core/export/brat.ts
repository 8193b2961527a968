// brat standoff: `.ann` lines T (a typed text-bound span) and N (its actor id or TIMEX3 value) beside a `.txt` copy.
import { offsetMap } from './code-points';
import { compareSpans, type ExportDocument, type LabeledSpan, type SpanLabel } from './labeled-spans';

const BRAT_TYPES: Record<SpanLabel, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  date: 'Date',
};

/** The normalization databases of the N lines: News Lens actor ids and TIMEX3 values. */
export const ACTOR_DB = 'NewsLens';
export const TIMEX_DB = 'TIMEX3';

// Names other tools give the same types (CoNLL, OntoNotes, brat's own examples), for gold files from elsewhere.
const TYPE_SYNONYMS: Record<string, SpanLabel> = {
  person: 'person',
  per: 'person',
  pers: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
  geo: 'place',
  date: 'date',
  time: 'date',
  timex: 'date',
  timex3: 'date',
};

/** The entity types of the export, for brat's `annotation.conf` (found in the collection or a folder above it). */
export const BRAT_ANNOTATION_CONF = `[entities]\n${Object.values(BRAT_TYPES).join('\n')}\n\n[relations]\n\n[events]\n\n[attributes]\n`;

/** The `.ann` file of an article; offsets in code points, as brat (Python) counts them. */
export function toBratAnn(document: Pick<ExportDocument, 'text' | 'spans'>): string {
  const offsets = offsetMap(document.text);
  const lines: string[] = [];
  let notes = 0;
  document.spans.forEach((span, i) => {
    const id = `T${i + 1}`;
    const fragments = lineFragments(document.text, span).map(
      f => `${offsets.toCodePoint(f.start)} ${offsets.toCodePoint(f.end)}`,
    );
    const shown = bratText(span.text);
    lines.push(`${id}\t${BRAT_TYPES[span.label]} ${fragments.join(';')}\t${shown}`);
    const reference =
      span.label === 'date' ? span.value && `${TIMEX_DB}:${span.value}` : span.actor && `${ACTOR_DB}:${span.actor}`;
    if (reference) lines.push(`N${++notes}\tReference ${id} ${reference}\t${shown}`);
  });
  return lines.map(line => line + '\n').join('');
}

export interface BratImport {
  spans: LabeledSpan[];
  /** One line each: what was wrong and on which line of the `.ann` file; such lines are skipped. */
  problems: string[];
}

/** Reads an `.ann` file against its text: T lines of known types, with the actor or value of their N lines. */
export function fromBratAnn(ann: string, text: string): BratImport {
  const offsets = offsetMap(text);
  const problems: string[] = [];
  const spans = new Map<string, LabeledSpan>();
  const notes: { line: number; target: string; db: string; id: string }[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    const number = i + 1;
    if (!line.trim() || line.startsWith('#')) return;
    const problem = (what: string) => problems.push(`line ${number}: ${what}`);
    const fields = line.split('\t');
    if (fields[0].startsWith('T')) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1] ?? '');
      if (!/^T\d+$/.test(fields[0]) || !match || fields.length < 3)
        return problem('expected "T<n>\\tType start end\\ttext"');
      const label = TYPE_SYNONYMS[match[1].toLowerCase()];
      if (!label) return problem(`type "${match[1]}" is not a person, organization, place or date`);
      const fragments = match[2].split(';').map(f => f.split(' ').map(n => offsets.toUtf16(Number(n))));
      const start = fragments[0][0];
      const end = fragments[fragments.length - 1][1];
      if (fragments.some(([s, e]) => s > e || e > text.length) || start >= end)
        return problem(`offsets ${match[2]} are outside the text`);
      const covered = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
      if (bratText(covered) !== bratText(fields.slice(2).join('\t'))) {
        return problem(`the text at ${match[2]} is "${covered}", not "${fields.slice(2).join('\t')}"`);
      }
      spans.set(fields[0], { start, end, text: text.slice(start, end), label });
    } else if (fields[0].startsWith('N')) {
      const match = /^Reference (T\d+) ([^:\s]+):(\S+)$/.exec(fields[1] ?? '');
      if (!/^N\d+$/.test(fields[0]) || !match) return problem('expected "N<n>\\tReference T<n> DB:ID\\ttext"');
      notes.push({ line: number, target: match[1], db: match[2], id: match[3] });
    }
    // Relations, events, attributes and notes of other kinds say nothing about names and dates.
  });
  for (const note of notes) {
    const span = spans.get(note.target);
    if (!span) problems.push(`line ${note.line}: ${note.target} is not a span of a known type`);
    else if (note.db === TIMEX_DB && span.label === 'date') span.value = note.id;
    else if (note.db === ACTOR_DB && span.label !== 'date') span.actor = note.id;
  }
  return { spans: [...spans.values()].sort(compareSpans), problems };
}

// brat's text column is one line: a span over a line break is written as fragments joined by a space.
function lineFragments(text: string, span: Pick<LabeledSpan, 'start' | 'end'>): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  const pattern = /[^\r\n]+/g;
  const inside = text.slice(span.start, span.end);
  for (let m = pattern.exec(inside); m; m = pattern.exec(inside))
    fragments.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return fragments.length ? fragments : [{ start: span.start, end: span.end }];
}

function bratText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
