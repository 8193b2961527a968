// A worker's answer to one request, the same in a worker thread and a web worker: an annotation, or the
// error as a message (an Error does not survive the structured clone with its class).
import { annotate } from '../core/annotate';
import { errorMessage } from '../core/log';
import type { AnnotateRequest, AnnotateResponse } from './protocol';

export function handleRequest(request: AnnotateRequest): AnnotateResponse {
  try {
    return { id: request.id, annotation: annotate(request.text, request.options) };
  } catch (error) {
    return { id: request.id, error: errorMessage(error) };
  }
}
