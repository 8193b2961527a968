// The headline of each indexed article, which the Events view and the timeline show instead of a
// file name; read once per version of the article, from its open editor or from the file.
import vscode = require('vscode');
import { findHeadline, type Annotation } from '../core/view';
import type { WorkspaceIndex } from './workspace-index';

export interface ArticleInfo {
  documentId: string;
  /** The headline, else the file's path in the workspace. */
  title: string;
  /** The article's date value (`2017-12-11`, `XXXX-12-11`) or null. */
  date: string | null;
  /** The file's path in the workspace, for descriptions. */
  path: string;
}

class ArticleHeadlines implements vscode.Disposable {
  private readonly headlines = new WeakMap<Annotation, string | null>();
  private readonly pending = new WeakSet<Annotation>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly listener: vscode.Disposable;
  /** Fires when headlines that were missing have been read. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly index: WorkspaceIndex) {
    this.listener = index.onDidChange(() => void this.readMissing());
    void this.readMissing();
  }

  info(documentId: string): ArticleInfo {
    const annotation = this.index.actors.annotation(documentId);
    const path = this.index.label(documentId);
    const headline = annotation ? this.headlines.get(annotation) : undefined;
    return { documentId, title: headline ?? path, date: annotation?.articleDate.value ?? null, path };
  }

  private async readMissing(): Promise<void> {
    let found = false;
    for (const documentId of this.index.actors.documentIds()) {
      const annotation = this.index.actors.annotation(documentId);
      if (!annotation || this.headlines.has(annotation) || this.pending.has(annotation)) continue;
      this.pending.add(annotation);
      const text = await this.textOf(documentId);
      this.headlines.set(annotation, text === null ? null : findHeadline(text)?.text ?? null);
      found ||= this.headlines.get(annotation) !== null;
    }
    if (found) this.changed.fire();
  }

  private async textOf(documentId: string): Promise<string | null> {
    const uri = this.index.uriOf(documentId);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === documentId);
    if (open) return open.getText();
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return null;
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}

const shared = new WeakMap<WorkspaceIndex, ArticleHeadlines>();

/** One headline cache per index, shared by the features that show articles; disposed with `context`. */
export function articleHeadlines(context: vscode.ExtensionContext, index: WorkspaceIndex): ArticleHeadlines {
  let headlines = shared.get(index);
  if (!headlines) {
    headlines = new ArticleHeadlines(index);
    shared.set(index, headlines);
    context.subscriptions.push(headlines);
  }
  return headlines;
}

export type { ArticleHeadlines };
