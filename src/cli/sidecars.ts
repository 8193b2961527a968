// Finds an article's sidecars the way the extension keeps them: `.newslens/annotations.json` (corrections)
// and `.newslens/article-dates.json` (dates set by the user) in the nearest folder above it that has one.
import * as fs from 'fs';
import * as path from 'path';
import { correctionSetFor, parseCorrectionsFile, type CorrectionSet, type CorrectionsFile } from '../core/corrections';
import {
  ARTICLE_DATES_FILE,
  CORRECTIONS_FILE,
  SIDECAR_FOLDER,
  articleDateFor,
  parseArticleDatesFile,
  type ArticleDates,
} from '../core/sidecars';

export type ArticleSidecars =
  | { corrections: CorrectionSet; articleDate?: string; problem: null }
  /** A sidecar that applies cannot be read: the article is better not exported than exported uncorrected. */
  | { problem: string };

type Loaded<T> = { folder: string; value: T } | { folder: string; problem: string } | null;

export class SidecarReader {
  private readonly corrections = new Map<string, Loaded<CorrectionsFile>>();
  private readonly dates = new Map<string, Loaded<ArticleDates>>();

  forArticle(file: string, text: string): ArticleSidecars {
    const corrections = this.nearest(file, CORRECTIONS_FILE, this.corrections, json => {
      const parsed = parseCorrectionsFile(json);
      return parsed.file ?? new Error(parsed.problem);
    });
    const dates = this.nearest(file, ARTICLE_DATES_FILE, this.dates, json => {
      const parsed = parseArticleDatesFile(json);
      return parsed.dates ?? new Error(parsed.problem);
    });
    for (const loaded of [corrections, dates]) {
      if (loaded && 'problem' in loaded) return { problem: loaded.problem };
    }
    const key = (folder: string) => path.relative(folder, path.resolve(file)).split(path.sep).join('/');
    const set =
      corrections && 'value' in corrections
        ? correctionSetFor(corrections.value, key(corrections.folder), text)
        : { corrections: [], ignore: [] };
    const articleDate = dates && 'value' in dates ? articleDateFor(dates.value, key(dates.folder)) : undefined;
    return { corrections: set, articleDate, problem: null };
  }

  private nearest<T>(
    file: string,
    name: string,
    loaded: Map<string, Loaded<T>>,
    parse: (json: string) => T | Error,
  ): Loaded<T> {
    for (let folder = path.dirname(path.resolve(file)); ; folder = path.dirname(folder)) {
      if (!loaded.has(folder)) loaded.set(folder, this.load(folder, name, parse));
      const found = loaded.get(folder)!;
      if (found) return found;
      if (path.dirname(folder) === folder) return null;
    }
  }

  private load<T>(folder: string, name: string, parse: (json: string) => T | Error): Loaded<T> {
    const sidecar = path.join(folder, SIDECAR_FOLDER, name);
    let json: string;
    try {
      json = fs.readFileSync(sidecar, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
        return null;
      return { folder, problem: `cannot read ${sidecar}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    }
    const value = parse(json);
    return value instanceof Error
      ? { folder, problem: `${sidecar} cannot be read (${value.message})` }
      : { folder, value };
  }
}
