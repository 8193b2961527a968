// The export of a collection, the same from the CLI and the editor: the format's collection files, then
// each article's files under its path in the collection, two articles never sharing a name.
import type { Annotation } from '../types';
import { articleFiles, collectionFiles, exportDocument, stemOf, type ExportFile, type ExportFormat } from './formats';

export interface CollectionArticle {
  /** Its path in the collection, with forward slashes (`news/000.txt`): its exported files follow it. */
  path: string;
  text: string;
  annotation: Annotation;
  /** Where the article lives (a URI), for the formats that cite it. */
  source: string;
}

/**
 * The files to write (paths relative to the chosen folder); none for no article. An article whose path
 * without extension is taken (`a.txt` and `a.md`) gets `-2`, `-3`, … after it.
 * @param resolve a mention's actor key to its actor's id across the collection.
 */
export function exportCollection(
  format: ExportFormat,
  articles: CollectionArticle[],
  resolve?: (key: string) => string,
): ExportFile[] {
  if (articles.length === 0) return [];
  const files = [...collectionFiles(format)];
  const stems = new Set<string>();
  for (const article of articles) {
    const base = stemOf(article.path);
    let stem = base;
    for (let n = 2; stems.has(stem); n++) stem = `${base}-${n}`;
    stems.add(stem);
    const name = article.path.slice(article.path.lastIndexOf('/') + 1);
    const document = exportDocument({
      name,
      text: article.text,
      annotation: article.annotation,
      resolve,
      source: article.source,
    });
    files.push(...articleFiles(format, stem, document));
  }
  return files;
}
