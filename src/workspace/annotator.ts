// Annotates articles off the extension host's thread, through a backend the entry point chooses (worker
// threads on the desktop, a web worker in the browser), and remembers results by content hash, across
// restarts, so unchanged articles are free.
import vscode = require('vscode');
import type { AnnotateOptions } from '../core/annotate';
import { AnnotationCache, contentHash, type Annotation, type CompactAnnotation, errorMessage } from '../core/view';
import { log } from './output';
import type { AnnotationBackend } from '../worker/protocol';

export type { AnnotationBackend };

const CACHE_FILE = 'annotation-cache.json';
const SAVE_DELAY_MS = 2000;

export interface AnnotationBackendSource {
  /** The annotators' bundle: its content hash tells which build made a cached annotation. */
  bundle: vscode.Uri;
  start(): AnnotationBackend;
}

export class Annotator implements vscode.Disposable {
  private backend: AnnotationBackend | undefined;
  private cache: Promise<AnnotationCache>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly storage: vscode.Uri | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly source: AnnotationBackendSource,
  ) {
    this.storage = context.storageUri ?? context.globalStorageUri;
    this.cache = this.loadCache();
  }

  /**
   * The annotation of a text as the index keeps it: in the compact form the cache holds, a cached one as it
   * is (a warm start of an archive need not expand tens of thousands of them), a new one as the worker made
   * it (a cold scan need not receive them whole and pack them here).
   */
  async annotateForIndex(text: string, options: AnnotateOptions = {}): Promise<Annotation | CompactAnnotation> {
    const cache = await this.cache;
    const key = AnnotationCache.key(text, options.articleDate);
    const stored = cache.stored(key);
    if (stored) return stored;
    const annotation = await this.started().annotateCompactly(text, options);
    cache.set(key, annotation);
    this.scheduleSave();
    return annotation;
  }

  // Workers start with the first article, not with the extension: activation stays quick.
  private started(): AnnotationBackend {
    this.backend ??= this.source.start();
    return this.backend;
  }

  /** Forgets cached articles the workspace no longer has, so the stored cache does not grow forever. */
  async retain(texts: { contentHash: string; articleDate?: string }[]): Promise<void> {
    (await this.cache).retain(new Set(texts.map(t => AnnotationCache.keyOfHash(t.contentHash, t.articleDate))));
    this.scheduleSave();
  }

  // The cache belongs to one build of the annotators: any change to them (a new bundle) starts afresh.
  private async loadCache(): Promise<AnnotationCache> {
    const version = await this.annotatorVersion();
    if (!this.storage) return new AnnotationCache(version);
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, CACHE_FILE));
      return AnnotationCache.fromJSON(JSON.parse(new TextDecoder().decode(bytes)), version);
    } catch (error) {
      // The first start has no cache yet; any other failure costs time only, but should leave a trace.
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound'))
        log.warn(`annotation cache not loaded, starting afresh: ${errorMessage(error)}`);
      return new AnnotationCache(version);
    }
  }

  private async annotatorVersion(): Promise<string> {
    try {
      const bundle = await vscode.workspace.fs.readFile(this.source.bundle);
      return contentHash(new TextDecoder().decode(bundle));
    } catch (error) {
      log.warn(
        `annotators' bundle not readable, so the cache is keyed by the extension's version: ${errorMessage(error)}`,
      );
      return String(this.context.extension.packageJSON.version);
    }
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  // Written to a temporary file and renamed, so a crash never leaves half a cache behind.
  private async save(): Promise<void> {
    if (!this.storage) return;
    try {
      const data = new TextEncoder().encode(JSON.stringify(await this.cache));
      await vscode.workspace.fs.createDirectory(this.storage);
      const target = vscode.Uri.joinPath(this.storage, CACHE_FILE);
      const temporary = vscode.Uri.joinPath(this.storage, `${CACHE_FILE}.${Math.random().toString(36).slice(2)}.tmp`);
      await vscode.workspace.fs.writeFile(temporary, data);
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
      // A cache that cannot be stored only costs time at the next start.
      log.warn(`annotation cache not saved: ${errorMessage(error)}`);
    }
  }

  dispose(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
    void this.backend?.dispose();
    this.backend = undefined;
  }
}
