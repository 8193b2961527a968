// Parses the command line: `news-lens annotate --format json [--date YYYY-MM-DD] (--jsonl FILE | PATH...)`
// and `news-lens export --format brat|w3c|conll|jsonl --out DIR [--date YYYY-MM-DD] PATH...`.
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/formats';

export interface AnnotateArgs {
  command: 'annotate';
  format: 'json';
  date?: string;
  jsonl?: string;
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

export const USAGE = `usage: news-lens annotate --format json [--date YYYY-MM-DD] PATH...
       news-lens annotate --format json [--date YYYY-MM-DD] --jsonl FILE
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
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (format !== 'json') throw new UsageError(`unsupported format '${format}' (only json)`);
    } else if (arg === '--date') {
      args.date = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new UsageError(`--date must be YYYY-MM-DD, got '${args.date}'`);
    } else if (arg === '--jsonl') args.jsonl = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}'`);
    else args.paths.push(arg);
  }
  if (!args.jsonl && args.paths.length === 0) throw new UsageError('no input: give PATH... or --jsonl FILE');
  return args;
}

function parseExportArgs(rest: string[]): ExportArgs {
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let date: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const given = value();
      if (!EXPORT_FORMATS.includes(given as ExportFormat)) throw new UsageError(`unsupported export format '${given}' (${EXPORT_FORMATS.join(', ')})`);
      format = given as ExportFormat;
    } else if (arg === '--out') out = value();
    else if (arg === '--date') {
      date = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got '${date}'`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option '${arg}'`);
    else paths.push(arg);
  }
  if (!format) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!out) throw new UsageError('export needs --out DIR');
  if (paths.length === 0) throw new UsageError('no input: give PATH...');
  return { command: 'export', format, out, date, paths };
}
