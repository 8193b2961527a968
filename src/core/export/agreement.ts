// Agreement of annotations with a gold standard: precision, recall and F1 per type, as a markdown report.
import { SPAN_LABELS, type LabeledSpan, type SpanLabel } from './labeled-spans';

export interface TypeScore {
  label: SpanLabel | 'all';
  gold: number;
  predicted: number;
  /** Same start, end and type. */
  matched: number;
  /** null when there is nothing to divide by. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** F1 when a span that overlaps one of the same type counts: boundaries aside, did they agree? */
  overlapF1: number | null;
}

/** Scores per type present in either list, then over all of them. */
export function scoreSpans(gold: LabeledSpan[], predicted: LabeledSpan[]): TypeScore[] {
  const labels = SPAN_LABELS.filter(
    label => gold.some(s => s.label === label) || predicted.some(s => s.label === label),
  );
  return [
    ...labels.map(label =>
      score(
        label,
        gold.filter(s => s.label === label),
        predicted.filter(s => s.label === label),
      ),
    ),
    score('all', gold, predicted),
  ];
}

function score(label: TypeScore['label'], gold: LabeledSpan[], predicted: LabeledSpan[]): TypeScore {
  const key = (s: LabeledSpan) => `${s.start}:${s.end}:${s.label}`;
  const goldKeys = new Set(gold.map(key));
  const matched = predicted.filter(s => goldKeys.has(key(s))).length;
  const precision = ratio(matched, predicted.length);
  const recall = ratio(matched, gold.length);
  const overlapping = (s: LabeledSpan, others: LabeledSpan[]) =>
    others.some(o => o.label === s.label && o.start < s.end && s.start < o.end);
  const overlapPrecision = ratio(predicted.filter(s => overlapping(s, gold)).length, predicted.length);
  const overlapRecall = ratio(gold.filter(s => overlapping(s, predicted)).length, gold.length);
  return {
    label,
    gold: gold.length,
    predicted: predicted.length,
    matched,
    precision,
    recall,
    f1: f1(precision, recall),
    overlapF1: f1(overlapPrecision, overlapRecall),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export interface Disagreements {
  /** In the gold standard, not found with that span and type. */
  missed: LabeledSpan[];
  /** Found, not in the gold standard with that span and type. */
  extra: LabeledSpan[];
}

export function disagreements(gold: LabeledSpan[], predicted: LabeledSpan[]): Disagreements {
  const key = (s: LabeledSpan) => `${s.start}:${s.end}:${s.label}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  return { missed: gold.filter(s => !predictedKeys.has(key(s))), extra: predicted.filter(s => !goldKeys.has(key(s))) };
}

export interface AgreementInput {
  /** What the report is about, e.g. the article's name. */
  title: string;
  /** Where the gold standard comes from, e.g. the `.ann` file. */
  goldSource: string;
  gold: LabeledSpan[];
  /** The annotations compared with the gold standard, each under its name ("automatic", "with corrections"). */
  systems: { name: string; spans: LabeledSpan[] }[];
  /** Lines of the gold file that could not be used. */
  problems: string[];
}

const LISTED = 40;

export function agreementMarkdown(input: AgreementInput): string {
  const lines = [
    `# Agreement with gold: ${input.title}`,
    '',
    `Gold standard: ${input.goldSource} (${input.gold.length} spans).`,
    '',
  ];
  lines.push('Exact match: same start, end and type. Overlap: a span of the same type overlaps.', '');
  for (const system of input.systems) {
    lines.push(
      `## ${system.name}`,
      '',
      '| type | gold | found | matched | precision | recall | F1 | F1 (overlap) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const s of scoreSpans(input.gold, system.spans)) {
      const label = s.label === 'all' ? '**all**' : s.label;
      lines.push(
        `| ${label} | ${s.gold} | ${s.predicted} | ${s.matched} | ${percent(s.precision)} | ${percent(s.recall)} | ${percent(s.f1)} | ${percent(s.overlapF1)} |`,
      );
    }
    const { missed, extra } = disagreements(input.gold, system.spans);
    lines.push('', ...listed('Missed (in gold only)', missed), ...listed('Extra (not in gold)', extra));
  }
  if (input.problems.length)
    lines.push('## Gold lines not used', '', ...input.problems.map(p => `- ${escapeMarkdown(p)}`), '');
  return lines.join('\n');
}

function listed(heading: string, spans: LabeledSpan[]): string[] {
  if (spans.length === 0) return [`${heading}: none.`, ''];
  const items = spans.slice(0, LISTED).map(s => `- ${s.label} “${escapeMarkdown(s.text)}” at ${s.start}–${s.end}`);
  if (spans.length > LISTED) items.push(`- and ${spans.length - LISTED} more`);
  return [`${heading}: ${spans.length}`, '', ...items, ''];
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\s+/g, ' ');
}
