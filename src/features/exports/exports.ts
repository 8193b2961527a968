// Exports articles with their annotations (corrections applied) to brat, W3C Web Annotation, CoNLL or
// JSONL in a folder the user picks, and imports a brat `.ann` as gold to report agreement with News Lens.
// Scripts and tests pass (format, folder URI, article URI) or (ann URI, article URI) directly.
import * as uriPath from '../../workspace/uri-path';
import vscode = require('vscode');
import {
  EXPORT_FORMATS,
  FORMAT_DESCRIPTIONS,
  agreementMarkdown,
  exportCollection,
  fromBratAnn,
  labeledSpans,
  stemOf,
  type ExportFormat,
  type LabeledSpan,
} from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { count, errorLine } from '../../presentation/display';
import { COMMANDS } from '../commands';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(
      COMMANDS.exportArticle,
      async (format?: unknown, folder?: unknown, article?: unknown) => {
        const uri = article instanceof vscode.Uri ? article : vscode.window.activeTextEditor?.document.uri;
        const id = uri && index.idOf(uri);
        if (!id || index.text(id) === undefined) {
          void vscode.window.showInformationMessage('News Lens: open an annotated article first, then export it.');
          return undefined;
        }
        return exportArticles(index, [id], format, folder);
      },
    ),
    vscode.commands.registerCommand(COMMANDS.exportWorkspace, (format?: unknown, folder?: unknown) =>
      exportArticles(
        index,
        index.actors.documentIds().filter(id => index.text(id) !== undefined),
        format,
        folder,
      ),
    ),
    vscode.commands.registerCommand(COMMANDS.importBratGold, (ann?: unknown, article?: unknown) =>
      importBratGold(index, ann, article),
    ),
  );
}

/** The URIs written, or undefined when nothing was exported. */
async function exportArticles(
  index: WorkspaceIndex,
  ids: string[],
  formatArgument: unknown,
  folderArgument: unknown,
): Promise<string[] | undefined> {
  if (ids.length === 0) {
    void vscode.window.showInformationMessage('News Lens: no annotated articles to export yet.');
    return undefined;
  }
  const format = EXPORT_FORMATS.includes(formatArgument as ExportFormat)
    ? (formatArgument as ExportFormat)
    : await pickFormat();
  if (!format) return undefined;
  const folder = folderArgument instanceof vscode.Uri ? folderArgument : await pickFolder();
  if (!folder) return undefined;
  const files = exportCollection(
    format,
    ids.map(id => {
      const uri = index.uriOf(id);
      const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
      const path = workspaceFolder ? uriPath.relative(workspaceFolder.uri.path, uri.path) : uriPath.basename(uri.path);
      return { path, text: index.text(id)!, annotation: index.actors.annotation(id)!, source: uri.toString() };
    }),
    key => index.actors.resolve(key),
  );
  const articles = new Set(index.actors.documentIds());
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = vscode.Uri.joinPath(folder, ...file.path.split('/'));
      // The extension never writes an article, not even when the chosen folder is the articles' own.
      if (articles.has(index.idOf(target)))
        throw new Error(`${vscode.workspace.asRelativePath(target)} is an article; choose another folder`);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
      written.push(target.toString());
    }
  } catch (error) {
    void vscode.window.showErrorMessage(errorLine(error, `export stopped after ${written.length} file(s)`));
    return written;
  }
  vscode.window.setStatusBarMessage(
    `News Lens: exported ${count(ids.length, 'article')} as ${format} to ${folder.fsPath}`,
    5000,
  );
  if (format === 'brat' && vscode.workspace.getWorkspaceFolder(folder)) {
    void vscode.window.showWarningMessage(
      'News Lens: the brat .txt copies are inside the workspace, so they are indexed as articles too. Export outside the workspace, or add the folder to the newsLens.exclude setting.',
    );
  }
  return written;
}

/** The agreement report's markdown (also opened in a new untitled editor), or undefined when nothing was compared. */
async function importBratGold(
  index: WorkspaceIndex,
  annArgument: unknown,
  articleArgument: unknown,
): Promise<string | undefined> {
  const ann =
    annArgument instanceof vscode.Uri
      ? annArgument
      : (
          await vscode.window.showOpenDialog({
            title: 'News Lens: brat annotations to compare with (gold)',
            canSelectMany: false,
            filters: { 'brat annotations': ['ann'] },
          })
        )?.[0];
  if (!ann) return undefined;
  const article = articleArgument instanceof vscode.Uri ? articleArgument : articleFor(index, ann);
  const id = article && index.idOf(article);
  const text = id && index.text(id);
  if (!article || !id || text === undefined) {
    void vscode.window.showErrorMessage(
      `News Lens: no annotated article to compare ${uriPath.basename(ann.path)} with; open the article first.`,
    );
    return undefined;
  }
  let annText: string;
  try {
    annText = new TextDecoder().decode(await vscode.workspace.fs.readFile(ann));
  } catch (error) {
    void vscode.window.showErrorMessage(`News Lens: cannot read ${ann.fsPath} (${String(error)})`);
    return undefined;
  }
  const gold = fromBratAnn(annText, text);
  const problems = [...gold.problems];
  const beside = vscode.Uri.joinPath(ann, '..', `${stemOf(uriPath.basename(ann.path))}.txt`);
  const besideText = await vscode.workspace.fs.readFile(beside).then(
    bytes => new TextDecoder().decode(bytes),
    () => undefined,
  );
  if (besideText !== undefined && besideText !== text)
    problems.unshift(`the .txt beside the .ann is not the article's text as it is now, so offsets may point elsewhere`);
  const resolve = (key: string) => index.actors.resolve(key);
  const shown = labeledSpans(index.actors.annotation(id)!, resolve);
  const automatic = index.corrections.automaticAnnotation(article);
  const systems: { name: string; spans: LabeledSpan[] }[] = automatic
    ? [
        { name: 'News Lens with your corrections', spans: shown },
        { name: 'Automatic (before your corrections)', spans: labeledSpans(automatic, resolve) },
      ]
    : [{ name: 'News Lens (automatic)', spans: shown }];
  const report = agreementMarkdown({
    title: index.label(id),
    goldSource: vscode.workspace.asRelativePath(ann),
    gold: gold.spans,
    systems,
    problems,
  });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: report });
  await vscode.window.showTextDocument(document, { preview: false });
  return report;
}

/** The article an `.ann` file is about: the one indexed under the same name, else the active article. */
function articleFor(index: WorkspaceIndex, ann: vscode.Uri): vscode.Uri | undefined {
  const stem = stemOf(uriPath.basename(ann.path));
  const named = index.actors
    .documentIds()
    .map(id => index.uriOf(id))
    .filter(uri => stemOf(uriPath.basename(uri.path)) === stem);
  if (named.length === 1) return named[0];
  const editor = vscode.window.activeTextEditor;
  return editor && index.isArticle(editor.document) ? editor.document.uri : undefined;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map(format => ({ label: format, detail: FORMAT_DESCRIPTIONS[format], format })),
    {
      title: 'News Lens: export format',
    },
  );
  return picked?.format;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'News Lens: folder to export to',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: 'Export Here',
  });
  return picked?.[0];
}
