// The corrections' undo: the last hundred corrections and article dates, undone last first.
import type vscode = require('vscode');
import type { CorrectionEdit } from '../../workspace/correction-store';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

const UNDO_LIMIT = 100;

export type Undoable =
  | { label: string; edit: CorrectionEdit }
  | { label: string; articleDate: { uri: vscode.Uri; before: string | undefined; after: string | undefined } };

export class UndoStack {
  private readonly entries: Undoable[] = [];

  remember(entry: Undoable): void {
    this.entries.push(entry);
    if (this.entries.length > UNDO_LIMIT) this.entries.shift();
  }

  /** The label of what Undo would undo now. */
  get lastLabel(): string | undefined {
    return this.entries[this.entries.length - 1]?.label;
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /**
   * Undoes the last entry and returns its label; undefined when there is nothing to undo. Throws when
   * the undo cannot be done (the sidecar cannot be written, the article date changed since).
   */
  async undo(index: WorkspaceIndex): Promise<string | undefined> {
    const last = this.entries.pop();
    if (!last) return undefined;
    if ('edit' in last) {
      await index.corrections.undo(last.edit);
    } else {
      const { uri, before, after } = last.articleDate;
      if (index.articleDates.dateFor(uri) !== after)
        throw new Error('the article date changed since, so it is left as it is');
      await index.articleDates.set(uri, before);
    }
    return last.label;
  }
}
