// Web worker entry (dist/web/annotate-worker.js): annotates articles off the browser extension host's thread.
import { handleRequest } from './handle-request';
import type { AnnotateRequest, AnnotateResponse } from './protocol';

// The project compiles with Node's types, not the DOM's: the worker scope is declared as far as it is used.
declare const self: {
  onmessage: ((event: { data: AnnotateRequest }) => void) | null;
  postMessage(response: AnnotateResponse): void;
};

self.onmessage = ({ data: request }) => self.postMessage(handleRequest(request));
