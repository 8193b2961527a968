// A worker's answer to one request, the same in a worker thread, a web worker and the inline fallback: an
// annotation, whole or compact (or a piece of JSONL input annotated), with what went wrong on the way, or
// the error as a message (an Error does not survive the structured clone with its class).
import { annotate, type AnnotateOptions } from '../core/annotate';
import { compactAnnotation } from '../core/cache/compact-annotation';
import { reportDateRuleFailures } from '../core/dates/find-dates';
import { errorMessage } from '../core/log';
import { annotateLines } from './annotate-lines';
import type { CompactAnnotation } from '../core/cache/compact-annotation';
import type { Annotation } from '../core/types';
import type { AnnotateLinesRequest, AnnotateRequest, AnnotateResponse } from './protocol';

export function handleRequest(request: AnnotateRequest | AnnotateLinesRequest): AnnotateResponse {
  const problems: string[] = [];
  const previous = reportDateRuleFailures((rule, error) =>
    problems.push(`the date rule '${rule}' failed on an article: ${errorMessage(error)}`),
  );
  try {
    const answer =
      'jsonl' in request
        ? { id: request.id, lines: annotateLines(request.jsonl, request.options) }
        : { id: request.id, ...annotated(request.text, request.options, request.form) };
    return problems.length ? { ...answer, problems } : answer;
  } catch (error) {
    return { id: request.id, error: errorMessage(error) };
  } finally {
    reportDateRuleFailures(previous);
  }
}

// The compact form's strings of JSON are built one byte a character, and a structured clone keeps them so:
// the receiving thread stores them as they come.
function annotated(
  text: string,
  options: AnnotateOptions,
  form: AnnotateRequest['form'],
): { annotation: Annotation } | { compact: CompactAnnotation } {
  const annotation = annotate(text, options);
  const compact = form === 'compact' ? compactAnnotation(annotation) : null;
  return compact ? { compact } : { annotation };
}
