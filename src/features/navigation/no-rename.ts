// Articles are read-only to News Lens: no rename provider, and F2 on an article says so instead of nothing.
import vscode = require('vscode');
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { COMMANDS } from '../commands';

export const NO_RENAME_MESSAGE =
  'News Lens never edits articles, so names cannot be renamed. Find All References (Shift+F12) lists every mention.';

// Without a rename provider VS Code disables F2 silently; the keybinding in package.json sends it here
// instead, in article editors only ("newsLens.articleEditor") and only where no other extension renames.
export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    void vscode.commands.executeCommand(
      'setContext',
      'newsLens.articleEditor',
      !!editor && index.isArticle(editor.document),
    );
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    index.onDidChange(update),
    vscode.commands.registerCommand(COMMANDS.explainNoRename, () => {
      void vscode.window.showInformationMessage(NO_RENAME_MESSAGE);
      return NO_RENAME_MESSAGE;
    }),
  );
  update();
}
