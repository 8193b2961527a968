// The browser's annotation backend: one web worker running dist/annotate-worker.js, so the
// extension host (itself a web worker) stays free for hovers and highlights while articles are read.
import vscode = require('vscode');
import type { AnnotateOptions } from '../core/annotate';
import type { CompactAnnotation } from '../core/cache/compact-annotation';
import type { Log } from '../core/log';
import type { Annotation } from '../core/types';
import { PendingRequests } from './pending-requests';
import type { AnnotateRequest, AnnotateResponse, AnnotationBackend } from './protocol';

// The project compiles with Node's types, not the DOM's: the web APIs are declared as far as they are used.
interface WebWorker {
  onmessage: ((event: { data: AnnotateResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(request: AnnotateRequest): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const URL: { createObjectURL(blob: Blob): string };

export function startWorkerBackend(script: vscode.Uri, log: Log): AnnotationBackend {
  const pending = new PendingRequests(log);
  const worker = workerUrl(script).then(url => {
    const started = new Worker(url, { name: 'News Lens annotator' });
    started.onmessage = ({ data: response }) => void pending.settle(response);
    started.onerror = event => {
      const error = new Error(`the annotation worker failed: ${event.message ?? 'unknown error'}`);
      log.error(error.message);
      pending.failAll(error);
    };
    return started;
  });
  worker.catch(error => log.error('the annotation worker cannot start', error));
  const send = async <A extends Annotation | CompactAnnotation>(request: (id: number) => AnnotateRequest) => {
    const started = await worker;
    return pending.add<A>(undefined, id => started.postMessage(request(id)));
  };
  return {
    annotate: (text: string, options: AnnotateOptions) => send<Annotation>(id => ({ id, text, options })),
    annotateCompactly: (text: string, options: AnnotateOptions) =>
      send<CompactAnnotation | Annotation>(id => ({ id, text, options, form: 'compact' })),
    dispose() {
      pending.failAll(new Error('the annotation worker was closed'));
      void worker.then(
        started => started.terminate(),
        () => {},
      );
    },
  };
}

// A web worker starts from a URL the browser can fetch. VS Code for the Web serves extensions over
// https; an extension served by a remote (code-server) has a vscode-remote: URI, which VS Code refuses
// for workers, so the script is read through the file system and handed over as a blob.
async function workerUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' }));
}
