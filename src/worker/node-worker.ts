// Worker thread entry (dist/annotate-worker.js): annotates articles off the extension host's thread.
// Required on the main thread instead (where threads cannot start), it only exports `handleRequest`.
import { parentPort } from 'worker_threads';
import { handleRequest } from './handle-request';
import type { AnnotateRequest } from './protocol';

export { handleRequest };

parentPort?.on('message', (request: AnnotateRequest) => parentPort!.postMessage(handleRequest(request)));
