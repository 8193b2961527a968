// Correcting an article's annotations: commands and code actions on a selection or a mention (add a name,
// change its type, remove it, set or split its actor, "not an entity anywhere", set the article date),
// undo, and a status-bar item with the article's count. Scripts and tests pass (uri, range, value) directly.
import vscode = require('vscode');
import { ENTITY_TYPES, type EntityType, type Mention } from '../../core/types';
import { locateQuote, quoteOf, splitActorKey, withCorrection, type Correction } from '../../core/corrections';
import type { CorrectionEdit } from '../../workspace/correction-store';
import { entityIn, mentionsIn, resolveTarget, trimmed, type Target } from './correction-targets';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { TYPE_LABELS, count, errorLine, short, typeWord } from '../../presentation/display';
import { COMMANDS } from '../commands';

const UNDO_LIMIT = 100;
const MAX_NAME_LENGTH = 80;

type Undoable =
  | { label: string; edit: CorrectionEdit }
  | { label: string; articleDate: { uri: vscode.Uri; before: string | undefined; after: string | undefined } };

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const undoStack: Undoable[] = [];
  const status = vscode.window.createStatusBarItem('newsLens.corrections', vscode.StatusBarAlignment.Right, 99);
  status.name = 'News Lens Corrections';
  status.command = COMMANDS.listCorrections;
  let statusShown = false;

  const remember = (entry: Undoable) => {
    undoStack.push(entry);
    if (undoStack.length > UNDO_LIMIT) undoStack.shift();
  };

  async function correct(target: Target, label: string, correction: Correction): Promise<boolean> {
    return store(label, () => index.corrections.edit(target.uri, target.text, list => withCorrection(list, correction, target.text)));
  }

  async function store(label: string, edit: () => Promise<CorrectionEdit>): Promise<boolean> {
    try {
      remember({ label, edit: await edit() });
      updateStatus();
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(errorLine(error));
      return false;
    }
  }

  async function addEntity(uri: unknown, range: unknown, type: unknown): Promise<boolean> {
    const target = await resolveTarget(index, uri, range, true);
    if (!target) return false;
    const exact = target.text.slice(target.start, target.end);
    const chosen = isEntityType(type) ? type : await pickType(`Add “${short(exact)}” as…`, ENTITY_TYPES);
    if (!chosen) return false;
    return correct(target, `Add “${short(exact)}” as ${typeWord(chosen)}`, { action: 'add', quote: quoteOf(target.text, target), type: chosen });
  }

  async function changeType(uri: unknown, range: unknown, type: unknown): Promise<boolean> {
    const target = await resolveTarget(index, uri, range);
    const mention = target && entityIn(index, target);
    if (!target || !mention) return nothingThere(target, 'a name');
    const chosen = isEntityType(type) ? type : await pickType(`“${short(mention.text)}” is a…`, ENTITY_TYPES.filter(t => t !== mention.type));
    if (!chosen || chosen === mention.type) return false;
    return correct(target, `Change “${short(mention.text)}” to ${typeWord(chosen)}`, { action: 'retype', quote: quoteOf(target.text, mention), type: chosen });
  }

  async function remove(uri: unknown, range: unknown): Promise<boolean> {
    const target = await resolveTarget(index, uri, range);
    const mentions = target ? mentionsIn(index, target) : [];
    if (!target || mentions.length === 0) return nothingThere(target, 'a name or date');
    const label = mentions.length === 1 ? `Remove “${short(mentions[0].text)}”` : `Remove ${mentions.length} names and dates`;
    return store(label, () => index.corrections.edit(target.uri, target.text, list =>
      mentions.reduce((all, m) => withCorrection(all, { action: 'remove', quote: quoteOf(target.text, m) }, target.text), list)));
  }

  async function setActor(uri: unknown, range: unknown, actorId: unknown): Promise<boolean> {
    const target = await resolveTarget(index, uri, range);
    const mention = target && entityIn(index, target);
    if (!target || !mention) return nothingThere(target, 'a name');
    const actor = typeof actorId === 'string' ? actorId : await pickActor(index, mention);
    if (!actor) return false;
    if (index.actors.resolve(mention.actorKey) === actor) return false;
    const name = index.nameOf(actor);
    return correct(target, `Set “${short(mention.text)}” to ${name}`, { action: 'setActor', quote: quoteOf(target.text, mention), actor });
  }

  async function splitFromActor(uri: unknown, range: unknown): Promise<boolean> {
    const target = await resolveTarget(index, uri, range);
    const mention = target && entityIn(index, target);
    if (!target || !mention) return nothingThere(target, 'a name');
    if (index.actors.mentionsOf(mention.actorKey).length < 2) {
      void vscode.window.showInformationMessage(`News Lens: “${short(mention.text)}” is the only mention of its actor already.`);
      return false;
    }
    const taken = index.actors.actors().map(a => a.id);
    const actor = splitActorKey(mention, taken);
    return correct(target, `Split “${short(mention.text)}” from ${index.actors.actor(mention.actorKey)?.name ?? 'its actor'}`,
      { action: 'split', quote: quoteOf(target.text, mention), actor });
  }

  async function ignoreEverywhere(uri: unknown, range: unknown): Promise<boolean> {
    const target = await resolveTarget(index, uri, range);
    const mention = target && entityIn(index, target);
    if (!target || !mention) return nothingThere(target, 'a name');
    return store(`“${short(mention.text)}” is not an entity anywhere`,
      () => index.corrections.editIgnore(target.uri, names => [...names, mention.text]));
  }

  async function stopIgnoring(uri: unknown, name: unknown): Promise<boolean> {
    const article = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!article) return false;
    const names = index.corrections.ignored(article);
    const chosen = typeof name === 'string' ? name : await vscode.window.showQuickPick(names, { title: 'News Lens: names that are not entities anywhere', placeHolder: 'Take a name for an entity again' });
    if (!chosen || !names.includes(chosen)) return false;
    return store(`“${short(chosen)}” may be an entity again`, () => index.corrections.editIgnore(article, all => all.filter(n => n !== chosen)));
  }

  // The article date is kept by Set Article Date in its own sidecar; here it joins the corrections' undo.
  async function setArticleDate(uri: unknown, date: unknown): Promise<boolean> {
    const article = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!article) return false;
    const before = index.articleDates.dateFor(article);
    const done = await vscode.commands.executeCommand<boolean>(COMMANDS.setArticleDate, article, date);
    const after = index.articleDates.dateFor(article);
    if (done && before !== after) remember({ label: `Set the article date to ${after}`, articleDate: { uri: article, before, after } });
    updateStatus();
    return !!done;
  }

  async function undo(): Promise<boolean> {
    const last = undoStack.pop();
    if (!last) {
      void vscode.window.showInformationMessage('News Lens: no correction to undo.');
      return false;
    }
    try {
      if ('edit' in last) await index.corrections.undo(last.edit);
      else {
        const { uri, before, after } = last.articleDate;
        if (index.articleDates.dateFor(uri) !== after) throw new Error('the article date changed since, so it is left as it is');
        await index.articleDates.set(uri, before);
      }
      vscode.window.setStatusBarMessage(`News Lens: undid “${last.label}”`, 4000);
      updateStatus();
      return true;
    } catch (error) {
      void vscode.window.showErrorMessage(errorLine(error));
      return false;
    }
  }

  async function list(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !index.isArticle(editor.document)) return;
    const text = index.text(index.idOf(editor.document.uri)) ?? editor.document.getText();
    const items = index.corrections.correctionsFor(editor.document.uri, text).corrections.map(c => {
      const span = locateQuote(text, c.quote);
      return { label: describe(index, c), description: span ? `line ${editor.document.positionAt(span.start).line + 1}` : 'no longer in the text', span };
    });
    const undoItem = { label: '$(discard) Undo Last Correction', description: undoStack[undoStack.length - 1]?.label, span: null };
    const picked = await vscode.window.showQuickPick(undoStack.length ? [undoItem, ...items] : items, {
      title: 'News Lens: corrections of this article', placeHolder: items.length ? 'Go to a correction' : 'No corrections in this article',
    });
    if (picked === undoItem) await undo();
    else if (picked?.span) {
      const range = new vscode.Range(editor.document.positionAt(picked.span.start), editor.document.positionAt(picked.span.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  function updateStatus(): void {
    const editor = vscode.window.activeTextEditor;
    const text = editor && index.isArticle(editor.document) ? index.text(index.idOf(editor.document.uri)) : undefined;
    statusShown = !!editor && text !== undefined;
    if (!editor || text === undefined) {
      status.hide();
      return;
    }
    const { corrections, ignore } = index.corrections.correctionsFor(editor.document.uri, text);
    const date = index.articleDates.dateFor(editor.document.uri);
    const total = corrections.length + (date ? 1 : 0);
    status.text = `$(edit) ${total === 0 ? 'No corrections' : count(total, 'correction')}`;
    const tooltip = new vscode.MarkdownString(`**News Lens corrections of this article**: ${total}\n\n`);
    for (const action of ['add', 'retype', 'remove', 'setActor', 'split'] as const) {
      const n = corrections.filter(c => c.action === action).length;
      if (n) tooltip.appendMarkdown(`- ${ACTION_LABELS[action]}: ${n}\n`);
    }
    if (date) tooltip.appendMarkdown(`- article date set: ${date}\n`);
    if (ignore.length) tooltip.appendMarkdown(`\n${count(ignore.length, 'name')} ${ignore.length === 1 ? 'is' : 'are'} not an entity anywhere in this folder.\n`);
    tooltip.appendMarkdown('\nKept in `.newslens/annotations.json`. Click to list them or undo the last.');
    status.tooltip = tooltip;
    status.show();
  }

  context.subscriptions.push(
    status,
    vscode.commands.registerCommand(COMMANDS.addEntity, addEntity),
    vscode.commands.registerCommand(COMMANDS.changeType, changeType),
    vscode.commands.registerCommand(COMMANDS.removeMention, remove),
    vscode.commands.registerCommand(COMMANDS.setActor, setActor),
    vscode.commands.registerCommand(COMMANDS.splitFromActor, splitFromActor),
    vscode.commands.registerCommand(COMMANDS.ignoreEverywhere, ignoreEverywhere),
    vscode.commands.registerCommand(COMMANDS.stopIgnoring, stopIgnoring),
    vscode.commands.registerCommand(COMMANDS.correctArticleDate, setArticleDate),
    vscode.commands.registerCommand(COMMANDS.undoCorrection, undo),
    vscode.commands.registerCommand(COMMANDS.listCorrections, list),
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new CorrectionActions(index), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    index.onDidChange(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
  );
  updateStatus();

  return {
    /** What the status bar shows for the active article (tests read it). */
    correctionStatus: () => ({ text: status.text, visible: statusShown }),
  };
}

const ACTION_LABELS: Record<Correction['action'], string> = {
  add: 'names added', retype: 'types changed', remove: 'removed', setActor: 'actors set', split: 'split from their actor',
};

/** The lightbulb's offers on a selection or at a mention. */
class CorrectionActions implements vscode.CodeActionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const index = this.index;
    const id = index.idOf(document.uri);
    const text = index.text(id);
    if (!index.isArticle(document) || text !== document.getText()) return [];
    const target: Target = { uri: document.uri, id, text, start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, ...values: unknown[]) => {
      const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      codeAction.command = { title, command, arguments: [document.uri, range, ...values] };
      actions.push(codeAction);
    };
    const mention = entityIn(index, target);
    const mentions = mentionsIn(index, target);
    const selected = trimmed(text, target);
    const exactlyMention = mention && selected && mention.start === selected.start && mention.end === selected.end;
    // A name is short and on one line; a selected sentence is there to be removed, not added.
    if (selected && !exactlyMention && selected.text.length <= MAX_NAME_LENGTH && !/[\r\n]/.test(selected.text)) {
      for (const type of ENTITY_TYPES) action(`Add “${short(selected.text)}” as ${typeWord(type)}`, COMMANDS.addEntity, type);
    }
    if (mention) {
      for (const type of ENTITY_TYPES.filter(t => t !== mention.type)) {
        action(`Change “${short(mention.text)}” to ${typeWord(type)}`, COMMANDS.changeType, type);
      }
      action(`Set the actor of “${short(mention.text)}”…`, COMMANDS.setActor);
      if (index.actors.mentionsOf(mention.actorKey).length > 1) {
        action(`Split “${short(mention.text)}” from ${index.actors.actor(mention.actorKey)?.name ?? 'its actor'}`, COMMANDS.splitFromActor);
      }
      action(`“${short(mention.text)}” is not an entity anywhere`, COMMANDS.ignoreEverywhere);
    }
    if (mentions.length === 1) action(`Remove “${short(mentions[0].text)}”`, COMMANDS.removeMention);
    else if (mentions.length > 1) action(`Remove the ${mentions.length} names and dates in the selection`, COMMANDS.removeMention);
    if (mentions.some(m => 'value' in m)) {
      const codeAction = new vscode.CodeAction('Set the article date…', vscode.CodeActionKind.QuickFix);
      codeAction.command = { title: 'Set the article date…', command: COMMANDS.correctArticleDate, arguments: [document.uri] };
      actions.push(codeAction);
    }
    return actions;
  }
}

function describe(index: WorkspaceIndex, c: Correction): string {
  const quoted = `“${short(c.quote.exact)}”`;
  switch (c.action) {
    case 'add': return `Added ${quoted} as ${typeWord(c.type)}${c.actor ? ` (${index.nameOf(c.actor)})` : ''}`;
    case 'retype': return `Changed ${quoted} to ${typeWord(c.type)}`;
    case 'remove': return `Removed ${quoted}`;
    case 'setActor': return `Set ${quoted} to ${index.nameOf(c.actor)}`;
    case 'split': return `Split ${quoted} from its actor`;
  }
}

async function pickType(title: string, types: readonly EntityType[]): Promise<EntityType | undefined> {
  const picked = await vscode.window.showQuickPick(types.map(type => ({ label: TYPE_LABELS[type], type })), { title: `News Lens: ${title}` });
  return picked?.type;
}

async function pickActor(index: WorkspaceIndex, mention: Mention): Promise<string | undefined> {
  const own = index.actors.resolve(mention.actorKey);
  const items = index.actors.actors().filter(a => a.type === mention.type && a.id !== own).map(a => ({
    label: a.name, description: a.aliases.filter(alias => alias !== a.name).join(', '), detail: `${count(a.documents.length, 'article')}, ${count(a.mentions, 'mention')} · ${a.id}`, id: a.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `News Lens: who is “${short(mention.text)}”?`, matchOnDescription: true, matchOnDetail: true });
  return picked?.id;
}

function nothingThere(target: Target | undefined, what: string): false {
  if (target) void vscode.window.showInformationMessage(`News Lens: there is no ${what.replace(/^an? /, '')} here to correct; put the cursor on ${what}.`);
  return false;
}

function isEntityType(value: unknown): value is EntityType {
  return ENTITY_TYPES.includes(value as EntityType);
}
