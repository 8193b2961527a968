// Shared by the integration tests: the activated extension's API, seed documents and positions in them.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/features/contract';

export const SEED_000 = '000_d6490ba55f8250cf.txt';
export const SEED_001 = '001_b0e5feebaca363bc.txt';
export const SEED_004 = '004_0b466d24d87483c2.txt';
export const SEEDS = [SEED_000, SEED_001, SEED_004];

export type { NewsLensApi };

export async function newsLens(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>('news-lens.news-lens');
  assert.ok(extension, 'the extension is installed');
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the seeds folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openSeed(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri(name));
  return vscode.window.showTextDocument(document);
}

/** The position inside the `occurrence`-th appearance of `text` in the document (a character into it). */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 1): vscode.Position {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.ok(offset >= 0, `"${text}" occurs ${occurrence} times in ${document.uri.path}`);
  }
  return document.positionAt(offset + 1);
}

export function baseName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Polls until `check` returns a value, for work the extension does after an event. */
export async function eventually<T>(check: () => T | undefined | false, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
