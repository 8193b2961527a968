// The article dates the user set, kept beside the articles in `.newslens/article-dates.json` of each
// workspace folder (never in an article): `{ "path/in/folder.txt": "2017-12-11", … }`.
import * as path from 'path';
import * as vscode from 'vscode';

export const SIDECAR_FOLDER = '.newslens';
export const SIDECAR_FILE = 'article-dates.json';

type Dates = Record<string, string>;

interface FolderDates {
  dates: Dates;
  /** Why the sidecar could not be read, while it is corrupt; it is then kept and never written. */
  problem: string | null;
}

export class ArticleDateStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderDates>();
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * @param datesChanged called with the articles whose date changed, whoever changed the sidecar; a
   *   `set` resolves only once it is done, so what reads the index next sees the new dates.
   */
  constructor(private readonly datesChanged: (articles: vscode.Uri[]) => Promise<void>) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${SIDECAR_FOLDER}/${SIDECAR_FILE}`);
    // Deleting the whole `.newslens` folder reports the folder alone, which the file's glob never matches.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${SIDECAR_FOLDER}`, true, true, false);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.reload(folder);
    };
    this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload),
      folderWatcher, folderWatcher.onDidDelete(reload));
  }

  /** Reads the sidecar of every workspace folder. */
  async load(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) await this.reload(folder);
  }

  /** The date the user set for an article (`YYYY-MM-DD`), if any. */
  dateFor(article: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) return undefined;
    const dates = this.folders.get(folder.uri.toString())?.dates;
    const key = keyOf(folder, article);
    return dates && Object.hasOwn(dates, key) ? dates[key] : undefined;
  }

  /** Sets (or with `undefined` clears) an article's date and writes the sidecar; throws with a message for the user. */
  async set(article: vscode.Uri, date: string | undefined): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) throw new Error('the article is not in a workspace folder, so there is no place to keep its date');
    // Read again first: the sidecar may have been edited by hand since it was loaded.
    await this.reload(folder);
    const current = this.folders.get(folder.uri.toString()) ?? { dates: {}, problem: null };
    if (current.problem) {
      throw new Error(`${sidecarLabel(folder)} cannot be read (${current.problem}); it is kept as it is. Fix or delete it, then set the date again.`);
    }
    const dates: Dates = { ...current.dates };
    const key = keyOf(folder, article);
    if (date === undefined) delete dates[key];
    else dates[key] = date;
    await writeSidecar(folder, dates);
    await this.update(folder, { dates, problem: null });
  }

  private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const read = await readSidecar(folder);
    const previous = this.folders.get(folder.uri.toString());
    if (read.problem && read.problem !== previous?.problem) {
      void vscode.window.showErrorMessage(
        `News Lens: ${sidecarLabel(folder)} cannot be read (${read.problem}). It is kept as it is and not overwritten; the article dates in it are not used until it is fixed.`);
    }
    await this.update(folder, read);
  }

  private async update(folder: vscode.WorkspaceFolder, next: FolderDates): Promise<void> {
    const before = this.folders.get(folder.uri.toString())?.dates ?? {};
    this.folders.set(folder.uri.toString(), next);
    const keys = new Set([...Object.keys(before), ...Object.keys(next.dates)]);
    const changed = [...keys].filter(key => before[key] !== next.dates[key]);
    if (changed.length) await this.datesChanged(changed.map(key => vscode.Uri.joinPath(folder.uri, ...key.split('/'))));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The article's path inside its workspace folder, with forward slashes on every platform. */
function keyOf(folder: vscode.WorkspaceFolder, article: vscode.Uri): string {
  return path.posix.relative(folder.uri.path, article.path);
}

function sidecarUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER, SIDECAR_FILE);
}

function sidecarLabel(folder: vscode.WorkspaceFolder): string {
  return vscode.workspace.asRelativePath(sidecarUri(folder), true);
}

async function readSidecar(folder: vscode.WorkspaceFolder): Promise<FolderDates> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(sidecarUri(folder));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { dates: {}, problem: null };
    return { dates: {}, problem: String(error) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    return { dates: {}, problem: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { dates: {}, problem: 'not a JSON object' };
  const wrong = Object.entries(parsed).find(([, value]) => typeof value !== 'string');
  if (wrong) return { dates: {}, problem: `the date of "${wrong[0]}" is not a string` };
  return { dates: parsed as Dates, problem: null };
}

// A temporary file renamed over the sidecar: a reader never sees half a file, and a failed write leaves
// the old sidecar whole. With no dates left the sidecar goes, and its folder too when that is empty.
async function writeSidecar(folder: vscode.WorkspaceFolder, dates: Dates): Promise<void> {
  const target = sidecarUri(folder);
  const directory = vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER);
  if (Object.keys(dates).length === 0) {
    await vscode.workspace.fs.delete(target).then(undefined, ignoreNotFound);
    const left = await vscode.workspace.fs.readDirectory(directory).then(entries => entries, () => null);
    if (left && left.length === 0) await vscode.workspace.fs.delete(directory).then(undefined, ignoreNotFound);
    return;
  }
  const sorted = Object.fromEntries(Object.entries(dates).sort(([a], [b]) => a.localeCompare(b)));
  const temporary = vscode.Uri.joinPath(directory, `${SIDECAR_FILE}.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
  await vscode.workspace.fs.createDirectory(directory);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(JSON.stringify(sorted, null, 2) + '\n'));
  try {
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
}
