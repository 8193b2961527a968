// Paths of URIs ('/'-separated on every platform), without Node's `path`, which the web build lacks.

/** `to` relative to the folder `from`, like Node's `path.posix.relative`. */
export function relative(from: string, to: string): string {
  const fromParts = segments(from);
  const toParts = segments(to);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** The last segment of the path, like Node's `path.posix.basename`. */
export function basename(path: string): string {
  const parts = segments(path);
  return parts[parts.length - 1] ?? '';
}

function segments(path: string): string[] {
  return path.split('/').filter(part => part !== '' && part !== '.');
}
