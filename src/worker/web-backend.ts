// The browser's annotation backend: one web worker running dist/web/annotate-worker.js, so the
// extension host (itself a web worker) stays free for hovers and highlights while articles are read.
import vscode = require('vscode');
import type { AnnotateOptions } from '../core/annotate';
import type { Annotation } from '../core/types';
import type { AnnotationBackend } from '../workspace/annotator';
import type { AnnotateRequest, AnnotateResponse } from './node-pool';

// The project compiles with Node's types, not the DOM's: the web APIs are declared as far as they are used.
interface WebWorker {
  onmessage: ((event: { data: AnnotateResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(request: AnnotateRequest): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const URL: { createObjectURL(blob: Blob): string };

interface Pending {
  resolve: (annotation: Annotation) => void;
  reject: (error: Error) => void;
}

export function startWorkerBackend(script: vscode.Uri): AnnotationBackend {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const worker = workerUrl(script).then(url => {
    const started = new Worker(url, { name: 'News Lens annotator' });
    started.onmessage = ({ data: response }) => {
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      if ('annotation' in response) p.resolve(response.annotation);
      else p.reject(new Error(response.error));
    };
    started.onerror = event => failAll(new Error(`the annotation worker failed: ${event.message ?? 'unknown error'}`));
    return started;
  });
  return {
    async annotate(text: string, options: AnnotateOptions): Promise<Annotation> {
      const started = await worker;
      const id = nextId++;
      return new Promise<Annotation>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        started.postMessage({ id, text, options });
      });
    },
    dispose() {
      failAll(new Error('the annotation worker was closed'));
      void worker.then(started => started.terminate(), () => {});
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
