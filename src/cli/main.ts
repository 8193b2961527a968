// The news-lens command line: annotates articles and prints the JSON contract on stdout, or exports them.
import { ActorIndex, annotate, applyCorrections, toContract } from '../core';
import { USAGE, UsageError, parseArgs } from './args';
import { runExport } from './export';
import { readJsonl, readPaths } from './inputs';
import { SidecarReader } from './sidecars';

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
  const sidecars = new SidecarReader();
  for (const doc of inputs.documents) {
    // A file's corrections and article date, kept by the extension in the nearest .newslens/ above it.
    const stored = doc.file ? sidecars.forArticle(doc.file, doc.text) : null;
    if (stored && stored.problem !== null) {
      inputs.problems.push(`${doc.file} not annotated: ${stored.problem}`);
      continue;
    }
    // Two inputs with one file name would otherwise overwrite each other in the index.
    const id = ids.includes(doc.id) ? `${doc.id}#${ids.length}` : doc.id;
    const annotation = annotate(doc.text, { articleDate: doc.date ?? stored?.articleDate ?? args.date, entities: args.entities });
    index.set(id, stored ? applyCorrections(annotation, doc.text, stored.corrections) : annotation);
    ids.push(id);
  }
  process.stdout.write(JSON.stringify(toContract(index, ids)) + '\n');
  for (const problem of inputs.problems) process.stderr.write(`news-lens: ${problem}\n`);
  return inputs.problems.length ? 1 : 0;
}
