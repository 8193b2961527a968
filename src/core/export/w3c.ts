// W3C Web Annotation JSON-LD: an AnnotationCollection per article, each name or date an Annotation whose
// target has a TextQuoteSelector and a TextPositionSelector (code points, as the model counts characters).
import { contentHash } from '../cache/annotation-cache';
import { offsetMap } from './code-points';
import { compareSpans, SPAN_LABELS, type ExportDocument, type LabeledSpan, type SpanLabel } from './labeled-spans';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const QUOTE_CONTEXT = 32;

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'identifying' | 'describing';
  value: string;
  format?: string;
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface W3cCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/**
 * Bodies: the type as a tag ("person"), the actor id as what identifies it ("person:valery-gerasimov"), a
 * date's TIMEX3 value as what describes it ("2017-11-29").
 */
export function toW3c(document: ExportDocument): W3cCollection {
  const offsets = offsetMap(document.text);
  const collection = `urn:news-lens:${contentHash(document.text)}`;
  const items = document.spans.map((span, i): W3cAnnotation => {
    const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: span.label }];
    if (span.actor) body.push({ type: 'TextualBody', purpose: 'identifying', value: span.actor });
    if (span.value)
      body.push({ type: 'TextualBody', purpose: 'describing', value: span.value, format: 'text/x-timex3-value' });
    return {
      id: `${collection}:a${i + 1}`,
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: {
        source: document.source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: span.text,
            prefix: document.text.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start),
            suffix: document.text.slice(span.end, span.end + QUOTE_CONTEXT),
          },
          { type: 'TextPositionSelector', start: offsets.toCodePoint(span.start), end: offsets.toCodePoint(span.end) },
        ],
      },
    };
  });
  return {
    '@context': W3C_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: `News Lens annotations of ${document.name}`,
    total: items.length,
    first: { id: `${collection}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** Reads the spans back from a collection this module wrote (or any with position selectors and tag bodies). */
export function fromW3c(collection: unknown, text: string): LabeledSpan[] {
  const offsets = offsetMap(text);
  const items = (collection as Partial<W3cCollection>)?.first?.items ?? [];
  const spans: LabeledSpan[] = [];
  for (const item of items) {
    const selectors = Array.isArray(item?.target?.selector) ? item.target.selector : [];
    const position = selectors.find(s => s?.type === 'TextPositionSelector') as
      { start: number; end: number } | undefined;
    const bodies = Array.isArray(item?.body) ? item.body : [];
    const label = bodies.find(b => b?.purpose === 'tagging')?.value as SpanLabel | undefined;
    if (!position || !label || !SPAN_LABELS.includes(label)) continue;
    const start = offsets.toUtf16(position.start);
    const end = offsets.toUtf16(position.end);
    const span: LabeledSpan = { start, end, text: text.slice(start, end), label };
    const actor = bodies.find(b => b?.purpose === 'identifying')?.value;
    const value = bodies.find(b => b?.purpose === 'describing')?.value;
    if (actor) span.actor = actor;
    if (value) span.value = value;
    spans.push(span);
  }
  return spans.sort(compareSpans);
}
