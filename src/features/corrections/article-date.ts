// "News Lens: Set Article Date" and "Clear Article Date": the user's own date for an article, which every
// relative date in it then resolves against. Scripts and tests may pass (uri, 'YYYY-MM-DD') directly.
import vscode = require('vscode');
import { isValidIsoDay } from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { errorLine } from '../../presentation/display';
import { COMMANDS } from '../commands';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.setArticleDate, (uri?: unknown, date?: unknown) =>
      setArticleDate(index, uri, date),
    ),
    vscode.commands.registerCommand(COMMANDS.clearArticleDate, (uri?: unknown) => clearArticleDate(index, uri)),
  );
}

/** True once the date is stored and the article annotated again. */
async function setArticleDate(index: WorkspaceIndex, uriArgument: unknown, dateArgument: unknown): Promise<boolean> {
  const uri = articleUri(uriArgument);
  if (!uri) return false;
  const date = typeof dateArgument === 'string' ? dateArgument.trim() : await askForDate(index, uri);
  if (date === undefined) return false;
  if (!isValidIsoDay(date)) {
    void vscode.window.showErrorMessage(`News Lens: "${date}" is not a day written YYYY-MM-DD.`);
    return false;
  }
  return store(index, uri, date);
}

async function clearArticleDate(index: WorkspaceIndex, uriArgument: unknown): Promise<boolean> {
  const uri = articleUri(uriArgument);
  return uri ? store(index, uri, undefined) : false;
}

/** The article a command is for: the one it was called with (editor menu, scripts), else the active editor's. */
function articleUri(argument: unknown): vscode.Uri | undefined {
  const uri = argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri;
  if (!uri) void vscode.window.showInformationMessage('News Lens: open an article first, then set its date.');
  return uri;
}

async function askForDate(index: WorkspaceIndex, uri: vscode.Uri): Promise<string | undefined> {
  const inferred = index.actors.annotation(index.idOf(uri))?.articleDate.value ?? '';
  const answer = await vscode.window.showInputBox({
    title: 'News Lens: Set Article Date',
    prompt: `When ${index.label(index.idOf(uri))} was written; its relative dates ("on Tuesday", "last week") resolve against it.`,
    placeHolder: 'YYYY-MM-DD',
    value: inferred,
    // With only month and day known, the year is what is left to type.
    valueSelection: inferred.startsWith('XXXX') ? [0, 4] : undefined,
    validateInput: value =>
      isValidIsoDay(value.trim()) ? undefined : 'A real day written YYYY-MM-DD, e.g. 2017-12-11',
  });
  return answer?.trim();
}

async function store(index: WorkspaceIndex, uri: vscode.Uri, date: string | undefined): Promise<boolean> {
  try {
    await index.articleDates.set(uri, date);
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(errorLine(error));
    return false;
  }
}
