// Glob patterns as VS Code settings and .gitignore files write them, matched against '/'-separated paths.

/**
 * A regular expression source for a glob: `*` and `?` stay inside one path segment, `**` spans any number
 * of segments (none too), `{x,y}` chooses (nested groups allowed), `[abc]` and `[!abc]` are classes.
 */
export function globSource(glob: string): string {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const segmentStart = i === 0 || glob[i - 1] === '/' || glob[i - 1] === '{' || glob[i - 1] === ',';
      const slashAfter = glob[i + 2] === '/';
      i++;
      if (segmentStart && slashAfter) {
        source += '(?:[^/]*/)*';
        i++;
      } else source += '.*';
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const inside = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/[\\\]]/g, '\\$&');
        source += `[${inside}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) source += escape(glob[++i]);
    else source += escape(c);
  }
  return source + ')'.repeat(braces);
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Matches whole paths relative to a folder, without a leading slash (`news/2017/a.txt`). */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.filter(glob => glob.trim()).map(glob => globSource(glob.replace(/^\/+/, '')));
  if (patterns.length === 0) return () => false;
  const regex = new RegExp(`^(?:${patterns.join('|')})$`);
  return path => regex.test(path);
}

/** The folders a path lies in, outermost first: `a/b/c.txt` → `a`, `a/b`. */
export function parentFolders(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
