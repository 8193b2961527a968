// Reads and writes the JSON files News Lens keeps in `.newslens/` of a workspace folder (never in an article).
import vscode = require('vscode');
import { log } from './output';
import { SIDECAR_FOLDER } from '../core/view';

export function sidecarUri(folder: vscode.WorkspaceFolder, name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER, name);
}

/** The sidecar's path as the user sees it, for messages. */
export function sidecarLabel(folder: vscode.WorkspaceFolder, name: string): string {
  return vscode.workspace.asRelativePath(sidecarUri(folder, name), true);
}

/** The sidecar's text; null when there is none; a problem when it exists but cannot be read. */
export async function readSidecarText(
  folder: vscode.WorkspaceFolder,
  name: string,
): Promise<{ text: string | null; problem: string | null }> {
  try {
    return {
      text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(sidecarUri(folder, name))),
      problem: null,
    };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { text: null, problem: null };
    log.error(`could not read ${sidecarLabel(folder, name)}`, error);
    return { text: null, problem: String(error) };
  }
}

// A temporary file renamed over the sidecar: a reader never sees half a file, and a failed write leaves
// the old sidecar whole. With nothing left to keep (null) the sidecar goes, and its folder too when empty.
export async function writeSidecarAtomically(
  folder: vscode.WorkspaceFolder,
  name: string,
  content: string | null,
): Promise<void> {
  // Restricted Mode is read-only for News Lens (package.json, `untrustedWorkspaces`): nothing is written into the workspace.
  if (!vscode.workspace.isTrusted)
    throw new Error(
      'nothing is written into a workspace in Restricted Mode; trust the workspace to keep corrections and article dates',
    );
  const target = sidecarUri(folder, name);
  const directory = vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER);
  if (content === null) {
    await vscode.workspace.fs.delete(target).then(undefined, ignoreNotFound);
    const left = await vscode.workspace.fs.readDirectory(directory).then(
      entries => entries,
      () => null,
    );
    if (left && left.length === 0) await vscode.workspace.fs.delete(directory).then(undefined, ignoreNotFound);
    return;
  }
  const temporary = vscode.Uri.joinPath(directory, `${name}.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
  await vscode.workspace.fs.createDirectory(directory);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
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

/**
 * Calls `reload` with the workspace folder whose sidecar `name` was created, changed or deleted, by the
 * user or by News Lens. Deleting the whole `.newslens` folder reports the folder alone, which the file's
 * glob never matches, so the folder is watched too.
 */
export function watchSidecar(name: string, reload: (folder: vscode.WorkspaceFolder) => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${SIDECAR_FOLDER}/${name}`);
  const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${SIDECAR_FOLDER}`, true, true, false);
  const changed = (uri: vscode.Uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) reload(folder);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
    folderWatcher,
    folderWatcher.onDidDelete(changed),
  );
}
