// Folders the tests write their inputs into, removed when the test process ends, whatever the outcome.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];
process.on('exit', () => {
  for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, named `news-lens-<what>-…`. */
export function tempFolder(what: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `news-lens-${what}-`));
  made.push(folder);
  return folder;
}
