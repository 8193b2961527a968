// Keeps the actor index in step with the workspace: reads article files, annotates them, follows edits.
import vscode = require('vscode');
import {
  ActorIndex,
  type Annotation,
  type CompactAnnotation,
  type Mention,
  type Span,
  contentHash,
  decodeArticle,
} from '../core/view';
import type { Annotator } from './annotator';
import { ArticleDateStore } from './article-date-store';
import { ArticleFiles } from './workspace-files';
import { CorrectionStore } from './correction-store';
import { displaySettings } from './display-settings';
import { ArticleTexts } from './article-texts';
import { LineMap } from './positions';
import { log } from './output';
import { SCAN_CONCURRENCY, forEachConcurrently } from './scan-concurrency';
import { ARTICLE_LANGUAGES, affectsArticleFiles, readSettings, type NewsLensSettings } from './settings';

// During a scan, the features refresh at most this often, so highlights appear while it goes on.
const SCAN_REFRESH_MS = 300;

export interface ScanProgress {
  done: number;
  total: number;
  /** The scan ended: finished, or cancelled by the user. */
  finished: boolean;
  cancelled: boolean;
}

interface IndexedArticle {
  uri: vscode.Uri;
  lines: LineMap;
  /** The text's `contentHash`, which the annotation cache's keys are made of. */
  contentHash: string;
}

