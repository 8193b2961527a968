// The annotation worker (dist/annotate-worker.js), one bundle for every host: a Node worker thread (the
// desktop extension host, the CLI) or a web worker (VS Code for the Web); where threads cannot start,
// node-backend runs it on the main thread with a stand-in for the worker's scope. One bundle rather than
// one per host: the annotators are most of the .vsix, which has to stay under 2 MB.
import { handleRequest } from './handle-request';
import { transferables, type AnnotateLinesRequest, type AnnotateRequest, type AnnotateResponse } from './protocol';

/** A web worker's scope, as far as it is used (the project compiles with Node's types, not the DOM's). */
export interface WorkerScope {
  onmessage: ((event: { data: AnnotateRequest | AnnotateLinesRequest }) => void) | null;
  postMessage(response: AnnotateResponse, transfer?: ArrayBuffer[]): void;
}
declare const self: WorkerScope | undefined;

if (typeof self === 'object' && self !== null && typeof self.postMessage === 'function') {
  const scope = self;
  scope.onmessage = ({ data: request }) => {
    const response = handleRequest(request);
    scope.postMessage(response, transferables(response));
  };
} else {
  // A Node worker thread. The module's name is put together so that the bundler, which builds for the
  // browser, leaves it to Node's own `require` at run time.
  const threads = 'worker_threads';
  const { parentPort } = require(threads) as typeof import('worker_threads');
  parentPort?.on('message', (request: AnnotateRequest | AnnotateLinesRequest) => {
    const response = handleRequest(request);
    parentPort.postMessage(response, transferables(response));
  });
}
