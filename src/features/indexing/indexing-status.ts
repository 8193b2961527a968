// Shows the workspace scan in the status bar ("News Lens: indexing 120/982"); a click cancels it,
// and a command scans again.
import vscode = require('vscode');
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { COMMANDS } from '../commands';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  const item = vscode.window.createStatusBarItem('newsLens.indexing', vscode.StatusBarAlignment.Left, 10);
  item.name = 'News Lens Indexing';
  item.command = COMMANDS.cancelIndexing;
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(COMMANDS.cancelIndexing, () => index.cancelScan()),
    vscode.commands.registerCommand(COMMANDS.reindex, () => index.reindex()),
    index.onDidProgress(progress => {
      if (progress.finished) {
        item.hide();
        if (progress.cancelled) {
          vscode.window.setStatusBarMessage(
            `News Lens: indexing cancelled after ${progress.done} of ${progress.total} articles — run "News Lens: Reindex Workspace" to finish`,
            8000,
          );
        }
        return;
      }
      item.text = `$(sync~spin) News Lens: indexing ${progress.done}/${progress.total}`;
      item.tooltip = 'News Lens is reading the articles of this workspace. Click to cancel.';
      item.show();
    }),
  );
}
