// Parses the command line: `news-lens annotate --format json [--date YYYY-MM-DD] (--jsonl FILE | PATH...)`.

export interface AnnotateArgs {
  command: 'annotate';
  format: 'json';
  date?: string;
  jsonl?: string;
  paths: string[];
}

export type ParsedArgs = AnnotateArgs | { command: 'help' };

export const USAGE = `usage: news-lens annotate --format json [--date YYYY-MM-DD] PATH...
       news-lens annotate --format json [--date YYYY-MM-DD] --jsonl FILE
PATH: article files or folders (their .txt, .md and .news files). JSONL lines: {"id","text","date"?}.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const [command, ...rest] = argv;
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
