// Keeps the actor index in step with the workspace: reads article files, annotates them, follows edits.
import * as vscode from 'vscode';
import { ActorIndex, annotate, type Span } from '../core';
import { ArticleDateStore } from './article-date-store';
import { LineMap } from './positions';
import type { NewsLensSettings } from './settings';

const EDIT_DEBOUNCE_MS = 250;

interface IndexedArticle {
  uri: vscode.Uri;
  text: string;
  lines: LineMap;
}

/** The one index every feature reads. Document ids are URI strings. */
export class WorkspaceIndex implements vscode.Disposable {
  readonly actors = new ActorIndex();
  /** The article dates the user set; relative dates resolve against them. */
  readonly articleDates = new ArticleDateStore(articles => this.reannotate(articles));
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  /** The latest update started for each document; a slower file read that finishes after a newer update is dropped. */
  private readonly updates = new Map<string, number>();
  private updateCount = 0;
  /** Fires after the index changed; listeners read the index again. */
  readonly onDidChange = this.changed.event;
  /** Resolves once the first scan of the workspace is done. */
  readonly ready: Promise<void>;

  constructor(private readonly settings: NewsLensSettings) {
    this.disposables.push(this.articleDates);
    this.watch();
    this.ready = this.scan();
  }

  idOf(uri: vscode.Uri): string {
    return uri.toString();
  }

  uriOf(documentId: string): vscode.Uri {
    return this.articles.get(documentId)?.uri ?? vscode.Uri.parse(documentId);
  }

  range(documentId: string, span: Pick<Span, 'start' | 'end'>): vscode.Range {
    const article = this.articles.get(documentId);
    if (!article) throw new Error(`not indexed: ${documentId}`);
    return article.lines.range(span);
  }

  /** The text the document's offsets refer to, as it was indexed. */
  text(documentId: string): string | undefined {
    return this.articles.get(documentId)?.text;
  }

  /** A short name for a document: its path inside the workspace. */
  label(documentId: string): string {
    return vscode.workspace.asRelativePath(this.uriOf(documentId), false);
  }

  isArticle(document: vscode.TextDocument): boolean {
    if (document.languageId === 'news') return true;
    return ['plaintext', 'markdown'].includes(document.languageId)
      && vscode.languages.match({ pattern: this.settings.include }, document) > 0;
  }

