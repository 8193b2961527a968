// Desktop entry point: the features, with articles annotated in worker threads. Nothing else happens here.
import { loadStarted } from './load-clock';
import vscode = require('vscode');
import { activateFeatures, type NewsLensApi } from './features';
import { startNodeBackend } from './worker/node-backend';
import { log } from './workspace/output';

// Everything above is the bundle loading; VS Code may wait a while before it calls activate().
const bundleLoadMs = Date.now() - loadStarted;

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const activateStarted = Date.now();
  const workerScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'annotate-worker.js');
  const api = activateFeatures(context, {
    bundle: workerScript,
    start: () => startNodeBackend(workerScript.fsPath, log),
  });
  // The extension's own cost before the first highlight request: loading the bundle, then activate().
  const activateMs = Date.now() - activateStarted;
  const activationMs = bundleLoadMs + activateMs;
  return { ...api, activationMs, bundleLoadMs, activateMs };
}

export function deactivate(): void {}
