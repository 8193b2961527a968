// Annotates articles off the extension host's thread — in worker threads, or where there are none, in
// small steps — and remembers results by content hash, across restarts, so unchanged articles are free.
import * as vscode from 'vscode';
import type { AnnotateOptions } from '../core/annotate';
import { AnnotationCache, contentHash, type Annotation } from '../core/view';
import { AnnotatePool } from '../node/annotate-pool';

const CACHE_FILE = 'annotation-cache.json';
const SAVE_DELAY_MS = 2000;

export class Annotator implements vscode.Disposable {
  private pool: AnnotatePool | null | undefined;
  private cache: Promise<AnnotationCache>;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly storage: vscode.Uri | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.storage = context.storageUri ?? context.globalStorageUri;
    this.cache = this.loadCache();
  }

  async annotate(text: string, options: AnnotateOptions = {}): Promise<Annotation> {
    const cache = await this.cache;
    const key = AnnotationCache.key(text, options.articleDate);
    const cached = cache.get(key);
    if (cached) return cached;
    // Workers start with the first article, not with the extension: activation stays quick.
    this.pool ??= startPool(this.context);
    const annotation = this.pool ? await this.pool.annotate(text, options) : await annotateInline(this.context, text, options);
    cache.set(key, annotation);
    this.scheduleSave();
    return annotation;
  }

  /** Forgets cached articles the workspace no longer has, so the stored cache does not grow forever. */
  async retain(texts: { text: string; articleDate?: string }[]): Promise<void> {
    (await this.cache).retain(new Set(texts.map(t => AnnotationCache.key(t.text, t.articleDate))));
    this.scheduleSave();
  }

  // The cache belongs to one build of the annotators: any change to them (a new bundle) starts afresh.
  private async loadCache(): Promise<AnnotationCache> {
    const version = await this.annotatorVersion();
    if (!this.storage) return new AnnotationCache(version);
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, CACHE_FILE));
      return AnnotationCache.fromJSON(JSON.parse(new TextDecoder().decode(bytes)), version);
    } catch {
      return new AnnotationCache(version);
    }
  }

  private async annotatorVersion(): Promise<string> {
    try {
      const bundle = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'annotate-worker.js'));
      return contentHash(new TextDecoder().decode(bundle));
    } catch {
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
      const temporary = vscode.Uri.joinPath(this.storage, `${CACHE_FILE}.${process.pid}.tmp`);
      await vscode.workspace.fs.writeFile(temporary, data);
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch {
      // A cache that cannot be stored only costs time at the next start.
    }
  }

  dispose(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
    void this.pool?.dispose();
    this.pool = null;
  }
}

/** The pool, or null where worker threads cannot start. */
function startPool(context: vscode.ExtensionContext): AnnotatePool | null {
  try {
    return new AnnotatePool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'annotate-worker.js').fsPath);
  } catch {
    return null;
  }
}

// Without worker threads, the annotators (a bundle of their own, dist/annotate-inline.js, so the
// extension's bundle stays small) load when first needed, and each article waits its turn.
async function annotateInline(context: vscode.ExtensionContext, text: string, options: AnnotateOptions): Promise<Annotation> {
  await new Promise(resolve => setImmediate(resolve));
  const bundle = vscode.Uri.joinPath(context.extensionUri, 'dist', 'annotate-inline.js').fsPath;
  const { annotate } = require(bundle) as typeof import('../core/annotate');
  return annotate(text, options);
}
