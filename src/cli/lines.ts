// Lines in and out as streams, so the CLI's memory does not grow with its input: a JSONL file or standard
// input (`-`) read line by line or in pieces of whole lines, and output written as fast as the reader takes it.
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

/** Pieces of whole lines read at once: about thirty ECB+ articles, so that two workers end close together. */
const PIECE_BYTES = 32 * 1024;
const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * A file, or standard input for `-`, in pieces of whole lines (the last one's end aside) of about `size`
 * bytes, undecoded, a UTF-8 byte-order mark at its start dropped; a file that cannot be read is a problem.
 */
export async function* readLinePieces(
  source: string,
  problem: (message: string) => void,
  size = PIECE_BYTES,
): AsyncGenerator<Uint8Array> {
  const input = source === '-' ? process.stdin : fs.createReadStream(source, { highWaterMark: size });
  let held: Buffer[] = [];
  let heldBytes = 0;
  let first = true;
  const piece = (bytes: Buffer) => {
    if (first && BOM.every((byte, i) => bytes[i] === byte)) bytes = bytes.subarray(BOM.length);
    first = false;
    return bytes;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      held.push(chunk);
      heldBytes += chunk.length;
      const end = chunk.lastIndexOf(NEWLINE);
      if (heldBytes < size || end < 0) continue;
      held[held.length - 1] = chunk.subarray(0, end + 1);
      yield piece(Buffer.concat(held));
      held = [chunk.subarray(end + 1)];
      heldBytes = held[0].length;
    }
    if (heldBytes > 0) yield piece(Buffer.concat(held));
  } catch (error) {
    problem(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Writes a line, waiting while the reader is behind (a pipe to a slower process, a full disk buffer). */
export async function writeLine(line: string): Promise<void> {
  await write(line + '\n');
}

/** Writes what is already lines (UTF-8), waiting as `writeLine` does. */
export async function write(output: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(output)) await new Promise<void>(resolve => process.stdout.once('drain', resolve));
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