/** The one index every feature reads. Document ids are URI strings. */
export class WorkspaceIndex implements vscode.Disposable {
  readonly actors = new ActorIndex();
  /** The article dates the user set; relative dates resolve against them. */
  readonly articleDates = new ArticleDateStore(articles => this.reannotate(articles));
  /** The user's corrections, applied on top of each article's automatic annotation. */
  readonly corrections = new CorrectionStore(articles => this.reannotate(articles));
  private readonly articles = new Map<string, IndexedArticle>();
  /** Each indexed article's text, a closed one's packed (see ArticleTexts). */
  private readonly texts = new ArticleTexts();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly progressed = new vscode.EventEmitter<ScanProgress>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.progressed];
  private scanCancelled = false;
  /** The scan under way, or the last one; a new scan waits for it. */
  private scanning: Promise<void> = Promise.resolve();
  private readonly files = new ArticleFiles();
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  /** The latest update started for each document; a slower file read that finishes after a newer update is dropped. */
  private readonly updates = new Map<string, number>();
  private updateCount = 0;
  /** Fires after the index changed; listeners read the index again. */
  readonly onDidChange = this.changed.event;
  /** Fires as the workspace scan goes on, for the status bar. */
  readonly onDidProgress = this.progressed.event;
  /** Resolves once the first scan of the workspace is done. */
  readonly ready: Promise<void>;

  // Read when first needed (the scan, a file event), not at activation: the first read of a setting
  // makes the extension host merge its whole configuration.
  private settingsRead?: NewsLensSettings;

  constructor(private readonly annotator: Annotator) {
    this.disposables.push(this.articleDates, this.corrections);
    this.watch();
    this.ready = this.reindex();
  }

  private get settings(): NewsLensSettings {
    return (this.settingsRead ??= readSettings());
  }

  /** Stops the scan under way; what is indexed stays, the rest waits for a reindex or an edit. */
  cancelScan(): void {
    this.scanCancelled = true;
  }

  /** Scans the whole workspace again (after a cancelled scan, or when settings or .gitignore files changed). */
  reindex(): Promise<void> {
    this.scanning = this.scanning.then(async () => {
      await this.files.loadFilters();
      await this.scan();
    });
    return this.scanning;
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
    return this.texts.get(documentId);
  }

  /** A short name for a document: its path inside the workspace. */
  label(documentId: string): string {
    return vscode.workspace.asRelativePath(this.uriOf(documentId), false);
  }

  /** The name at a position of an article editor (hover, Go to Definition, Find All References). */
  entityAt(document: vscode.TextDocument, position: vscode.Position): Mention | undefined {
    if (!this.isArticle(document)) return undefined;
    return this.actors.entityAt(this.idOf(document.uri), document.offsetAt(position));
  }

  /** The name an actor is shown by; its key when the actor is not (or no longer) indexed. */
  nameOf(actorKey: string): string {
    return this.actors.actor(actorKey)?.name ?? this.actors.resolve(actorKey);
  }

  isArticle(document: vscode.TextDocument): boolean {
    // A .news buffer outside the workspace (untitled, say) is an article by its language alone.
    if (document.languageId === 'news' && !vscode.workspace.getWorkspaceFolder(document.uri)) return true;
    return ARTICLE_LANGUAGES.includes(document.languageId) && this.isArticleFile(document.uri);
  }

  private isArticleFile(uri: vscode.Uri): boolean {
    return this.files.isArticle(uri, this.settings);
  }

  private async scan(): Promise<void> {
    this.scanCancelled = false;
    await this.articleDates.load();
    await this.corrections.load();
    // Open articles first: they are what the user looks at.
    await Promise.all(vscode.workspace.textDocuments.map(document => this.indexDocument(document)));
    this.changed.fire();
    const files = await this.files.find(this.settings);
    this.dropAllBut(files);
    const progress: ScanProgress = { done: 0, total: files.length, finished: false, cancelled: false };
    let lastRefresh = Date.now();
    await forEachConcurrently(files, SCAN_CONCURRENCY, async uri => {
      if (this.scanCancelled) return;
      const open = openDocument(uri);
      if (open) await this.indexDocument(open);
      else await this.indexFile(uri);
      progress.done++;
      this.progressed.fire(progress);
      if (Date.now() - lastRefresh > SCAN_REFRESH_MS) {
        lastRefresh = Date.now();
        this.changed.fire();
      }
    });
    this.progressed.fire({ ...progress, finished: true, cancelled: this.scanCancelled });
    this.changed.fire();
    if (!this.scanCancelled)
      void this.annotator.retain(
        [...this.articles.values()].map(a => ({
          contentHash: a.contentHash,
          articleDate: this.articleDates.dateFor(a.uri),
        })),
      );
  }

  private watch(): void {
    // Every path, not the include globs: VS Code matches watcher events one path at a time, so a deleted
    // or moved-in folder of articles ("old-stories/") would never match "**/*.txt"; and .gitignore files count.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const isGitignore = (uri: vscode.Uri) => uri.path.endsWith('/.gitignore');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => {
        if (isGitignore(uri)) void this.reindex();
        else if (this.isArticleFile(uri)) void this.refreshFile(uri);
        else void this.addFolder(uri);
      }),
      watcher.onDidChange(uri => {
        if (isGitignore(uri)) void this.reindex();
        else if (this.isArticleFile(uri)) void this.refreshFile(uri);
      }),
      watcher.onDidDelete(uri => {
        if (isGitignore(uri)) void this.reindex();
        this.remove(uri);
        this.removeFolder(uri);
      }),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (!affectsArticleFiles(event)) return;
        this.settingsRead = readSettings();
        void this.reindex();
      }),
      vscode.workspace.onDidOpenTextDocument(document => void this.indexDocument(document, true)),
      vscode.workspace.onDidChangeTextDocument(event => this.scheduleEdit(event.document)),
      vscode.workspace.onDidCloseTextDocument(document => this.closed(document)),
    );
  }

  // Work still under way for a closed document is stale: forgetting it drops an annotation that is
  // running (its update is no longer the latest) and an edit that waits for the debounce.
  private closed(document: vscode.TextDocument): void {
    const id = this.idOf(document.uri);
    this.actors.setOpen(id, false);
    this.texts.setOpen(id, false);
    // A closed untitled buffer is gone, and so is a file from outside the workspace, which no scan
    // or watcher would ever update again.
    if (document.isUntitled || !vscode.workspace.getWorkspaceFolder(document.uri)) return this.remove(document.uri);
    if (!this.isArticleFile(document.uri)) return;
    const stale = this.pendingEdits.has(id) || (this.texts.has(id) && this.texts.get(id) !== document.getText());
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.delete(id);
    // A file closed with unsaved or not yet indexed edits is the file on disk again.
    if (document.isDirty || stale) void this.refreshFile(document.uri);
  }

  private async indexDocument(document: vscode.TextDocument, notify = false): Promise<void> {
    if (!this.isArticle(document)) return;
    // What the user reads is kept whole; the other articles compactly (see ActorIndex).
    const id = this.idOf(document.uri);
    this.actors.setOpen(id, true);
    this.texts.setOpen(id, true);
    const text = document.getText();
    // Opening a file that is already indexed (a hover link, a test, Peek) changes nothing.
    if (this.texts.get(id) === text) return;
    if ((await this.indexText(document.uri, text)) && notify) this.changed.fire();
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return;
    const id = this.idOf(document.uri);
    clearTimeout(this.pendingEdits.get(id));
    this.pendingEdits.set(
      id,
      setTimeout(() => {
        this.pendingEdits.delete(id);
        if (!document.isClosed) void this.indexDocument(document, true);
      }, displaySettings().debounceMs),
    );
  }

  private async refreshFile(uri: vscode.Uri): Promise<void> {
    const open = openDocument(uri);
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
      const decoded = decodeArticle(bytes);
      if (decoded.kind === 'binary') {
        log.info(`skipped ${uri.toString(true)}: not a text file (${decoded.reason})`);
        vscode.window.setStatusBarMessage(
          `News Lens: skipped ${vscode.workspace.asRelativePath(uri)}, not a text file (${decoded.reason})`,
          5000,
        );
        return this.forget(uri, update);
      }
      return await this.indexText(uri, decoded.text, update);
    } catch (error) {
      // Gone before it could be read (renamed or deleted right after it was created): nothing to show.
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return this.forget(uri, update);
      log.error(`could not read ${uri.toString(true)}`, error);
      vscode.window.setStatusBarMessage(
        `News Lens: could not read ${vscode.workspace.asRelativePath(uri)} (${String(error)})`,
        5000,
      );
      return false;
    }
  }

  /** Annotates a text (in a worker) and indexes it, unless a newer update came meanwhile; true when indexed. */
  private async indexText(uri: vscode.Uri, text: string, update = this.startUpdate(this.idOf(uri))): Promise<boolean> {
    if (!this.isLatest(update)) return false;
    let annotation: Annotation | CompactAnnotation;
    try {
      annotation = await this.annotator.annotateForIndex(text, { articleDate: this.articleDates.dateFor(uri) });
    } catch (error) {
      // One article the annotators fail on must not stop the scan of the others.
      log.error(`could not annotate ${uri.toString(true)}`, error);
      return false;
    }
    if (!this.isLatest(update)) return false;
    const id = this.idOf(uri);
    this.articles.set(id, { uri, lines: new LineMap(text), contentHash: contentHash(text) });
    this.texts.set(id, text);
    this.actors.set(id, this.corrections.applyStoredCorrections(uri, text, annotation));
    return true;
  }

  /** Annotates articles again with the date now set for them (or inferred again once it is cleared). */
  private async reannotate(uris: vscode.Uri[]): Promise<void> {
    const indexed = uris.filter(uri => this.actors.has(this.idOf(uri)));
    for (const uri of indexed) {
      const open = openDocument(uri);
      if (open) await this.indexText(uri, open.getText());
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
    this.texts.delete(id);
    const had = this.actors.has(id);
    this.actors.delete(id);
    return had;
  }

  /** After the settings or .gitignore changed: workspace files no longer articles leave the index; open ones are judged again. */
  private dropAllBut(files: vscode.Uri[]): void {
    const keep = new Set(files.map(uri => this.idOf(uri)));
    for (const [id, article] of this.articles) {
      if (keep.has(id) || !vscode.workspace.getWorkspaceFolder(article.uri)) continue;
      const open = openDocument(article.uri);
      if (!open || !this.isArticle(open)) this.forget(article.uri);
    }
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
    let changed = false;
    for (const file of await this.files.find(this.settings, uri)) changed = (await this.indexFile(file)) || changed;
    if (changed) this.changed.fire();
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The editor's document for a file, when it is open. */
function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
}
