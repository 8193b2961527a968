// What a new user should see once News Lens is installed and a folder of articles is open, checked from
// a test suite in the extension host that runs it. Shared by the .vsix install test and the web test;
// no Node module here, as the web suite is bundled for the browser. The results go to a JSON file in the
// workspace (a temporary copy of the seeds), the one channel both hosts can write to.
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/features/contract';

export const EXTENSION_ID = 'news-lens.news-lens';
export const RESULTS_FILE = 'news-lens-test-results.json';
const SEED = '000_d6490ba55f8250cf.txt';

export interface Check {
  name: string;
  run(): Promise<void>;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  error?: string;
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls until `check` gives a value, for work the extension does in its own time. */
export async function eventually<T>(check: () => T | undefined | false, what: string, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

export function newsLensExtension(): vscode.Extension<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  expect(extension, `${EXTENSION_ID} is not installed`);
  return extension;
}

/** The extension activates by itself on the open folder (no activate() call from here), highlights and hovers a seed. */
export function seedChecks(): Check[] {
  let document: vscode.TextDocument | undefined;
  const seed = async () => {
    if (document) return document;
    const folder = vscode.workspace.workspaceFolders?.[0];
    expect(folder, 'a folder of articles is open');
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SEED));
    await vscode.window.showTextDocument(document);
    return document;
  };
  return [
    {
      name: 'activates on its own when a folder of articles is open',
      async run() {
        const extension = newsLensExtension();
        await eventually(() => extension.isActive, 'the extension to activate');
        await extension.exports.ready;
      },
    },
    {
      name: 'highlights persons, places, organizations and dates in a seed article',
      async run() {
        const opened = await seed();
        const ranges = await eventually(() => newsLensExtension().exports.decoratedRanges(opened.uri), 'highlights');
        const texts = (kind: keyof typeof ranges) => ranges[kind].map(range => opened.getText(range));
        expect(texts('person').includes('Valery Gerasimov'), `persons: ${texts('person').join('|')}`);
        expect(texts('place').includes('North Korea'), `places: ${texts('place').join('|')}`);
        expect(
          texts('organization').includes('Central News Agency'),
          `organizations: ${texts('organization').join('|')}`,
        );
        expect(texts('date').includes('November 29'), `dates: ${texts('date').join('|')}`);
      },
    },
    {
      name: 'hovers "North Korea" as a place mentioned in all three seed articles',
      async run() {
        const opened = await seed();
        const position = opened.positionAt(opened.getText().indexOf('North Korea is the most') + 1);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          opened.uri,
          position,
        );
        const text = hovers
          .flatMap(h => h.contents)
          .map(c => (typeof c === 'string' ? c : c.value))
          .join('\n');
        expect(/North Korea\*\* — place/.test(text), `hover: ${text || '(none)'}`);
        expect(/Mentioned in 3 articles/.test(text), `hover does not count the three seeds: ${text}`);
      },
    },
  ];
}

/** Runs the checks in order, writes their results to RESULTS_FILE in the workspace, and fails if any failed. */
export async function runChecks(checks: Check[]): Promise<void> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    try {
      await check.run();
      results.push({ name: check.name, ok: true });
    } catch (error) {
      results.push({ name: check.name, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const json = JSON.stringify(results, null, 2);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, RESULTS_FILE), new TextEncoder().encode(json));
  }
  const failed = results.filter(r => !r.ok).length;
  if (failed > 0 || results.length === 0) throw new Error(`${failed} of ${results.length} checks failed`);
}
