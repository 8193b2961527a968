// The rules of .gitignore files (git's syntax: `#` comments, `!` to take back, a trailing `/` for folders,
// a `/` inside to anchor), so files git ignores are no articles either.
import { globSource, parentFolders } from './glob';

interface Rule {
  /** The folder of the .gitignore, '' for the workspace folder's root, else `a/b/`. */
  base: string;
  regex: RegExp;
  negated: boolean;
  foldersOnly: boolean;
}

export class IgnoreRules {
  private rules: Rule[] = [];

  /** Adds a .gitignore's rules; `folder` is where it lies ('' for the root). Deeper files go last. */
  add(folder: string, text: string): void {
    const base = folder ? `${folder.replace(/\/+$/, '')}/` : '';
    for (const line of text.split(/\r?\n|\r/)) {
      const rule = parseLine(line, base);
      if (rule) this.rules.push(rule);
    }
    this.rules.sort((a, b) => a.base.split('/').length - b.base.split('/').length);
  }

  get size(): number {
    return this.rules.length;
  }

  /** Whether git ignores the file: it, or a folder it lies in (git never looks inside an ignored folder). */
  ignores(path: string): boolean {
    return parentFolders(path).some(folder => this.verdict(folder, true)) || this.verdict(path, false);
  }

  // The last rule that matches has the say.
  private verdict(path: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const rule of this.rules) {
      if (rule.foldersOnly && !isFolder) continue;
      if (!path.startsWith(rule.base)) continue;
      if (rule.regex.test(path.slice(rule.base.length))) ignored = !rule.negated;
    }
    return ignored;
  }
}

function parseLine(line: string, base: string): Rule | null {
  let pattern = line.replace(/(?<!\\)\s+$/, '');
  if (!pattern || pattern.startsWith('#')) return null;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  pattern = pattern.replace(/^\\([#!])/, '$1');
  const foldersOnly = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  if (!pattern) return null;
  // A slash at the start or in the middle ties the pattern to the .gitignore's folder; without one it
  // matches a name at any depth.
  const anchored = pattern.includes('/');
  const source = globSource(pattern.replace(/^\//, ''));
  return { base, negated, foldersOnly, regex: new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`) };
}
