// Web worker entry (dist/web/annotate-worker.js): annotates articles off the browser extension host's thread.
import { annotate } from '../core/annotate';
import type { AnnotateRequest, AnnotateResponse } from './node-pool';

// The project compiles with Node's types, not the DOM's: the worker scope is declared as far as it is used.
declare const self: {
  onmessage: ((event: { data: AnnotateRequest }) => void) | null;
  postMessage(response: AnnotateResponse): void;
};

self.onmessage = ({ data: request }) => {
  let response: AnnotateResponse;
  try {
    response = { id: request.id, annotation: annotate(request.text, request.options) };
  } catch (error) {
    response = { id: request.id, error: String(error) };
  }
  self.postMessage(response);
};
