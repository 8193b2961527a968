// The seed articles as test fixtures, read as an editor reads them.
import * as fs from 'fs';
import * as path from 'path';

export const SEEDS_DIR = path.join(__dirname, '..', '..', '..', 'seeds');

export function seedNames(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter(name => name.endsWith('.txt'))
    .sort();
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}
