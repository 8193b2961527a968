// The news-lens command line: annotates articles and prints the JSON contract on stdout, or exports them.
import { ActorIndex, annotate, toContract } from '../core';
import { USAGE, UsageError, parseArgs } from './args';
import { runExport } from './export';
import { readJsonl, readPaths } from './inputs';

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-lens: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.command === 'export') return runExport(args);
  const inputs = args.jsonl ? readJsonl(args.jsonl) : readPaths(args.paths);
  if (args.jsonl && args.paths.length) inputs.problems.push('PATH arguments are ignored with --jsonl');
  const index = new ActorIndex();
  const ids: string[] = [];
  for (const doc of inputs.documents) {
    // Two inputs with one file name would otherwise overwrite each other in the index.
    const id = ids.includes(doc.id) ? `${doc.id}#${ids.length}` : doc.id;
    index.set(id, annotate(doc.text, { articleDate: doc.date ?? args.date }));
    ids.push(id);
  }
  process.stdout.write(JSON.stringify(toContract(index, ids)) + '\n');
  for (const problem of inputs.problems) process.stderr.write(`news-lens: ${problem}\n`);
  return inputs.problems.length ? 1 : 0;
}
