// Reads the CLI's inputs (article files, folders, a JSONL file) into documents, collecting problems per input.
import * as fs from 'fs';
import * as path from 'path';
import { decodeArticle } from '../core/text/decode';

export interface InputDocument {
  id: string;
  text: string;
  date?: string;
  /** The file it was read from, whose sidecars apply. */
  file?: string;
}

export interface Inputs {
  documents: InputDocument[];
  problems: string[];
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.news']);

export function readPaths(paths: string[]): Inputs {
  const inputs: Inputs = { documents: [], problems: [] };
  for (const { path: p, folder } of statInputs(paths, inputs.problems)) {
    for (const file of folder ? articleFilesIn(p) : [p]) {
      const read = readArticle(file);
      if ('text' in read) inputs.documents.push({ id: path.basename(file), text: read.text, file });
      else inputs.problems.push(read.problem);
    }
  }
  return inputs;
}

/** The paths that exist, each a file or a folder; the others are problems. */
export function statInputs(paths: string[], problems: string[]): { path: string; folder: boolean }[] {
  const found: { path: string; folder: boolean }[] = [];
  for (const p of paths) {
    try {
      found.push({ path: p, folder: fs.statSync(p).isDirectory() });
    } catch {
      problems.push(`cannot read ${p}: no such file or folder`);
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
  return decoded.kind === 'text' ? { text: decoded.text } : { problem: `skipped ${file}: not a text file (${decoded.reason})` };
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

export function readJsonl(file: string): Inputs {
  const inputs: Inputs = { documents: [], problems: [] };
  let content: string;
  try {
    content = withoutBom(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    inputs.problems.push(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return inputs;
  }
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const problem = (what: string) => inputs.problems.push(`${file}:${i + 1}: ${what}`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return problem('not valid JSON');
    }
    const record = value as Record<string, unknown>;
    if (typeof record !== 'object' || record === null || typeof record.id !== 'string' || typeof record.text !== 'string') {
      return problem('expected {"id": string, "text": string, "date"?: "YYYY-MM-DD"}');
    }
    if (record.date !== undefined && record.date !== null && typeof record.date !== 'string') return problem('"date" must be a string');
    inputs.documents.push({ id: record.id, text: record.text, date: (record.date as string | null) ?? undefined });
  });
  return inputs;
}

// Editors drop a UTF-8 byte-order mark when they read a file; offsets must count as they do.
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
