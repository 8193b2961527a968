// Shared by the corrections and exports integration tests: the sidecar, highlighted ranges and clean-up.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HighlightKind } from '../../src/features/navigation/decorations';
import { annotate } from '../../src/core';
import { SEED_000, SEED_001, eventually, hoverText, newsLens, openSeed, type NewsLensApi } from './workbench';

export const sidecarFolder = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.newslens');
export const sidecar = () => vscode.Uri.joinPath(sidecarFolder(), 'annotations.json');

export async function api(): Promise<NewsLensApi> {
  return newsLens();
}

/** The range of the `occurrence`-th appearance of `text`. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 1): vscode.Range {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.ok(offset >= 0, `"${text}" occurs ${occurrence} times`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** `text@offset` of every range highlighted as `kind`. */
export function highlighted(newsLensApi: NewsLensApi, document: vscode.TextDocument, kind: HighlightKind): string[] {
  return (newsLensApi.decoratedRanges(document.uri)?.[kind] ?? []).map(
    r => `${document.getText(r)}@${document.offsetAt(r.start)}`,
  );
}

export function at(document: vscode.TextDocument, text: string, occurrence = 1): string {
  return `${text}@${document.offsetAt(rangeOf(document, text, occurrence).start)}`;
}

export async function readSidecar(): Promise<{
  version: number;
  ignore: string[];
  documents: Record<
    string,
    {
      hash: string;
      corrections: { action: string; quote: { exact: string; start: number }; type?: string; actor?: string }[];
    }
  >;
}> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar())));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

export async function hoverOn(document: vscode.TextDocument, range: vscode.Range): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    range.start.translate(0, 1),
  );
  return hoverText(hovers);
}

/** Every highlight of a visible article as `kind:text@offset`, sorted. */
function allHighlights(newsLensApi: NewsLensApi, document: vscode.TextDocument): string[] | undefined {
  const ranges = newsLensApi.decoratedRanges(document.uri);
  if (!ranges) return undefined;
  return (Object.keys(ranges) as HighlightKind[])
    .flatMap(kind => highlighted(newsLensApi, document, kind).map(h => `${kind}:${h}`))
    .sort();
}

/** What the annotators alone find in the article, in the same form. */
function automaticHighlights(document: vscode.TextDocument): string[] {
  const text = document.getText();
  const annotation = annotate(text);
  return [
    ...annotation.entities.map(e => `${e.type}:${e.text}@${e.start}`),
    ...annotation.dates.map(d => `date:${d.text}@${d.start}`),
  ].sort();
}

// The seeds folder is the workspace of every integration test: leave it as it was found, and wait until
// the articles are highlighted without corrections again.
export async function removeSidecars(): Promise<void> {
  const newsLensApi = await api();
  if (await exists(sidecarFolder()))
    await vscode.workspace.fs.delete(sidecarFolder(), { recursive: true, useTrash: false });
  for (const seed of [SEED_001, SEED_000]) {
    const { document } = await openSeed(seed);
    const automatic = JSON.stringify(automaticHighlights(document));
    await eventually(
      () => JSON.stringify(allHighlights(newsLensApi, document)) === automatic,
      `${seed} without corrections`,
    );
  }
}
