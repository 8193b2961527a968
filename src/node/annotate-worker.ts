// Worker thread entry (dist/annotate-worker.js): annotates articles off the extension host's thread.
import { parentPort } from 'worker_threads';
import { annotate } from '../core';
import type { AnnotateRequest, AnnotateResponse } from './annotate-pool';

parentPort?.on('message', (request: AnnotateRequest) => {
  let response: AnnotateResponse;
  try {
    response = { id: request.id, annotation: annotate(request.text, request.options) };
  } catch (error) {
    response = { id: request.id, error: String(error) };
  }
  parentPort!.postMessage(response);
});
