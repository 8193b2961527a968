// The map step where the annotators are: a piece of JSONL input in, the lines `annotate --format jsonl`
// prints out, both as UTF-8 bytes, so that the CLI's main thread only moves bytes. Parsing each article,
// cloning its annotation across threads and printing it kept that thread a quarter of a core busy, which
// two workers then waited on.
import { annotate, type AnnotateOptions } from '../core/annotate';
import { jsonlLines, parseArticleInput } from '../core/export/article-input';
import { toArticleLine } from '../core/export/article-line';
import { errorMessage } from '../core/log';
import type { AnnotatedLines } from './protocol';

// The input's byte-order mark is dropped where the file starts; one at a piece's start is a line's.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export function annotateLines(jsonl: Uint8Array, options: AnnotateOptions): AnnotatedLines {
  const lines = jsonlLines(decoder.decode(jsonl));
  // Each line goes to bytes as soon as it is made: kept as strings until the piece ends, they outlived V8's
  // young generation and filled the old one.
  const printed: Uint8Array[] = [];
  const badLines: AnnotatedLines['badLines'] = [];
  const failed: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const article = parseArticleInput(line);
    if ('problem' in article) {
      badLines.push({ line: i + 1, problem: article.problem });
      return;
    }
    try {
      const annotation = annotate(article.text, { ...options, articleDate: article.date ?? options.articleDate });
      printed.push(encoder.encode(JSON.stringify(toArticleLine(article.id, annotation)) + '\n'));
    } catch (error) {
      failed.push(`${article.id} not annotated: ${errorMessage(error)}`);
    }
  });
  return { output: concatenated(printed), lineCount: lines.length, badLines, failed };
}

function concatenated(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
