// `news-lens export`: annotates articles, applies their corrections and writes one file (brat: one folder)
// per article under --out in the chosen format.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ActorIndex, annotate, applyCorrections, articleFiles, collectionFiles, exportDocument, stemOf, type ExportFile } from '../core';
import type { ExportArgs } from './args';
import { articleFilesIn, readArticle } from './inputs';
import { SidecarReader } from './sidecars';

interface Article {
  file: string;
  /** Its path under the output folder, without extension. */
  stem: string;
}

/** Exit code: 0, or 1 when an input or a sidecar could not be read or a file not written (each said on stderr). */
export function runExport(args: ExportArgs): number {
  const problems: string[] = [];
  const out = path.resolve(args.out);
  const articles = collectArticles(args.paths, out, problems);
  const reader = new SidecarReader();
  const index = new ActorIndex();
  const exported: (Article & { id: string; text: string })[] = [];
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
    const annotation = annotate(text, { articleDate: sidecars.articleDate ?? args.date });
    const id = `${exported.length}:${article.stem}`;
    index.set(id, applyCorrections(annotation, text, sidecars.corrections));
    exported.push({ ...article, id, text });
  }
  // Actors resolve across everything exported, as in the editor (a bare surname joins its full name).
  const resolve = (key: string) => index.resolve(key);
  const inputs = new Set(articles.map(a => path.resolve(a.file)));
  const files: ExportFile[] = exported.length ? [...collectionFiles(args.format)] : [];
  for (const article of exported) {
    const document = exportDocument({
      name: path.basename(article.file), text: article.text, annotation: index.annotation(article.id)!, resolve, source: pathToFileURL(article.file).href,
    });
    files.push(...articleFiles(args.format, article.stem, document));
  }
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
  for (const problem of problems) process.stderr.write(`news-lens: ${problem}\n`);
  return problems.length ? 1 : 0;
}

// A folder's articles keep their paths inside it; a file given by itself is named by its file name. What
// is already under the output folder (an earlier export's brat copies) is no input.
function collectArticles(paths: string[], out: string, problems: string[]): Article[] {
  const articles: Article[] = [];
  const stems = new Set<string>();
  const add = (file: string, relative: string) => {
    if (isInside(path.resolve(file), out)) return;
    const base = stemOf(relative.split(path.sep).join('/'));
    let stem = base;
    for (let n = 2; stems.has(stem); n++) stem = `${base}-${n}`;
    stems.add(stem);
    articles.push({ file, stem });
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      problems.push(`cannot read ${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) for (const file of articleFilesIn(p)) add(file, path.relative(p, file));
    else add(p, path.basename(p));
  }
  return articles;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return !!relative && !relative.startsWith('..') && !path.isAbsolute(relative);
}
