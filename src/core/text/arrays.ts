// Arrays that V8 makes the same way however hot the code that makes them. `map` builds a packed array while
// its caller runs unoptimized and a holey one once V8 has optimized the caller; optimized code that reads
// such arrays then meets the other kind, is thrown away and compiled again (in each worker, for each reader).

/** `length` copies of `value`. */
export function filled<T>(length: number, value: T): T[] {
  return new Array<T>(length).fill(value);
}

/** `items.map(f)`, as an array of the one kind. */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = f(items[i], i);
  return out;
}
