// Articles are prose: a paragraph is one long line, and a name past the editor's edge cannot be hovered.
// `.news` files wrap by default (package.json, configurationDefaults); for a workspace of .txt and .md
// articles, News Lens offers once to turn wrapping on there.
import vscode = require('vscode');
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { log } from '../../workspace/output';
import { errorLine } from '../../presentation/display';

const OFFERED_KEY = 'newsLens.wordWrapOffered';
const WRAPPED_LANGUAGES = ['plaintext', 'markdown'];
// A line longer than this runs past the edge of most editors.
const LONG_LINE = 120;

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  // Only for the installed extension: the tests and the screenshot runs (extension development mode)
  // drive the workbench with keys, and Escape would close this notification instead of what they meant.
  if (context.extensionMode !== vscode.ExtensionMode.Production) return;
  let offered = context.workspaceState.get<boolean>(OFFERED_KEY, false);
  const consider = (editor: vscode.TextEditor | undefined) => {
    if (offered || !editor || !wantsWrap(index, editor.document)) return;
    offered = true;
    void context.workspaceState.update(OFFERED_KEY, true);
    void offer();
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(consider),
    index.onDidChange(() => consider(vscode.window.activeTextEditor)),
  );
  consider(vscode.window.activeTextEditor);
}

/** An indexed .txt or .md article, not wrapped, with a line too long to read without wrapping. */
function wantsWrap(index: WorkspaceIndex, document: vscode.TextDocument): boolean {
  if (
    !WRAPPED_LANGUAGES.includes(document.languageId) ||
    !vscode.workspace.getWorkspaceFolder(document.uri) ||
    !index.isArticle(document)
  )
    return false;
  if (!index.actors.has(index.idOf(document.uri))) return false;
  const wrap = vscode.workspace
    .getConfiguration('editor', { uri: document.uri, languageId: document.languageId })
    .get<string>('wordWrap');
  if (wrap !== 'off') return false;
  for (let line = 0; line < Math.min(document.lineCount, 200); line++) {
    if (document.lineAt(line).text.length > LONG_LINE) return true;
  }
  return false;
}

async function offer(): Promise<void> {
  const wrap = 'Wrap Lines';
  const choice = await vscode.window.showInformationMessage(
    'News Lens: the paragraphs of these articles run past the edge of the editor. Wrap the lines of .txt and .md files in this workspace?',
    wrap,
    'Not Now',
  );
  if (choice !== wrap) return;
  try {
    for (const languageId of WRAPPED_LANGUAGES) {
      await vscode.workspace
        .getConfiguration('editor', { languageId })
        .update('wordWrap', 'on', vscode.ConfigurationTarget.Workspace, true);
    }
  } catch (error) {
    log.error('could not turn word wrap on in the workspace settings', error);
    void vscode.window.showErrorMessage(errorLine(error, 'word wrap was not turned on'));
  }
}
