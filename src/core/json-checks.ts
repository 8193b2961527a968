// Checks for JSON read from outside (sidecars, `link` input lines): each returns the value typed or throws
// with where it is and what is wrong, for one line of message to the user.

export function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: not a JSON object`);
  return value as Record<string, unknown>;
}

export function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: not a list`);
  return value;
}

export function string(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: not a string`);
  return value;
}

export function nullableString(value: unknown, where: string): string | null {
  return value === null ? null : string(value, where);
}

/** One of the allowed values. */
export function oneOf<T>(value: unknown, allowed: readonly T[], where: string): T {
  if (!allowed.includes(value as T))
    throw new Error(`${where}: not one of ${allowed.map(a => (a === null ? 'null' : String(a))).join(', ')}`);
  return value as T;
}

export function offset(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${where}: not an offset`);
  return value;
}
