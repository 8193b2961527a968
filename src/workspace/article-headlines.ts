// The headline of each indexed article, which views show instead of a file name. Found in the text the
// index decoded (whatever the file's encoding), once per annotation of the article.
import { findHeadline, type Mention } from '../core/view';
import type { WorkspaceIndex } from './workspace-index';

export interface ArticleInfo {
  documentId: string;
  /** The headline, else the file's path in the workspace. */
  title: string;
  /** Whether `title` is a headline found in the text (else it is the path). */
  hasHeadline: boolean;
  /** The article's date value (`2017-12-11`, `XXXX-12-11`) or null. */
  date: string | null;
  /** The file's path in the workspace, for descriptions and tooltips. */
  path: string;
}

class ArticleHeadlines {
  // Keyed by the annotation's list of names, which stands for it without expanding it (an archive has
  // thousands of articles): a new annotation (an edit, a new article date) means the text may have changed.
  private readonly headlines = new WeakMap<Mention[], string | null>();

  constructor(private readonly index: WorkspaceIndex) {}

  info(documentId: string): ArticleInfo {
    const entities = this.index.actors.entities(documentId);
    const path = this.index.label(documentId);
    const headline = entities ? this.headline(documentId, entities) : null;
    return {
      documentId,
      title: headline ?? path,
      hasHeadline: headline !== null,
      date: this.index.actors.articleDate(documentId)?.value ?? null,
      path,
    };
  }

  private headline(documentId: string, entities: Mention[]): string | null {
    if (!this.headlines.has(entities)) {
      const text = this.index.text(documentId);
      this.headlines.set(entities, text === undefined ? null : (findHeadline(text)?.text ?? null));
    }
    return this.headlines.get(entities)!;
  }
}

const shared = new WeakMap<WorkspaceIndex, ArticleHeadlines>();

/** One headline cache per index, shared by the features that name articles. */
export function articleHeadlines(index: WorkspaceIndex): ArticleHeadlines {
  let headlines = shared.get(index);
  if (!headlines) {
    headlines = new ArticleHeadlines(index);
    shared.set(index, headlines);
  }
  return headlines;
}

export type { ArticleHeadlines };
