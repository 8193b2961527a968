// A worker's answer to one request, the same in a worker thread, a web worker and the inline fallback: an
// annotation with what went wrong on the way, or the error as a message (an Error does not survive the
// structured clone with its class).
import { annotate } from '../core/annotate';
import { reportDateRuleFailures } from '../core/dates/find-dates';
import { errorMessage } from '../core/log';
import type { AnnotateRequest, AnnotateResponse } from './protocol';

export function handleRequest(request: AnnotateRequest): AnnotateResponse {
  const problems: string[] = [];
  const previous = reportDateRuleFailures((rule, error) =>
    problems.push(`the date rule '${rule}' failed on an article: ${errorMessage(error)}`),
  );
  try {
    const annotation = annotate(request.text, request.options);
    return problems.length ? { id: request.id, annotation, problems } : { id: request.id, annotation };
  } catch (error) {
    return { id: request.id, error: errorMessage(error) };
  } finally {
    reportDateRuleFailures(previous);
  }
}
