// JSONL for annotation tools: one line per article with doccano's `label` triples and Prodigy's `spans`
// (each tool reads its own key and keeps the other as data); offsets in code points, as Python counts.
import { offsetMap } from './code-points';
import { compareSpans, SPAN_LABELS, type ExportDocument, type LabeledSpan, type SpanLabel } from './labeled-spans';

const JSONL_LABELS: Record<SpanLabel, string> = { person: 'PERSON', organization: 'ORG', place: 'LOC', date: 'DATE' };
const LABELS_OF_NAMES = new Map(SPAN_LABELS.map(label => [JSONL_LABELS[label], label]));

export interface JsonlRecord {
  id: string;
  text: string;
  /** doccano: `[start, end, label]`. */
  label: [number, number, string][];
  /** Prodigy: with the actor id of a name and the TIMEX3 value of a date. */
  spans: { start: number; end: number; label: string; text: string; actor?: string; value?: string }[];
  meta: { source: string; date: string | null };
}

export function toJsonlRecord(document: ExportDocument): JsonlRecord {
  const offsets = offsetMap(document.text);
  const spans = document.spans.map(span => ({
    start: offsets.toCodePoint(span.start),
    end: offsets.toCodePoint(span.end),
    label: JSONL_LABELS[span.label],
    text: span.text,
    ...(span.actor ? { actor: span.actor } : {}),
    ...(span.value ? { value: span.value } : {}),
  }));
  return {
    id: document.name,
    text: document.text,
    label: spans.map(s => [s.start, s.end, s.label]),
    spans,
    meta: { source: document.source, date: document.date },
  };
}

/** One line per article; a file may hold many. */
export function toJsonlLine(document: ExportDocument): string {
  return JSON.stringify(toJsonlRecord(document)) + '\n';
}

/** The spans of a record: Prodigy's `spans` when present, else doccano's `label` triples. */
export function fromJsonlRecord(record: Pick<JsonlRecord, 'text'> & Partial<JsonlRecord>): LabeledSpan[] {
  const offsets = offsetMap(record.text);
  const raw = record.spans ?? (record.label ?? []).map(([start, end, label]) => ({ start, end, label }));
  const spans: LabeledSpan[] = [];
  for (const item of raw as { start: number; end: number; label: string; actor?: string; value?: string }[]) {
    const label =
      LABELS_OF_NAMES.get(item.label) ??
      (SPAN_LABELS.includes(item.label as SpanLabel) ? (item.label as SpanLabel) : undefined);
    if (!label) continue;
    const start = offsets.toUtf16(item.start);
    const end = offsets.toUtf16(item.end);
    const span: LabeledSpan = { start, end, text: record.text.slice(start, end), label };
    if (item.actor) span.actor = item.actor;
    if (item.value) span.value = item.value;
    spans.push(span);
  }
  return spans.sort(compareSpans);
}
