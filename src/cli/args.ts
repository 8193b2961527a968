// Parses the command line: `news-lens annotate --format json [--date YYYY-MM-DD] (--jsonl FILE | PATH...)`
// and `news-lens export --format brat|w3c|conll|jsonl --out DIR [--date YYYY-MM-DD] PATH...`.
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/formats';
import type { EntityMethod } from '../core/entities/entities';

export interface AnnotateArgs {
  command: 'annotate';
  format: 'json';
  date?: string;
  jsonl?: string;
  entities?: EntityMethod;
  paths: string[];
}

export interface ExportArgs {
  command: 'export';
  format: ExportFormat;
  out: string;
  date?: string;
  paths: string[];
}

export type ParsedArgs = AnnotateArgs | ExportArgs | { command: 'help' };

export const USAGE = `usage: news-lens annotate --format json [--date YYYY-MM-DD] [--entities rules|learned|both] PATH...
       news-lens annotate --format json [--date YYYY-MM-DD] [--entities rules|learned|both] --jsonl FILE
       news-lens export --format brat|w3c|conll|jsonl --out DIR [--date YYYY-MM-DD] PATH...
PATH: article files or folders (their .txt, .md and .news files). JSONL lines: {"id","text","date"?}.
export: one file (brat: one folder) per article under DIR, with the corrections and article dates of the
nearest .newslens/ folder above each article applied.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === 'export') return parseExportArgs(rest);
  if (command !== 'annotate') throw new UsageError(`unknown command '${command}'`);
  const args: AnnotateArgs = { command, format: 'json', paths: [] };
  readOptions(rest, args.paths, (option, value) => {
    if (option === '--format') {
      const format = value();
      if (format !== 'json') throw new UsageError(`unsupported format '${format}' (only json)`);
    } else if (option === '--date') args.date = dateValue(value());
    else if (option === '--jsonl') args.jsonl = value();
    else if (option === '--entities') {
      const method = value();
      if (method !== 'rules' && method !== 'learned' && method !== 'both') throw new UsageError(`unknown --entities '${method}' (rules, learned or both)`);
      args.entities = method;
    }
    else return false;
    return true;
  });
  if (!args.jsonl && args.paths.length === 0) throw new UsageError('no input: give PATH... or --jsonl FILE');
  return args;
}

function parseExportArgs(rest: string[]): ExportArgs {
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let date: string | undefined;
  const paths: string[] = [];
  readOptions(rest, paths, (option, value) => {
    if (option === '--format') {
      const given = value();
      if (!EXPORT_FORMATS.includes(given as ExportFormat)) throw new UsageError(`unsupported export format '${given}' (${EXPORT_FORMATS.join(', ')})`);
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
