// The export formats by name, and the files each writes for an article (paths relative to the chosen folder).
import type { Annotation } from '../types';
import { BRAT_ANNOTATION_CONF, toBratAnn } from './brat';
import { toConll } from './conll';
import { toJsonlLine } from './jsonl';
import { labeledSpans, type ExportDocument } from './labeled-spans';
import { toW3c } from './w3c';

export type ExportFormat = 'brat' | 'w3c' | 'conll' | 'jsonl';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'w3c', 'conll', 'jsonl'];

export const FORMAT_DESCRIPTIONS: Record<ExportFormat, string> = {
  brat: 'brat standoff: a folder per article with its .txt and .ann (T and N lines)',
  w3c: 'W3C Web Annotation JSON-LD (.jsonld): TextQuote and TextPosition selectors',
  conll: 'CoNLL BIO (.conll): a token and its tag per line',
  jsonl: 'JSONL (.jsonl) in the doccano / Prodigy style',
};

export interface ExportFile {
  /** Relative, with forward slashes. */
  path: string;
  content: string;
}

export interface ExportInput {
  name: string;
  text: string;
  annotation: Annotation;
  /** A mention's actor key to its actor's id (surnames merged across the exported articles). */
  resolve?: (key: string) => string;
  source: string;
}

export function exportDocument(input: ExportInput): ExportDocument {
  return {
    name: input.name,
    text: input.text,
    spans: labeledSpans(input.annotation, input.resolve),
    source: input.source,
    date: input.annotation.articleDate.value,
  };
}

/**
 * The files of one article, under `stem` (its path without extension, e.g. `news/000_d6490ba55f8250cf`):
 * brat gets a folder (`stem/<name>.txt` and `.ann`, brat wants the pair side by side), the others one file.
 */
export function articleFiles(format: ExportFormat, stem: string, document: ExportDocument): ExportFile[] {
  switch (format) {
    case 'brat': {
      const base = stem.slice(stem.lastIndexOf('/') + 1);
      return [
        { path: `${stem}/${base}.txt`, content: document.text },
        { path: `${stem}/${base}.ann`, content: toBratAnn(document) },
      ];
    }
    case 'w3c':
      return [{ path: `${stem}.jsonld`, content: JSON.stringify(toW3c(document), null, 2) + '\n' }];
    case 'conll':
      return [{ path: `${stem}.conll`, content: toConll(document.text, document.spans) }];
    case 'jsonl':
      return [{ path: `${stem}.jsonl`, content: toJsonlLine(document) }];
  }
}

/** Files written once per export: brat finds `annotation.conf` in the collection's folder or one above. */
export function collectionFiles(format: ExportFormat): ExportFile[] {
  return format === 'brat' ? [{ path: 'annotation.conf', content: BRAT_ANNOTATION_CONF }] : [];
}

/** An article's path without its extension: `news/000.txt` → `news/000`. */
export function stemOf(relativePath: string): string {
  return relativePath.replace(/\.[^./]*$/, '');
}
