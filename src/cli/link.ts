// `news-lens link`: the reduce step. Reads the lines of `annotate --format jsonl` (one stream or many
// shards, `-` for stdin) and builds the cross-document actor index: `--format json` prints what
// `annotate --format json` prints for the same articles, `--format jsonl` the articles again with their
// actor ids and then one line `{"actors": [...]}`.
import { articleOfLine } from '../core/export/article-line';
import { Linker } from '../core/export/link';
import type { LinkArgs } from './args';
import { readLines, writeLine } from './lines';
import { Problems } from './log';

/** Exit code: 0, or 1 when a file or a line could not be read (each said on stderr, by line number). */
export async function runLink(args: LinkArgs): Promise<number> {
  const problems = new Problems();
  const problem = problems.report;
  const linker = new Linker();
  for (const file of args.files) {
    const name = file === '-' ? 'stdin' : file;
    for await (const line of readLines(file, problem)) {
      if (!line.text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch {
        problem(`${name}:${line.number}: not valid JSON`);
        continue;
      }
      const article = articleOfLine(value);
      if ('problem' in article)
        problem(`${name}:${line.number}: not a line of annotate --format jsonl (${article.problem})`);
      else linker.add(article.id, article.annotation);
    }
  }
  const contract = linker.contract();
  if (args.format === 'json') {
    await writeLine(JSON.stringify(contract));
  } else {
    for (const document of contract.documents) await writeLine(JSON.stringify(document));
    await writeLine(JSON.stringify({ actors: contract.actors }));
  }
  return problems.exitCode;
}
