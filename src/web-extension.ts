// Web entry point (VS Code for the Web, browser-hosted VS Code): the same features as the desktop,
// with articles annotated in a web worker. No Node API is reachable from here (the build checks it).
import { loadStarted } from './load-clock';
import vscode = require('vscode');
import { activateFeatures, type NewsLensApi } from './features';
import { startWorkerBackend } from './worker/web-backend';
import { log } from './workspace/output';

const bundleLoadMs = Date.now() - loadStarted;

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const activateStarted = Date.now();
  const workerScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'annotate-worker.js');
  const api = activateFeatures(context, { bundle: workerScript, start: () => startWorkerBackend(workerScript, log) });
  const activateMs = Date.now() - activateStarted;
  return { ...api, activationMs: bundleLoadMs + activateMs, bundleLoadMs, activateMs };
}

export function deactivate(): void {}
