// The news-lens command line: annotates articles (the JSON contract, or one line per article), links
// annotated lines into the actor index, or exports articles.
import { USAGE, UsageError, parseArgs } from './args';

/** The exit code: 0, 1 when an input could not be read, 2 for a wrong command line. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-lens: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    // Each command loads what it needs when it runs: `link` and `annotate` with workers never load the
    // annotators on this thread (tens of megabytes of lexicons).
    case 'export':
      return (await import('./export')).runExport(args);
    case 'link':
      return (await import('./link')).runLink(args);
    case 'annotate':
      return (await import('./annotate')).runAnnotate(args);
  }
}
