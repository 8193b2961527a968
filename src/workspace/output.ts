// The "News Lens" output channel (View › Output): fallbacks, cache and indexing errors are logged
// here, with VS Code's log levels, instead of being swallowed.
import vscode = require('vscode');
import type { Log } from '../core/log';

let channel: vscode.LogOutputChannel | undefined;

/** The extension's log; the channel is created on first use, so activation does not pay for it. */
export const log: Log = {
  info: message => output().info(message),
  warn: message => output().warn(message),
  error: (message, error) => (error === undefined ? output().error(message) : output().error(message, error)),
};

function output(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('News Lens', { log: true });
  return channel;
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push({ dispose: () => channel?.dispose() });
}
