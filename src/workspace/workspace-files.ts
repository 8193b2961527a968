// Which files of the workspace are articles: the include globs, less `newsLens.exclude`, `files.exclude`
// and what .gitignore files leave out, per workspace folder.
import vscode = require('vscode');
import { articleFilter, globMatcher, IgnoreRules } from '../core/view';
import { readSettings, type NewsLensSettings } from './settings';
import { log } from './output';

export class ArticleFiles {
  /** Per workspace folder (by URI), the test of its relative paths, built from the settings and its .gitignore files. */
  private filters = new Map<string, (path: string) => boolean>();

  /** Whether a file is an article: in a workspace folder, as the settings and .gitignore say; elsewhere, by the include globs. */
  isArticle(uri: vscode.Uri, settings: NewsLensSettings): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return uri.scheme !== 'untitled' && globMatcher(settings.include)(uri.path.replace(/^\/+/, ''));
    const filter = this.filters.get(folder.uri.toString()) ?? articleFilter(settings);
    return filter(relativePath(folder, uri));
  }

  /** Reads the .gitignore files and the settings of each workspace folder afresh and combines them. */
  async loadFilters(): Promise<void> {
    const filters = new Map<string, (path: string) => boolean>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readSettings(folder);
      const gitignore = new IgnoreRules();
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'));
      for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
        try {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
          gitignore.add(relativePath(folder, file).replace(/\/?\.gitignore$/, ''), text);
        } catch (error) {
          // Gone since it was found: its rules are gone too. Any other failure leaves its rules out, with a trace.
          if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound'))
            log.warn(`${file.toString(true)} not read, its rules are left out: ${String(error)}`);
        }
      }
      filters.set(folder.uri.toString(), articleFilter({ ...settings, gitignore }));
    }
    this.filters = filters;
  }

  /** The article files of the workspace, or of one folder in it, sorted. */
  async find(settings: NewsLensSettings, inside?: vscode.Uri): Promise<vscode.Uri[]> {
    // One search per glob: VS Code's globs take no braces around globs that have braces themselves.
    // Without an exclude argument, VS Code leaves out `files.exclude` as it walks.
    const found = await Promise.all(
      settings.include.map(glob =>
        vscode.workspace.findFiles(inside ? new vscode.RelativePattern(inside, glob) : glob),
      ),
    );
    const unique = new Map(found.flat().map(uri => [uri.toString(), uri]));
    return [...unique.values()]
      .filter(uri => this.isArticle(uri, settings))
      .sort((a, b) => a.toString().localeCompare(b.toString()));
  }
}

/** A file's path inside its workspace folder, without a leading slash. */
function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.slice(folder.uri.path.replace(/\/$/, '').length).replace(/^\/+/, '');
}
