// The user's corrections, kept beside the articles in `.newslens/annotations.json` of each workspace folder
// (never in an article), and applied to every article's automatic annotation as the index stores it.
import * as uriPath from './uri-path';
import vscode = require('vscode');
import type { Annotation } from '../core/types';
import {
  CORRECTIONS_FILE,
  EMPTY_CORRECTIONS_FILE,
  applyCorrections,
  expandAnnotation,
  findDocument,
  isCompactAnnotation,
  isEmptyCorrectionsFile,
  parseCorrectionsFile,
  serializeCorrectionsFile,
  withDocument,
  withIgnore,
  type CompactAnnotation,
  type Correction,
  type CorrectionSet,
  type CorrectionsFile,
  type DocumentCorrections,
} from '../core/view';
import { readSidecarText, sidecarLabel, watchSidecar, writeSidecarAtomically } from './sidecar-file';

interface FolderCorrections {
  file: CorrectionsFile;
  /** Why the sidecar could not be read, while it is corrupt; it is then kept, unused and never written. */
  problem: string | null;
}

/** What one edit changed, to undo it. */
export interface CorrectionEdit {
  folder: vscode.WorkspaceFolder;
  /** An article's entry; `beforeKey` differs from `key` when the entry moved with a renamed article. */
  document?: {
    key: string;
    beforeKey: string;
    before: DocumentCorrections | undefined;
    after: DocumentCorrections | undefined;
  };
  /** The folder's names that are never entities. */
  ignore?: { before: string[]; after: string[] };
}

