// Reads the CLI's inputs (article files, folders, a JSONL file or stdin) as a stream of documents, one at a
// time so that an archive never sits in memory whole, telling the problems per input as they come.
import * as fs from 'fs';
import * as path from 'path';
import { parseArticleInput } from '../core/export/article-input';
import { decodeArticle } from '../core/text/decode';
import { readLines } from './lines';

export interface InputDocument {
  id: string;
  text: string;
  date?: string;
  /** The file it was read from, whose sidecars apply. */
  file?: string;
}

/** Told each input that cannot be read (one line for stderr); the others go on. */
export type Problem = (message: string) => void;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.news']);

export function* readPaths(paths: string[], problem: Problem): Generator<InputDocument> {
  for (const { path: p, folder } of statInputs(paths, problem)) {
    for (const file of folder ? articleFilesIn(p) : [p]) {
      const read = readArticle(file);
      if ('text' in read) yield { id: path.basename(file), text: read.text, file };
      else problem(read.problem);
    }
  }
}

/** The paths that exist, each a file or a folder; the others are problems. */
export function statInputs(paths: string[], problem: Problem): { path: string; folder: boolean }[] {
  const found: { path: string; folder: boolean }[] = [];
  for (const p of paths) {
    try {
      found.push({ path: p, folder: fs.statSync(p).isDirectory() });
    } catch {
      problem(`cannot read ${p}: no such file or folder`);
    }
  }
  return found;
}

/** An article file's text as the editor shows it (UTF-8, else Windows-1252), or why there is none. */
export function readArticle(file: string): { text: string } | { problem: string } {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { problem: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const decoded = decodeArticle(bytes);
  return decoded.kind === 'text'
    ? { text: decoded.text }
    : { problem: `skipped ${file}: not a text file (${decoded.reason})` };
}

/** The article files in a folder and its subfolders (hidden ones aside), sorted. */
export function articleFilesIn(folder: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...articleFilesIn(full));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files.sort();
}

/** The documents of a JSONL file (`-`: standard input), lines `{"id", "text", "date"?}`; a bad line is told by its number. */
export async function* readJsonl(source: string, problem: Problem): AsyncGenerator<InputDocument> {
  const name = source === '-' ? 'stdin' : source;
  for await (const line of readLines(source, problem)) {
    if (!line.text.trim()) continue;
    const document = parseArticleInput(line.text);
    if ('problem' in document) problem(`${name}:${line.number}: ${document.problem}`);
    else yield document;
  }
}
