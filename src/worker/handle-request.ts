// A worker's answer to one request, the same in a worker thread, a web worker and the inline fallback: an
// annotation (or a piece of JSONL input annotated) with what went wrong on the way, or the error as a
// message (an Error does not survive the structured clone with its class).
import { annotate } from '../core/annotate';
import { reportDateRuleFailures } from '../core/dates/find-dates';
import { errorMessage } from '../core/log';
import { annotateLines } from './annotate-lines';
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
        : { id: request.id, annotation: annotate(request.text, request.options) };
    return problems.length ? { ...answer, problems } : answer;
  } catch (error) {
    return { id: request.id, error: errorMessage(error) };
  } finally {
    reportDateRuleFailures(previous);
  }
}
