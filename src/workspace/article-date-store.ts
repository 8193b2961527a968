// The article dates the user set, kept beside the articles in `.newslens/article-dates.json` of each
// workspace folder (never in an article): `{ "path/in/folder.txt": "2017-12-11", … }`.
import * as uriPath from './uri-path';
import vscode = require('vscode');
import {
  ARTICLE_DATES_FILE,
  articleDateFor,
  parseArticleDatesFile,
  serializeArticleDatesFile,
  type ArticleDates,
} from '../core/view';
import { readSidecarText, sidecarLabel as labelOf, watchSidecar, writeSidecarAtomically } from './sidecar-file';

interface FolderDates {
  dates: ArticleDates;
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
    this.disposables.push(watchSidecar(ARTICLE_DATES_FILE, folder => void this.reload(folder)));
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
    return dates && articleDateFor(dates, keyOf(folder, article));
  }

  /** Sets (or with `undefined` clears) an article's date and writes the sidecar; throws with a message for the user. */
  async set(article: vscode.Uri, date: string | undefined): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) throw new Error('the article is not in a workspace folder, so there is no place to keep its date');
    // Read again first: the sidecar may have been edited by hand since it was loaded.
    await this.reload(folder);
    const current = this.folders.get(folder.uri.toString()) ?? { dates: {}, problem: null };
    if (current.problem) {
      throw new Error(
        `${sidecarLabel(folder)} cannot be read (${current.problem}); it is kept as it is. Fix or delete it, then set the date again.`,
      );
    }
    const dates: ArticleDates = { ...current.dates };
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
        `News Lens: ${sidecarLabel(folder)} cannot be read (${read.problem}). It is kept as it is and not overwritten; the article dates in it are not used until it is fixed.`,
      );
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

function sidecarLabel(folder: vscode.WorkspaceFolder): string {
  return labelOf(folder, ARTICLE_DATES_FILE);
}

/** The article's path inside its workspace folder, with forward slashes on every platform. */
function keyOf(folder: vscode.WorkspaceFolder, article: vscode.Uri): string {
  return uriPath.relative(folder.uri.path, article.path);
}

async function readSidecar(folder: vscode.WorkspaceFolder): Promise<FolderDates> {
  const { text, problem } = await readSidecarText(folder, ARTICLE_DATES_FILE);
  if (problem) return { dates: {}, problem };
  if (text === null) return { dates: {}, problem: null };
  const parsed = parseArticleDatesFile(text);
  return parsed.problem === null ? parsed : { dates: {}, problem: parsed.problem };
}

// With no dates left the sidecar goes.
async function writeSidecar(folder: vscode.WorkspaceFolder, dates: ArticleDates): Promise<void> {
  await writeSidecarAtomically(folder, ARTICLE_DATES_FILE, serializeArticleDatesFile(dates));
}