export class CorrectionStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderCorrections>();
  /** The articles corrections were applied to, with the sidecar entry used (by path, or by content hash after a rename). */
  private readonly applied = new Map<string, { uri: vscode.Uri; key: string }>();
  /** The automatic annotations of corrected articles, for the agreement report. */
  private readonly automatic = new Map<string, Annotation>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Edits one after another: each reads the sidecar the previous one wrote. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param correctionsChanged called with the articles whose corrections changed, whoever changed the
   *   sidecar; an `edit` resolves only once it is done, so what reads the index next sees the corrections.
   */
  constructor(private readonly correctionsChanged: (articles: vscode.Uri[]) => Promise<void>) {
    // In line with the edits: a read that started before an edit's write must not land after it.
    this.disposables.push(watchSidecar(CORRECTIONS_FILE, folder => void this.serialized(() => this.reload(folder))));
  }

  /** Reads the sidecar of every workspace folder. */
  load(): Promise<void> {
    return this.serialized(async () => {
      for (const folder of vscode.workspace.workspaceFolders ?? []) await this.reload(folder);
    });
  }

  /** The hook for the index: the article's automatic annotation with its stored corrections applied. */
  applyStoredCorrections<T extends Annotation | CompactAnnotation>(
    uri: vscode.Uri,
    text: string,
    given: T,
  ): T | Annotation {
    const id = uri.toString();
    const found = this.lookUp(uri, text);
    if (!found) {
      this.automatic.delete(id);
      return given;
    }
    this.applied.set(id, { uri, key: found.key });
    // Compact as the cache keeps it: an article with corrections is read whole.
    const annotation = isCompactAnnotation(given) ? expandAnnotation(given) : (given as Annotation);
    const corrected = applyCorrections(annotation, text, found.set);
    if (corrected === annotation) this.automatic.delete(id);
    else this.automatic.set(id, annotation);
    return corrected;
  }

  /** The annotation before corrections, when the article has any. */
  automaticAnnotation(uri: vscode.Uri): Annotation | undefined {
    return this.automatic.get(uri.toString());
  }

  /** The article's corrections and the workspace folder's ignored names. */
  correctionsFor(uri: vscode.Uri, text: string): CorrectionSet {
    return this.lookUp(uri, text)?.set ?? { corrections: [], ignore: [] };
  }

  /**
   * Changes an article's corrections and writes the sidecar; throws with a message for the user. `text` is
   * the article's text the corrections' quotes are anchored in.
   */
  edit(
    article: vscode.Uri,
    text: string,
    change: (corrections: Correction[]) => Correction[],
  ): Promise<CorrectionEdit> {
    return this.serialized(async () => {
      const folder = this.folderOf(article);
      const file = await this.current(folder);
      const key = keyOf(folder, article);
      const found = findDocument(file, key, text);
      const documents = { ...file.documents };
      // An entry found by content hash moves to the article's new path.
      if (found) delete documents[found.key];
      const updated = withDocument({ ...file, documents }, key, text, change(found?.entry.corrections ?? []));
      await this.write(folder, updated);
      return {
        folder,
        document: { key, beforeKey: found?.key ?? key, before: found?.entry, after: updated.documents[key] },
      };
    });
  }

  /** Changes the names that are never entities in the article's workspace folder. */
  editIgnore(article: vscode.Uri, change: (ignore: string[]) => string[]): Promise<CorrectionEdit> {
    return this.serialized(async () => {
      const folder = this.folderOf(article);
      const file = await this.current(folder);
      const updated = withIgnore(file, change(file.ignore));
      await this.write(folder, updated);
      return { folder, ignore: { before: file.ignore, after: updated.ignore } };
    });
  }

  /** The names never taken for entities in the article's workspace folder. */
  ignored(article: vscode.Uri): string[] {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    return (folder && this.folders.get(folder.uri.toString())?.file.ignore) ?? [];
  }

  /** Takes an edit back, unless what it changed changed again since (then it throws, saying so). */
  undo(edit: CorrectionEdit): Promise<void> {
    return this.serialized(async () => {
      const file = await this.current(edit.folder);
      const { document, ignore } = edit;
      if (document && !sameJson(file.documents[document.key], document.after)) {
        throw new Error(`the corrections of ${document.key} changed since, so they are left as they are`);
      }
      if (ignore && !sameJson(file.ignore, ignore.after))
        throw new Error('the ignored names changed since, so they are left as they are');
      const documents = { ...file.documents };
      if (document) {
        delete documents[document.key];
        if (document.before) documents[document.beforeKey] = document.before;
      }
      await this.write(edit.folder, { ...file, documents, ignore: ignore ? ignore.before : file.ignore });
    });
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  // Read again first: the sidecar may have been edited by hand since it was loaded.
  private async current(folder: vscode.WorkspaceFolder): Promise<CorrectionsFile> {
    await this.reload(folder);
    return this.writable(folder);
  }

  private lookUp(uri: vscode.Uri, text: string): { key: string; set: CorrectionSet } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.folders.get(folder.uri.toString());
    if (!folder || !state || state.problem) return undefined;
    const key = keyOf(folder, uri);
    const found = findDocument(state.file, key, text);
    return { key: found?.key ?? key, set: { corrections: found?.entry.corrections ?? [], ignore: state.file.ignore } };
  }

  private folderOf(article: vscode.Uri): vscode.WorkspaceFolder {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder)
      throw new Error('the article is not in a workspace folder, so there is no place to keep its corrections');
    return folder;
  }

  private writable(folder: vscode.WorkspaceFolder): CorrectionsFile {
    const state = this.folders.get(folder.uri.toString()) ?? { file: EMPTY_CORRECTIONS_FILE, problem: null };
    if (state.problem) {
      throw new Error(
        `${sidecarLabel(folder, CORRECTIONS_FILE)} cannot be read (${state.problem}); it is kept as it is. Fix or delete it, then correct again.`,
      );
    }
    return state.file;
  }

  private async write(folder: vscode.WorkspaceFolder, file: CorrectionsFile): Promise<void> {
    await writeSidecarAtomically(
      folder,
      CORRECTIONS_FILE,
      isEmptyCorrectionsFile(file) ? null : serializeCorrectionsFile(file),
    );
    await this.update(folder, { file, problem: null });
  }

  private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const { text, problem } = await readSidecarText(folder, CORRECTIONS_FILE);
    const parsed = text === null ? { file: EMPTY_CORRECTIONS_FILE, problem } : parseCorrectionsFile(text);
    const next: FolderCorrections = parsed.problem
      ? { file: EMPTY_CORRECTIONS_FILE, problem: parsed.problem }
      : { file: parsed.file!, problem: null };
    const previous = this.folders.get(folder.uri.toString());
    if (next.problem && next.problem !== previous?.problem) {
      void vscode.window.showErrorMessage(
        `News Lens: ${sidecarLabel(folder, CORRECTIONS_FILE)} cannot be read (${next.problem}). It is kept as it is and not overwritten; the corrections in it are not used until it is fixed.`,
      );
    }
    await this.update(folder, next);
  }

  private async update(folder: vscode.WorkspaceFolder, next: FolderCorrections): Promise<void> {
    const before = this.folders.get(folder.uri.toString())?.file ?? EMPTY_CORRECTIONS_FILE;
    this.folders.set(folder.uri.toString(), next);
    const inFolder = [...this.applied.values()].filter(
      a => vscode.workspace.getWorkspaceFolder(a.uri)?.uri.toString() === folder.uri.toString(),
    );
    let changed: vscode.Uri[];
    if (!sameJson(before.ignore, next.file.ignore)) changed = inFolder.map(a => a.uri);
    else {
      const keys = new Set([...Object.keys(before.documents), ...Object.keys(next.file.documents)]);
      const changedKeys = new Set([...keys].filter(key => !sameJson(before.documents[key], next.file.documents[key])));
      changed = [...changedKeys].map(key => vscode.Uri.joinPath(folder.uri, ...key.split('/')));
      // An article renamed since its corrections were made reads them under its old path.
      for (const a of inFolder)
        if (changedKeys.has(a.key) && !changed.some(uri => uri.toString() === a.uri.toString())) changed.push(a.uri);
    }
    if (changed.length) await this.correctionsChanged(changed);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The article's path inside its workspace folder, with forward slashes on every platform. */
function keyOf(folder: vscode.WorkspaceFolder, article: vscode.Uri): string {
  return uriPath.relative(folder.uri.path, article.path);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
