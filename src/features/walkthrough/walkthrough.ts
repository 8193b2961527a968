// The Getting Started walkthrough: the command that opens it, and the commands behind its buttons (open an article, show a hover card, peek a definition, show the Events view).
import vscode = require('vscode');
import type { ActorMention } from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { COMMANDS } from '../commands';

/** The walkthrough's id, as package.json contributes it: `<publisher>.<name>#gettingStarted`. */
export const WALKTHROUGH_ID = 'news-lens.news-lens#gettingStarted';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.walkthroughOpen, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false),
    ),
    vscode.commands.registerCommand(COMMANDS.walkthroughOpenArticle, () => openArticle(index)),
    vscode.commands.registerCommand(COMMANDS.walkthroughShowHover, () =>
      showAtLinkedName(index, 'editor.action.showHover'),
    ),
    vscode.commands.registerCommand(COMMANDS.walkthroughPeekDefinition, () =>
      showAtLinkedName(index, 'editor.action.peekDefinition'),
    ),
    vscode.commands.registerCommand(COMMANDS.walkthroughShowEvents, () =>
      vscode.commands.executeCommand('newsLens.events.focus'),
    ),
  );
}

/**
 * The article to start with: the one that shares the most names with the other articles, so that its
 * hover cards and definitions lead somewhere. Ties go to the first by path.
 */
function bestArticle(index: WorkspaceIndex): string | undefined {
  const shared = new Map<string, number>();
  for (const actor of index.actors.actors()) {
    if (actor.documents.length < 2) continue;
    for (const documentId of actor.documents) shared.set(documentId, (shared.get(documentId) ?? 0) + 1);
  }
  const byShared = (a: string, b: string) =>
    (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || index.label(a).localeCompare(index.label(b));
  return index.actors.documentIds().sort(byShared)[0];
}

async function openArticle(index: WorkspaceIndex): Promise<vscode.TextEditor | undefined> {
  await index.ready;
  const documentId = bestArticle(index);
  if (!documentId) {
    const open = 'Open Folder';
    const choice = await vscode.window.showInformationMessage(
      'News Lens found no article yet: open a folder of news articles (.txt, .md or .news files).',
      open,
    );
    if (choice === open) await vscode.commands.executeCommand('vscode.openFolder');
    return undefined;
  }
  // From the walkthrough's button, beside the walkthrough rather than over it.
  const fromWalkthrough = vscode.window.tabGroups.activeTabGroup.activeTab?.label.startsWith('Walkthrough:');
  const viewColumn = fromWalkthrough ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
  return vscode.window.showTextDocument(index.uriOf(documentId), { preview: false, viewColumn });
}

/** In this article, the first mention of the actor that the most other articles mention too. */
function linkedMention(index: WorkspaceIndex, documentId: string): ActorMention | undefined {
  const annotation = index.actors.annotation(documentId);
  if (!annotation) return undefined;
  let best: { mention: ActorMention; articles: number } | undefined;
  for (const entity of annotation.entities) {
    const articles = index.actors.actor(entity.actorKey)?.documents.length ?? 0;
    if (!best || articles > best.articles) best = { mention: { documentId, mention: entity }, articles };
  }
  return best?.mention;
}

/** Puts the cursor on a name that other articles share (in the article on screen, else the best one) and runs an editor command there. */
async function showAtLinkedName(index: WorkspaceIndex, command: string): Promise<void> {
  const indexed = (editor: vscode.TextEditor) =>
    index.isArticle(editor.document) && index.actors.has(index.idOf(editor.document.uri));
  // With the walkthrough focused there is no active text editor, but the article opened beside it is visible.
  const onScreen = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(
    editor => editor && indexed(editor),
  );
  const editor = onScreen ?? (await openArticle(index));
  if (!editor) return;
  const documentId = index.idOf(editor.document.uri);
  const target = linkedMention(index, documentId);
  if (!target) return;
  const range = index.range(documentId, target.mention);
  // The cursor inside the name, not at its start: a hover asked for at a word's edge may show the word before.
  const inside = range.start.translate(0, 1);
  editor.selection = new vscode.Selection(inside, inside);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  await vscode.commands.executeCommand(command);
}
