// `news-lens annotate`: the map step. Articles stream in (files, folders, JSONL or stdin), are annotated
// by a pool of worker threads, and go out in input order: as one JSONL line each as soon as they are done
// (`--format jsonl`, memory bounded by the pool), or linked into the one JSON contract (`--format json`).
// JSONL in and out, the workers read and print whole pieces of the input: this thread only moves bytes.
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
// Only the light core here: with workers, the annotators (lexicons, gazetteers) load in them alone.
import { applyCorrections } from '../core/corrections/apply';
import { toArticleLine } from '../core/export/article-line';
import { Linker } from '../core/export/link';
import { jsonlLines } from '../core/export/article-input';
import { errorMessage } from '../core/log';
import type { Annotation } from '../core/types';
import { inlineBackend, startNodeBackend } from '../worker/node-backend';
import type { AnnotatedLines, AnnotationBackend, JsonlBackend } from '../worker/protocol';
import type { AnnotateArgs } from './args';
import { readJsonl, readPaths, type InputDocument } from './inputs';
import { mapInOrder, readLinePieces, write, writeLine } from './lines';
import { Problems, stderrLog } from './log';
import { SidecarReader } from './sidecars';

// Articles in flight per worker: enough to keep each busy while the main thread reads and writes.
const IN_FLIGHT_PER_WORKER = 4;
// Pieces of JSONL input (about thirty articles each) in flight per worker: one to work on, the next ones at hand.
const PIECES_PER_WORKER = 3;

type Annotated = { id: string; annotation: Annotation } | null;

/** Exit code: 0, or 1 when an input could not be read or annotated (each said on stderr as it comes). */
export async function runAnnotate(args: AnnotateArgs): Promise<number> {
  const problems = new Problems();
  const problem = problems.report;
  if (args.jsonl && args.paths.length) problem('PATH arguments are ignored with --jsonl');
  const backend = startBackend(args.workers);
  try {
    if (args.format === 'jsonl' && args.jsonl) await annotateJsonl(args.jsonl, args, backend, problem);
    else await annotateDocuments(args, backend, problem);
  } finally {
    await backend.dispose();
  }
  return problems.exitCode;
}

async function annotateDocuments(
  args: AnnotateArgs,
  backend: AnnotationBackend,
  problem: (message: string) => void,
): Promise<void> {
  const sidecars = new SidecarReader();
  const documents = args.jsonl ? readJsonl(args.jsonl, problem) : readPaths(args.paths, problem);
  const linker = new Linker();
  const done =
    args.format === 'jsonl'
      ? async (result: Annotated) => {
          if (result) await writeLine(JSON.stringify(toArticleLine(result.id, result.annotation)));
        }
      : async (result: Annotated) => {
          if (result) linker.add(result.id, result.annotation);
        };
  await mapInOrder(
    documents,
    Math.max(1, args.workers) * IN_FLIGHT_PER_WORKER,
    document => annotateDocument(document, args, backend, sidecars, problem),
    done,
  );
  if (args.format === 'json') await writeLine(JSON.stringify(linker.contract()));
}

// JSONL in, JSONL out (no sidecars apply): each piece of the input is printed as its worker annotated it,
// its problems told with the line numbers of the input.
async function annotateJsonl(
  source: string,
  args: AnnotateArgs,
  backend: JsonlBackend,
  problem: (message: string) => void,
): Promise<void> {
  const name = source === '-' ? 'stdin' : source;
  const options = { articleDate: args.date, entities: args.entities };
  /** The input lines before the piece being printed. */
  let before = 0;
  await mapInOrder(
    readLinePieces(source, problem),
    Math.max(1, args.workers) * PIECES_PER_WORKER,
    (jsonl): Promise<{ jsonl: Uint8Array; lines: AnnotatedLines } | { jsonl: Uint8Array; error: unknown }> =>
      backend.annotateLines(jsonl, options).then(
        lines => ({ jsonl, lines }),
        error => ({ jsonl, error }),
      ),
    async result => {
      if ('error' in result) {
        // The worker died with the piece (out of memory, say): its lines are counted here, rarely.
        const count = jsonlLines(new TextDecoder().decode(result.jsonl)).length;
        problem(`${name}:${before + 1}-${before + count}: not annotated: ${errorMessage(result.error)}`);
        before += count;
        return;
      }
      const { lines } = result;
      for (const bad of lines.badLines) problem(`${name}:${before + bad.line}: ${bad.problem}`);
      for (const message of lines.failed) problem(message);
      before += lines.lineCount;
      await write(lines.output);
    },
  );
}

// A file's corrections and article date are kept by the extension in the nearest .newslens/ above it.
async function annotateDocument(
  document: InputDocument,
  args: AnnotateArgs,
  backend: AnnotationBackend,
  sidecars: SidecarReader,
  problem: (message: string) => void,
): Promise<Annotated> {
  const stored = document.file ? sidecars.forArticle(document.file, document.text) : null;
  if (stored && stored.problem !== null) {
    problem(`${document.file} not annotated: ${stored.problem}`);
    return null;
  }
  try {
    const annotation = await backend.annotate(document.text, {
      articleDate: document.date ?? stored?.articleDate ?? args.date,
      entities: args.entities,
    });
    return {
      id: document.id,
      annotation: stored ? applyCorrections(annotation, document.text, stored.corrections) : annotation,
    };
  } catch (error) {
    problem(`${document.id} not annotated: ${errorMessage(error)}`);
    return null;
  }
}

// The workers run the bundle beside the CLI's (dist/annotate-worker.js); without it, or with
// --workers 0, the articles are annotated on the main thread.
function startBackend(workers: number): JsonlBackend {
  const script = path.join(__dirname, 'annotate-worker.js');
  if (workers > 0 && fs.existsSync(script)) {
    // V8 grows each worker's heap far past what one article needs: two workers on 5× ECB+ peak at 509 MB.
    // A small young generation and a slowly growing old one keep them at 277 MB for about a tenth more
    // time (--optimize-for-size holds 246 MB but costs a third more: it also compiles for size). Set
    // before the workers start, the flags hold for their isolates: memory stays bounded by the pool.
    v8.setFlagsFromString('--max-semi-space-size=2');
    v8.setFlagsFromString('--heap-growing-percent=10');
    return startNodeBackend(script, stderrLog, { max: workers });
  }
  if (workers > 0) stderrLog.warn(`${script} not found; articles are annotated on the main thread`);
  return inlineBackend(
    () => require('../worker/handle-request') as typeof import('../worker/handle-request'),
    stderrLog,
  );
}
