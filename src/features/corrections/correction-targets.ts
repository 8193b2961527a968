// What a correction command works on: the article, its indexed text, and the selection or the mention at the cursor.
import vscode = require('vscode');
import type { DateMention, Mention } from '../../core/types';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

// The index follows an edit after a short pause; a command waits that long for offsets to agree.
const INDEX_WAIT_MS = 3000;

/** An article, its indexed text and a stretch of it (UTF-16 offsets). */
export interface Target {
  uri: vscode.Uri;
  id: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The article and stretch a command is for: the ones it was called with (code actions, scripts), else the
 * active editor's selection. With `selection`, a bare cursor takes the word it is in.
 */
export async function resolveTarget(
  index: WorkspaceIndex,
  uriArgument: unknown,
  rangeArgument: unknown,
  selection = false,
): Promise<Target | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = uriArgument instanceof vscode.Uri ? uriArgument : editor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('News Lens: open an article first, then correct it.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  if (!index.isArticle(document)) {
    void vscode.window.showInformationMessage('News Lens: this file is not an article that News Lens annotates.');
    return undefined;
  }
  let range =
    rangeArgument instanceof vscode.Range
      ? rangeArgument
      : editor && editor.document.uri.toString() === uri.toString()
        ? editor.selection
        : undefined;
  if (!range) return undefined;
  if (selection && range.isEmpty) range = document.getWordRangeAtPosition(range.start) ?? range;
  const id = index.idOf(uri);
  const text = await indexedText(index, id, document);
  if (text === undefined) {
    void vscode.window.showInformationMessage(
      'News Lens: the article is still being annotated; try again in a moment.',
    );
    return undefined;
  }
  const target = { uri, id, text, start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
  if (!selection) return target;
  const selected = trimmed(text, target);
  if (!selected) {
    void vscode.window.showInformationMessage('News Lens: select the name to add first.');
    return undefined;
  }
  return { ...target, start: selected.start, end: selected.end };
}

/** The text the index annotated, once it is the document's (an edit is indexed after a short pause). */
async function indexedText(
  index: WorkspaceIndex,
  id: string,
  document: vscode.TextDocument,
): Promise<string | undefined> {
  const deadline = Date.now() + INDEX_WAIT_MS;
  while (index.text(id) !== document.getText()) {
    if (Date.now() > deadline) return undefined;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return index.text(id);
}

/** The selection without the spaces and punctuation around it; undefined when nothing is left. */
export function trimmed(
  text: string,
  target: Pick<Target, 'start' | 'end'>,
): { start: number; end: number; text: string } | undefined {
  let { start, end } = target;
  while (start < end && /[\s"“”'‘’(),.;:!?]/.test(text[start])) start++;
  while (end > start && /[\s"“”'‘’(),;:!?]/.test(text[end - 1])) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : undefined;
}

/** The name at the cursor (or just before it), or the one the selection overlaps most. */
export function entityIn(index: WorkspaceIndex, target: Target): Mention | undefined {
  if (target.start === target.end) return atOrJustBefore(target, offset => index.actors.entityAt(target.id, offset));
  const overlap = (m: Mention) => Math.min(m.end, target.end) - Math.max(m.start, target.start);
  const entities = index.actors.annotation(target.id)?.entities.filter(m => overlap(m) > 0) ?? [];
  return entities.sort((a, b) => overlap(b) - overlap(a))[0];
}

/** The names and dates at the cursor, or those the selection overlaps. */
export function mentionsIn(index: WorkspaceIndex, target: Target): (Mention | DateMention)[] {
  if (target.start === target.end) {
    const found = atOrJustBefore(
      target,
      offset => index.actors.entityAt(target.id, offset) ?? index.actors.dateAt(target.id, offset),
    );
    return found ? [found] : [];
  }
  const annotation = index.actors.annotation(target.id);
  const overlaps = (m: { start: number; end: number }) => m.start < target.end && target.start < m.end;
  return [...(annotation?.entities ?? []), ...(annotation?.dates ?? [])]
    .filter(overlaps)
    .sort((a, b) => a.start - b.start);
}

// A cursor right after a name (where typing or a double click leaves it) still means that name.
function atOrJustBefore<T>(target: Target, at: (offset: number) => T | undefined): T | undefined {
  return at(target.start) ?? (target.start > 0 ? at(target.start - 1) : undefined);
}