  private async scan(): Promise<void> {
    await this.articleDates.load();
    const files = await vscode.workspace.findFiles(this.settings.include, this.settings.exclude);
    for (const uri of files.sort((a, b) => a.toString().localeCompare(b.toString()))) {
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      if (open) this.indexText(uri, open.getText());
      else await this.indexFile(uri);
      // Let the extension host breathe between articles.
      await new Promise(resolve => setImmediate(resolve));
    }
    for (const document of vscode.workspace.textDocuments) this.indexDocument(document);
    this.changed.fire();
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(this.settings.include);
    // VS Code matches watcher events against the glob one path at a time, so a deleted or moved-in
    // folder of articles ("old-stories/") never matches "**/*.txt": a second watcher sees folders.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => this.refreshFile(uri)),
      watcher.onDidChange(uri => this.refreshFile(uri)),
      watcher.onDidDelete(uri => this.remove(uri)),
      folders,
      folders.onDidCreate(uri => this.addFolder(uri)),
      folders.onDidDelete(uri => this.removeFolder(uri)),
      vscode.workspace.onDidOpenTextDocument(document => this.indexDocument(document, true)),
      vscode.workspace.onDidChangeTextDocument(event => this.scheduleEdit(event.document)),
      vscode.workspace.onDidCloseTextDocument(document => {
        if (!this.articles.has(this.idOf(document.uri))) return;
        // A closed untitled buffer is gone, and so is a file from outside the workspace, which no scan
        // or watcher would ever update again; a closed file with unsaved edits is the file on disk again.
        if (document.isUntitled || !vscode.workspace.getWorkspaceFolder(document.uri)) this.remove(document.uri);
        else if (document.isDirty) void this.refreshFile(document.uri);
      }),
    );
  }

  private indexDocument(document: vscode.TextDocument, notify = false): void {
    if (!this.isArticle(document)) return;
    const text = document.getText();
    // Opening a file that is already indexed (a hover link, a test, Peek) changes nothing.
    if (this.articles.get(this.idOf(document.uri))?.text === text) return;
    this.indexText(document.uri, text);
    if (notify) this.changed.fire();
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return;
    const id = this.idOf(document.uri);
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.set(id, setTimeout(() => {
      this.pendingEdits.delete(id);
      if (!document.isClosed) this.indexDocument(document, true);
    }, EDIT_DEBOUNCE_MS));
  }

  private async refreshFile(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    // An open editor's text is what the user sees; its offsets must win over the file on disk.
    if (open && open.isDirty && !open.isClosed) return;
    if (await this.indexFile(uri)) this.changed.fire();
  }

  /** Reads and indexes a file; true when the index changed. */
  private async indexFile(uri: vscode.Uri): Promise<boolean> {
    const update = this.startUpdate(this.idOf(uri));
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxFileSize) return this.forget(uri, update);
      const bytes = await vscode.workspace.fs.readFile(uri);
      // Deleted, renamed or edited while it was read: a newer update has the say.
      if (!this.isLatest(update)) return false;
      this.indexText(uri, new TextDecoder('utf-8').decode(bytes), update);
      return true;
    } catch (error) {
      // Gone before it could be read (renamed or deleted right after it was created): nothing to show.
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return this.forget(uri, update);
      vscode.window.setStatusBarMessage(`News Lens: could not read ${vscode.workspace.asRelativePath(uri)} (${String(error)})`, 5000);
      return false;
    }
  }

  private indexText(uri: vscode.Uri, text: string, update = this.startUpdate(this.idOf(uri))): void {
    if (!this.isLatest(update)) return;
    const id = this.idOf(uri);
    this.articles.set(id, { uri, text, lines: new LineMap(text) });
    this.actors.set(id, annotate(text, { articleDate: this.articleDates.dateFor(uri) }));
  }

  /** Annotates articles again with the date now set for them (or inferred again once it is cleared). */
  private async reannotate(uris: vscode.Uri[]): Promise<void> {
    const indexed = uris.filter(uri => this.actors.has(this.idOf(uri)));
    for (const uri of indexed) {
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      if (open) this.indexText(uri, open.getText());
      else await this.indexFile(uri);
    }
    if (indexed.length) this.changed.fire();
  }

  private startUpdate(documentId: string): { documentId: string; count: number } {
    const count = ++this.updateCount;
    this.updates.set(documentId, count);
    return { documentId, count };
  }

  private isLatest({ documentId, count }: { documentId: string; count: number }): boolean {
    return this.updates.get(documentId) === count;
  }

  private remove(uri: vscode.Uri): void {
    if (this.forget(uri)) this.changed.fire();
  }

  /** Drops a document and any update still under way for it; true when it was indexed. */
  private forget(uri: vscode.Uri, update?: { documentId: string; count: number }): boolean {
    const id = this.idOf(uri);
    if (update && !this.isLatest(update)) return false;
    this.updates.delete(id);
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.delete(id);
    this.articles.delete(id);
    const had = this.actors.has(id);
    this.actors.delete(id);
    return had;
  }

  /** A deleted path may be a folder: every article under it goes too. */
  private removeFolder(uri: vscode.Uri): void {
    const prefix = this.idOf(uri).replace(/\/?$/, '/');
    const inside = [...this.articles.keys()].filter(id => id.startsWith(prefix));
    if (inside.filter(id => this.forget(this.uriOf(id))).length > 0) this.changed.fire();
  }

  /** A created path may be a folder moved or copied in: its articles are indexed like the first scan's. */
  private async addFolder(uri: vscode.Uri): Promise<void> {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
    } catch {
      return; // already gone again
    }
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, this.settings.include), this.settings.exclude);
    let changed = false;
    for (const file of files) changed = (await this.indexFile(file)) || changed;
    if (changed) this.changed.fire();
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
