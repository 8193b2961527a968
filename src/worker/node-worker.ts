// Worker thread entry (dist/annotate-worker.js): annotates articles off the extension host's thread.
// Required on the main thread instead (where threads cannot start), it only exports `annotate`.
import { parentPort } from 'worker_threads';
import { annotate } from '../core';
import type { AnnotateRequest, AnnotateResponse } from './node-pool';

export { annotate };

parentPort?.on('message', (request: AnnotateRequest) => {
  let response: AnnotateResponse;
  try {
    response = { id: request.id, annotation: annotate(request.text, request.options) };
  } catch (error) {
    response = { id: request.id, error: String(error) };
  }
  parentPort!.postMessage(response);
});
