// Parses the command line: `news-lens annotate`, `news-lens link` and `news-lens export` (see USAGE).
import * as os from 'os';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/formats';
import type { EntityMethod } from '../core/entities/entities';

/** `json`: one answer with the actor index; `jsonl`: one line per article as soon as it is annotated. */
export type StreamFormat = 'json' | 'jsonl';

export interface AnnotateArgs {
  command: 'annotate';
  format: StreamFormat;
  date?: string;
  /** A JSONL file, or `-` for standard input. */
  jsonl?: string;
  entities?: EntityMethod;
  paths: string[];
  /** Worker threads (0: annotate on the main thread). */
  workers: number;
}

export interface LinkArgs {
  command: 'link';
  format: StreamFormat;
  /** `annotate --format jsonl` outputs; `-` for standard input. */
  files: string[];
}

export interface ExportArgs {
  command: 'export';
  format: ExportFormat;
  out: string;
  date?: string;
  paths: string[];
}

export type ParsedArgs = AnnotateArgs | LinkArgs | ExportArgs | { command: 'help' };

export const USAGE = `usage: news-lens annotate --format json|jsonl [--date YYYY-MM-DD] [--workers N] [--entities rules|learned|both] PATH...
       news-lens annotate --format json|jsonl [--date YYYY-MM-DD] [--workers N] [--entities rules|learned|both] --jsonl FILE|-
       news-lens link --format json|jsonl FILE|-...
       news-lens export --format brat|w3c|conll|jsonl --out DIR [--date YYYY-MM-DD] PATH...
PATH: article files or folders (their .txt, .md and .news files). JSONL lines: {"id","text","date"?}; - is stdin.
annotate --format jsonl: one line per article, in input order, as soon as it is annotated (the map step);
--workers: worker threads (default: one per core; 0: none).
link: joins such lines (shards annotated anywhere) into the actor index: json gives what annotate --format
json gives; jsonl gives the articles again with actor ids, then one line {"actors": [...]}.
export: one file (brat: one folder) per article under DIR, with the corrections and article dates of the
nearest .newslens/ folder above each article applied.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === 'export') return parseExportArgs(rest);
  if (command === 'link') return parseLinkArgs(rest);
  if (command !== 'annotate') throw new UsageError(`unknown command '${command}'`);
  const args: AnnotateArgs = { command, format: 'json', paths: [], workers: defaultWorkers() };
  readOptions(rest, args.paths, (option, value) => {
    if (option === '--format') args.format = streamFormat(value());
    else if (option === '--date') args.date = dateValue(value());
    else if (option === '--jsonl') args.jsonl = value();
    else if (option === '--workers') args.workers = workersValue(value());
    else if (option === '--entities') {
      const method = value();
      if (method !== 'rules' && method !== 'learned' && method !== 'both')
        throw new UsageError(`unknown --entities '${method}' (rules, learned or both)`);
      args.entities = method;
    } else return false;
    return true;
  });
  if (!args.jsonl && args.paths.length === 0) throw new UsageError('no input: give PATH... or --jsonl FILE');
  return args;
}

function parseLinkArgs(rest: string[]): LinkArgs {
  const args: LinkArgs = { command: 'link', format: 'json', files: [] };
  readOptions(rest, args.files, (option, value) => {
    if (option !== '--format') return false;
    args.format = streamFormat(value());
    return true;
  });
  if (args.files.length === 0) throw new UsageError('no input: give FILE... (- for standard input)');
  return args;
}

function streamFormat(format: string): StreamFormat {
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`unsupported format '${format}' (json or jsonl)`);
  return format;
}

function workersValue(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--workers must be a whole number, got '${value}'`);
  return Number(value);
}

function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

function parseExportArgs(rest: string[]): ExportArgs {
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let date: string | undefined;
  const paths: string[] = [];
  readOptions(rest, paths, (option, value) => {
    if (option === '--format') {
      const given = value();
      if (!EXPORT_FORMATS.includes(given as ExportFormat))
        throw new UsageError(`unsupported export format '${given}' (${EXPORT_FORMATS.join(', ')})`);
      format = given as ExportFormat;
    } else if (option === '--out') out = value();
    else if (option === '--date') date = dateValue(value());
    else return false;
    return true;
  });
  if (!format) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!out) throw new UsageError('export needs --out DIR');
  if (paths.length === 0) throw new UsageError('no input: give PATH...');
  return { command: 'export', format, out, date, paths };
}

/**
 * Walks the arguments: `option(name, value)` takes the options it knows (calling `value()` for their
 * value) and says whether it knew it; other options are errors, and the rest are paths.
 */
function readOptions(args: string[], paths: string[], option: (name: string, value: () => string) => boolean): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (!arg.startsWith('--')) paths.push(arg);
    else if (!option(arg, value)) throw new UsageError(`unknown option '${arg}'`);
  }
}

function dateValue(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got '${date}'`);
  return date;
}
