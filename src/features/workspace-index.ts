// Keeps the actor index in step with the workspace: reads article files, annotates them, follows edits.
import * as vscode from 'vscode';
import { ActorIndex, annotate, type Span } from '../core';
import { ArticleDateStore } from './article-date-store';
import { LineMap } from './positions';
import type { NewsLensSettings } from './settings';

const EDIT_DEBOUNCE_MS = 250;

interface IndexedArticle {
  uri: vscode.Uri;
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
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => this.refreshFile(uri)),
      watcher.onDidChange(uri => this.refreshFile(uri)),
      watcher.onDidDelete(uri => this.remove(uri)),
      vscode.workspace.onDidOpenTextDocument(document => this.indexDocument(document, true)),
      vscode.workspace.onDidChangeTextDocument(event => this.scheduleEdit(event.document)),
      vscode.workspace.onDidCloseTextDocument(document => {
        if (!this.articles.has(this.idOf(document.uri))) return;
        // A closed untitled buffer is gone; a closed file with unsaved edits is the file on disk again.
        if (document.isUntitled) this.remove(document.uri);
        else if (document.isDirty) void this.refreshFile(document.uri);
      }),
    );
  }

  private indexDocument(document: vscode.TextDocument, notify = false): void {
    if (!this.isArticle(document)) return;
    this.indexText(document.uri, document.getText());
    if (notify) this.changed.fire();
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return;
    const id = this.idOf(document.uri);
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.set(id, setTimeout(() => {
      this.pendingEdits.delete(id);
      this.indexDocument(document, true);
    }, EDIT_DEBOUNCE_MS));
  }

  private async refreshFile(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    // An open editor's text is what the user sees; its offsets must win over the file on disk.
    if (open && open.isDirty && !open.isClosed) return;
    if (await this.indexFile(uri)) this.changed.fire();
  }

  private async indexFile(uri: vscode.Uri): Promise<boolean> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxFileSize) return false;
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.indexText(uri, new TextDecoder('utf-8').decode(bytes));
      return true;
    } catch (error) {
      vscode.window.setStatusBarMessage(`News Lens: could not read ${vscode.workspace.asRelativePath(uri)} (${String(error)})`, 5000);
      return false;
    }
  }

  private indexText(uri: vscode.Uri, text: string): void {
    const id = this.idOf(uri);
    this.articles.set(id, { uri, lines: new LineMap(text) });
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

  private remove(uri: vscode.Uri): void {
    const id = this.idOf(uri);
    this.articles.delete(id);
    this.actors.delete(id);
    this.changed.fire();
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
