// Lines in and out as streams, so the CLI's memory does not grow with its input: a JSONL file or standard
// input (`-`) read line by line, and lines written as fast as the reader takes them.
import * as fs from 'fs';
import * as readline from 'readline';

export interface Line {
  text: string;
  /** 1-based, for messages. */
  number: number;
}

/** The lines of a file, or of standard input for `-`; a file that cannot be read is a problem, not an exception. */
export async function* readLines(source: string, problem: (message: string) => void): AsyncGenerator<Line> {
  const input = source === '-' ? process.stdin : fs.createReadStream(source, { encoding: 'utf8' });
  if (source === '-') process.stdin.setEncoding('utf8');
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number++;
      // Editors drop a UTF-8 byte-order mark when they read a file; offsets must count as they do.
      yield { text: number === 1 ? withoutBom(text) : text, number };
    }
  } catch (error) {
    problem(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    lines.close();
  }
}

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Writes a line, waiting while the reader is behind (a pipe to a slower process, a full disk buffer). */
export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await new Promise<void>(resolve => process.stdout.once('drain', resolve));
}

/**
 * Runs `work` on each item with at most `window` at once, handing the results to `done` in input order;
 * the next item is read only when there is room, so memory holds `window` items, whatever the input.
 * `work` must not reject: it turns its failures into results.
 */
export async function mapInOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  window: number,
  work: (item: T) => Promise<R>,
  done: (result: R) => Promise<void>,
): Promise<void> {
  const running: Promise<R>[] = [];
  for await (const item of items) {
    running.push(work(item));
    if (running.length >= window) await done(await running.shift()!);
  }
  while (running.length) await done(await running.shift()!);
}
