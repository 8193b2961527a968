// Which files of a workspace folder are articles: those the include globs match, unless an exclude glob
// (News Lens's own or `files.exclude`) or a .gitignore rule leaves them out.
import type { IgnoreRules } from './gitignore';
import { globMatcher, parentFolders } from './glob';

export interface ArticleFilterOptions {
  include: readonly string[];
  /** `newsLens.exclude` and the `files.exclude` globs that are on. */
  exclude: readonly string[];
  /** The folder's .gitignore rules, when they are honoured. */
  gitignore?: IgnoreRules;
}

/** A test on paths relative to the workspace folder (`news/2017/a.txt`). */
export function articleFilter(options: ArticleFilterOptions): (path: string) => boolean {
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  return path =>
    included(path) &&
    // `files.exclude` names folders ("**/.git"): a file inside one is out too.
    !excluded(path) &&
    !parentFolders(path).some(excluded) &&
    !options.gitignore?.ignores(path);
}

/** `files.exclude` as VS Code stores it: globs that are on (`true`); conditional ones (`{when}`) are left aside. */
export function enabledGlobs(setting: Record<string, unknown> | undefined): string[] {
  return Object.entries(setting ?? {})
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** A setting given as one glob or a list of them. */
export function globList(setting: unknown, fallback: readonly string[]): string[] {
  if (typeof setting === 'string') return [setting];
  if (Array.isArray(setting)) return setting.filter((glob): glob is string => typeof glob === 'string');
  return [...fallback];
}
