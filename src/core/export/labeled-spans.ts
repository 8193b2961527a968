// The one shape every exporter writes and every importer reads back: a typed span with its actor or value.
import type { Annotation, EntityType, Span } from '../types';

export type SpanLabel = EntityType | 'date';

export const SPAN_LABELS: readonly SpanLabel[] = ['person', 'organization', 'place', 'date'];

/** A name (with the id of its actor) or a date (with its TIMEX3 value). */
export interface LabeledSpan extends Span {
  label: SpanLabel;
  actor?: string;
  value?: string;
}

/** An annotation's names and dates in text order; `resolve` turns a mention's actor key into its actor's id. */
export function labeledSpans(
  annotation: Pick<Annotation, 'entities' | 'dates'>,
  resolve: (key: string) => string = key => key,
): LabeledSpan[] {
  const spans: LabeledSpan[] = [
    ...annotation.entities.map(({ start, end, text, type, actorKey }): LabeledSpan => ({
      start,
      end,
      text,
      label: type,
      actor: resolve(actorKey),
    })),
    ...annotation.dates.map(({ start, end, text, value }): LabeledSpan => ({ start, end, text, label: 'date', value })),
  ];
  return spans.sort(compareSpans);
}

export function compareSpans(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): number {
  return a.start - b.start || a.end - b.end;
}

/** Everything one article's export needs. */
export interface ExportDocument {
  /** The article's file name or id, e.g. `000_d6490ba55f8250cf.txt`. */
  name: string;
  text: string;
  spans: LabeledSpan[];
  /** The article's IRI in W3C annotations (a file URI or another id). */
  source: string;
  /** The article's date (`YYYY-MM-DD`, `XXXX-MM-DD`) or null. */
  date: string | null;
}
