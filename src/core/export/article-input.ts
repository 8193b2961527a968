// The map step's input: JSONL, one article a line `{"id", "text", "date"?}`, split and read the same
// wherever it is annotated (the CLI's main thread, or a worker given a piece of whole lines).

export interface ArticleInput {
  id: string;
  text: string;
  date?: string;
}

const LINE_END = /\r\n|\n|\r/;

/**
 * The lines of JSONL text as Node's readline splits them (at `\n`, `\r\n` or a lone `\r`, which the
 * messages count by), without the empty one after a final line end.
 */
export function jsonlLines(text: string): string[] {
  const lines = text.split(LINE_END);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The article of one input line, or what is wrong with it. */
export function parseArticleInput(line: string): ArticleInput | { problem: string } {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line);
  } catch {
    return { problem: 'not valid JSON' };
  }
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.id !== 'string' ||
    typeof record.text !== 'string'
  ) {
    return { problem: 'expected {"id": string, "text": string, "date"?: "YYYY-MM-DD"}' };
  }
  if (record.date !== undefined && record.date !== null && typeof record.date !== 'string')
    return { problem: '"date" must be a string' };
  return { id: record.id, text: record.text, date: (record.date as string | null) ?? undefined };
}
