// The status-bar item with the active article's count of corrections; a click lists them.
import vscode = require('vscode');
import type { Correction } from '../../core/corrections';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { count } from '../../presentation/display';
import { COMMANDS } from '../commands';

const ACTION_LABELS: Record<Correction['action'], string> = {
  add: 'names added',
  retype: 'types changed',
  remove: 'removed',
  setActor: 'actors set',
  split: 'split from their actor',
};

export class CorrectionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'newsLens.corrections',
    vscode.StatusBarAlignment.Right,
    99,
  );
  private shown = false;
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.item.name = 'News Lens Corrections';
    this.item.command = COMMANDS.listCorrections;
    this.listeners = [
      index.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  /** What the status bar shows for the active article (tests read it). */
  current(): { text: string; visible: boolean } {
    return { text: this.item.text, visible: this.shown };
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const text =
      editor && this.index.isArticle(editor.document)
        ? this.index.text(this.index.idOf(editor.document.uri))
        : undefined;
    this.shown = !!editor && text !== undefined;
    if (!editor || text === undefined) {
      this.item.hide();
      return;
    }
    const { corrections, ignore } = this.index.corrections.correctionsFor(editor.document.uri, text);
    const date = this.index.articleDates.dateFor(editor.document.uri);
    const total = corrections.length + (date ? 1 : 0);
    this.item.text = `$(edit) ${total === 0 ? 'No corrections' : count(total, 'correction')}`;
    const tooltip = new vscode.MarkdownString(`**News Lens corrections of this article**: ${total}\n\n`);
    for (const action of ['add', 'retype', 'remove', 'setActor', 'split'] as const) {
      const n = corrections.filter(c => c.action === action).length;
      if (n) tooltip.appendMarkdown(`- ${ACTION_LABELS[action]}: ${n}\n`);
    }
    if (date) tooltip.appendMarkdown(`- article date set: ${date}\n`);
    if (ignore.length)
      tooltip.appendMarkdown(
        `\n${count(ignore.length, 'name is', 'names are')} not an entity anywhere in this folder.\n`,
      );
    tooltip.appendMarkdown('\nKept in `.newslens/annotations.json`. Click to list them or undo the last.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const listener of this.listeners) listener.dispose();
  }
}
