// Articles are prose: a line that runs past the right edge hides names that cannot then be hovered.
// `.news` files wrap by default (package.json); for a workspace of .txt and .md articles, News Lens
// offers once to turn wrap on for those languages in the workspace's settings.
import vscode = require('vscode');
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { COMMANDS } from '../commands';

const OFFERED = 'newsLens.wordWrap.offered';
const TURN_ON = 'Turn On';
const NOT_NOW = 'Not Now';
// The languages VS Code gives the article files whose wrap is the user's to choose.
const LANGUAGES: Record<string, string> = { txt: 'plaintext', md: 'markdown', markdown: 'markdown' };
const EXTENSIONS: Record<string, string> = { plaintext: '.txt', markdown: '.md' };

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.wordWrapTurnOn, () => turnOn(languagesOf(index))),
  );
  let asking = false;
  const offer = async () => {
    if (asking || context.workspaceState.get<boolean>(OFFERED) || !vscode.workspace.workspaceFolders?.length) return;
    const languages = unwrapped(
      languagesOf(
        index,
        vscode.window.visibleTextEditors.map(e => e.document.uri),
      ),
    );
    if (!languages.length) return;
    asking = true;
    await context.workspaceState.update(OFFERED, true);
    const kinds = languages.map(languageId => EXTENSIONS[languageId]).join(' and ');
    const answer = await vscode.window.showInformationMessage(
      `Wrap the lines of this workspace's ${kinds} articles, so that each paragraph reads whole and every name can be hovered?`,
      TURN_ON,
      NOT_NOW,
    );
    if (answer === TURN_ON) await turnOn(languagesOf(index));
    listener.dispose();
  };
  // Asked when an article is in view, once the workspace is indexed: not before there is anything to read.
  const listener = vscode.window.onDidChangeVisibleTextEditors(() => void index.ready.then(offer));
  context.subscriptions.push(listener);
  void index.ready.then(offer);
}

/** Turns word wrap on, in the workspace's settings, for the languages of its articles. */
export async function turnOn(languages: string[]): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  for (const languageId of languages) {
    await vscode.workspace.getConfiguration('editor', { languageId }).update('wordWrap', 'on', target, true);
  }
}

/** The wrap-choosing languages of the indexed articles; of those among `shown` when given. */
function languagesOf(index: WorkspaceIndex, shown?: vscode.Uri[]): string[] {
  const indexed = new Set(index.actors.documentIds());
  const uris = shown ? shown.filter(uri => indexed.has(index.idOf(uri))) : [...indexed].map(id => index.uriOf(id));
  const languages = uris.map(uri => LANGUAGES[uri.path.replace(/^.*\./, '').toLowerCase()]).filter(Boolean);
  return [...new Set(languages)].sort();
}

// Wrap is off unless the user (or a workspace) chose otherwise for the language or for every file.
function unwrapped(languages: string[]): string[] {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return languages.filter(
    languageId =>
      vscode.workspace.getConfiguration('editor', { uri: folder?.uri, languageId }).get<string>('wordWrap', 'off') ===
      'off',
  );
}
