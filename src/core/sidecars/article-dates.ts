// Reads, checks and writes the article dates sidecar (`.newslens/article-dates.json`) as plain data:
// `{ "path/in/folder.txt": "2017-12-11", … }`, keys being article paths with forward slashes.
import { parseSidecarJson } from './names';

export type ArticleDates = Record<string, string>;

export type ParsedArticleDates = { dates: ArticleDates; problem: null } | { dates: null; problem: string };

/** The sidecar's dates, or why it cannot be used (the caller keeps such a file and never overwrites it). */
export function parseArticleDatesFile(json: string): ParsedArticleDates {
  const parsed = parseSidecarJson(json);
  if (parsed.problem !== null) return { dates: null, problem: parsed.problem };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { dates: null, problem: 'not a JSON object' };
  const wrong = Object.entries(value).find(([, date]) => typeof date !== 'string');
  if (wrong) return { dates: null, problem: `the date of "${wrong[0]}" is not a string` };
  return { dates: value as ArticleDates, problem: null };
}

/** Stable output: keys sorted, two-space indent, a final newline; null when no date is left (the file goes). */
export function serializeArticleDatesFile(dates: ArticleDates): string | null {
  const sorted = Object.fromEntries(Object.entries(dates).sort(([a], [b]) => a.localeCompare(b)));
  return Object.keys(sorted).length ? JSON.stringify(sorted, null, 2) + '\n' : null;
}

/** The date set for the article at `key`, if any. */
export function articleDateFor(dates: ArticleDates, key: string): string | undefined {
  return Object.hasOwn(dates, key) ? dates[key] : undefined;
}
