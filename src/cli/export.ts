// `news-lens export`: annotates articles, applies their corrections and writes one file (brat: one folder)
// per article under --out in the chosen format.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ActorIndex, annotate, applyCorrections, exportCollection, type CollectionArticle } from '../core';
import { reportDateRuleFailures } from '../core/dates/find-dates';
import { errorMessage } from '../core/log';
import type { ExportArgs } from './args';
import { articleFilesIn, readArticle, statInputs } from './inputs';
import { stderrLog } from './log';
import { SidecarReader } from './sidecars';

interface Article {
  file: string;
  /** Its path in the collection: inside the folder given, or its file name when given by itself. */
  relative: string;
}

/** Exit code: 0, or 1 when an input or a sidecar could not be read or a file not written (each said on stderr). */
export function runExport(args: ExportArgs): number {
  const problems: string[] = [];
  // The article is still exported, with the other rules' dates: a warning, not a failure.
  reportDateRuleFailures((rule, error) => stderrLog.warn(`the date rule '${rule}' failed: ${errorMessage(error)}`));
  const out = path.resolve(args.out);
  const articles = collectArticles(args.paths, out, problems);
  const reader = new SidecarReader();
  const index = new ActorIndex();
  const exported: CollectionArticle[] = [];
  for (const article of articles) {
    const read = readArticle(article.file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const text = read.text;
    const sidecars = reader.forArticle(article.file, text);
    if (sidecars.problem !== null) {
      problems.push(`${article.file} not exported: ${sidecars.problem}`);
      continue;
    }
    const annotation = applyCorrections(
      annotate(text, { articleDate: sidecars.articleDate ?? args.date }),
      text,
      sidecars.corrections,
    );
    index.set(`${exported.length}:${article.relative}`, annotation);
    exported.push({ path: article.relative, text, annotation, source: pathToFileURL(article.file).href });
  }
  // Actors resolve across everything exported, as in the editor (a bare surname joins its full name).
  const files = exportCollection(args.format, exported, key => index.resolve(key));
  const inputs = new Set(articles.map(a => path.resolve(a.file)));
  for (const file of files) {
    const target = path.join(out, ...file.path.split('/'));
    if (inputs.has(target)) {
      problems.push(`not written over the article ${target}`);
      continue;
    }
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
      process.stdout.write(`${target}\n`);
    } catch (error) {
      problems.push(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  for (const problem of problems) stderrLog.error(problem);
  return problems.length ? 1 : 0;
}

// A folder's articles keep their paths inside it; a file given by itself is named by its file name. What
// is already under the output folder (an earlier export's brat copies) is no input.
function collectArticles(paths: string[], out: string, problems: string[]): Article[] {
  const articles: Article[] = [];
  for (const { path: p, folder } of statInputs(paths, problem => problems.push(problem))) {
    const found = folder
      ? articleFilesIn(p).map(file => ({ file, relative: path.relative(p, file) }))
      : [{ file: p, relative: path.basename(p) }];
    for (const { file, relative } of found) {
      if (!isInside(path.resolve(file), out)) articles.push({ file, relative: relative.split(path.sep).join('/') });
    }
  }
  return articles;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return !!relative && !relative.startsWith('..') && !path.isAbsolute(relative);
}
