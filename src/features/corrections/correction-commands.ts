// The correction commands: add a name, change its type, remove it, set or split its actor, "not an
// entity anywhere" and back, set the article date, undo, and the list of an article's corrections.
// Scripts and tests pass (uri, range, value) directly; without them each asks with a quick pick.
import vscode = require('vscode');
import {
  ENTITY_TYPES,
  type EntityType,
  type Mention,
  locateQuote,
  quoteOf,
  splitActorKey,
  withCorrection,
  type Correction,
} from '../../core/view';
import type { CorrectionEdit } from '../../workspace/correction-store';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { TYPE_LABELS, count, errorLine, short, typeWord } from '../../presentation/display';
import { COMMANDS } from '../commands';
import { entityIn, mentionsIn, resolveTarget, type Target } from './correction-targets';
import type { CorrectionStatus } from './correction-status';
import type { UndoStack } from './undo';

/** What the commands share: the index, the undo stack and the status bar they update. */
export interface Session {
  index: WorkspaceIndex;
  undo: UndoStack;
  status: CorrectionStatus;
}

export function registerCorrectionCommands(session: Session): vscode.Disposable[] {
  const register = (id: string, run: (session: Session, ...args: never[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, (...args: never[]) => run(session, ...args));
  return [
    register(COMMANDS.addEntity, addEntity),
    register(COMMANDS.changeType, changeType),
    register(COMMANDS.removeMention, remove),
    register(COMMANDS.setActor, setActor),
    register(COMMANDS.splitFromActor, splitFromActor),
    register(COMMANDS.ignoreEverywhere, ignoreEverywhere),
    register(COMMANDS.stopIgnoring, stopIgnoring),
    register(COMMANDS.correctArticleDate, setArticleDate),
    register(COMMANDS.undoCorrection, undo),
    register(COMMANDS.listCorrections, list),
  ];
}

async function correct(session: Session, target: Target, label: string, correction: Correction): Promise<boolean> {
  const { index } = session;
  return store(session, label, () =>
    index.corrections.edit(target.uri, target.text, list => withCorrection(list, correction, target.text)),
  );
}

async function store(session: Session, label: string, edit: () => Promise<CorrectionEdit>): Promise<boolean> {
  try {
    session.undo.remember({ label, edit: await edit() });
    session.status.update();
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(errorLine(error));
    return false;
  }
}

async function addEntity(session: Session, uri: unknown, range: unknown, type: unknown): Promise<boolean> {
  const { index } = session;
  const target = await resolveTarget(index, uri, range, true);
  if (!target) return false;
  const exact = target.text.slice(target.start, target.end);
  const chosen = isEntityType(type) ? type : await pickType(`Add “${short(exact)}” as…`, ENTITY_TYPES);
  if (!chosen) return false;
  return correct(session, target, `Add “${short(exact)}” as ${typeWord(chosen)}`, {
    action: 'add',
    quote: quoteOf(target.text, target),
    type: chosen,
  });
}

async function changeType(session: Session, uri: unknown, range: unknown, type: unknown): Promise<boolean> {
  const { index } = session;
  const target = await resolveTarget(index, uri, range);
  const mention = target && entityIn(index, target);
  if (!target || !mention) return nothingThere(target, 'a name');
  const chosen = isEntityType(type)
    ? type
    : await pickType(
        `“${short(mention.text)}” is a…`,
        ENTITY_TYPES.filter(t => t !== mention.type),
      );
  if (!chosen || chosen === mention.type) return false;
  return correct(session, target, `Change “${short(mention.text)}” to ${typeWord(chosen)}`, {
    action: 'retype',
    quote: quoteOf(target.text, mention),
    type: chosen,
  });
}

async function remove(session: Session, uri: unknown, range: unknown): Promise<boolean> {
  const { index } = session;
  const target = await resolveTarget(index, uri, range);
  const mentions = target ? mentionsIn(index, target) : [];
  if (!target || mentions.length === 0) return nothingThere(target, 'a name or date');
  const label =
    mentions.length === 1 ? `Remove “${short(mentions[0].text)}”` : `Remove ${mentions.length} names and dates`;
  return store(session, label, () =>
    index.corrections.edit(target.uri, target.text, list =>
      mentions.reduce(
        (all, m) => withCorrection(all, { action: 'remove', quote: quoteOf(target.text, m) }, target.text),
        list,
      ),
    ),
  );
}

async function setActor(session: Session, uri: unknown, range: unknown, actorId: unknown): Promise<boolean> {
  const { index } = session;
  const target = await resolveTarget(index, uri, range);
  const mention = target && entityIn(index, target);
  if (!target || !mention) return nothingThere(target, 'a name');
  const actor = typeof actorId === 'string' ? actorId : await pickActor(index, mention);
  if (!actor) return false;
  if (index.actors.resolve(mention.actorKey) === actor) return false;
  const name = index.nameOf(actor);
  return correct(session, target, `Set “${short(mention.text)}” to ${name}`, {
    action: 'setActor',
    quote: quoteOf(target.text, mention),
    actor,
  });
}

async function splitFromActor(session: Session, uri: unknown, range: unknown): Promise<boolean> {
  const { index } = session;
  const target = await resolveTarget(index, uri, range);
  const mention = target && entityIn(index, target);
  if (!target || !mention) return nothingThere(target, 'a name');
  if (index.actors.mentionsOf(mention.actorKey).length < 2) {
    void vscode.window.showInformationMessage(
      `News Lens: “${short(mention.text)}” is the only mention of its actor already.`,
    );
    return false;
  }
  const taken = index.actors.actors().map(a => a.id);
  const actor = splitActorKey(mention, taken);
  return correct(
    session,
    target,
    `Split “${short(mention.text)}” from ${index.actors.actor(mention.actorKey)?.name ?? 'its actor'}`,
    { action: 'split', quote: quoteOf(target.text, mention), actor },
  );
}

async function ignoreEverywhere(session: Session, uri: unknown, range: unknown): Promise<boolean> {
  const { index } = session;
  const target = await resolveTarget(index, uri, range);
  const mention = target && entityIn(index, target);
  if (!target || !mention) return nothingThere(target, 'a name');
  return store(session, `“${short(mention.text)}” is not an entity anywhere`, () =>
    index.corrections.editIgnore(target.uri, names => [...names, mention.text]),
  );
}

async function stopIgnoring(session: Session, uri: unknown, name: unknown): Promise<boolean> {
  const { index } = session;
  const article =
    uri instanceof vscode.Uri
      ? uri
      : (vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri);
  if (!article) return false;
  const names = index.corrections.ignored(article);
  const chosen =
    typeof name === 'string'
      ? name
      : await vscode.window.showQuickPick(names, {
          title: 'News Lens: names that are not entities anywhere',
          placeHolder: 'Take a name for an entity again',
        });
  if (!chosen || !names.includes(chosen)) return false;
  return store(session, `“${short(chosen)}” may be an entity again`, () =>
    index.corrections.editIgnore(article, all => all.filter(n => n !== chosen)),
  );
}

// The article date is kept by Set Article Date in its own sidecar; here it joins the corrections' undo.
async function setArticleDate(session: Session, uri: unknown, date: unknown): Promise<boolean> {
  const { index } = session;
  const article = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!article) return false;
  const before = index.articleDates.dateFor(article);
  const done = await vscode.commands.executeCommand<boolean>(COMMANDS.setArticleDate, article, date);
  const after = index.articleDates.dateFor(article);
  if (done && before !== after)
    session.undo.remember({ label: `Set the article date to ${after}`, articleDate: { uri: article, before, after } });
  session.status.update();
  return !!done;
}

async function undo(session: Session): Promise<boolean> {
  try {
    const label = await session.undo.undo(session.index);
    if (label === undefined) {
      void vscode.window.showInformationMessage('News Lens: no correction to undo.');
      return false;
    }
    vscode.window.setStatusBarMessage(`News Lens: undid “${label}”`, 4000);
    session.status.update();
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(errorLine(error));
    return false;
  }
}

async function list(session: Session): Promise<void> {
  const { index } = session;
  const editor = vscode.window.activeTextEditor;
  if (!editor || !index.isArticle(editor.document)) return;
  const text = index.text(index.idOf(editor.document.uri)) ?? editor.document.getText();
  const items = index.corrections.correctionsFor(editor.document.uri, text).corrections.map(c => {
    const span = locateQuote(text, c.quote);
    return {
      label: describe(index, c),
      description: span ? `line ${editor.document.positionAt(span.start).line + 1}` : 'no longer in the text',
      span,
    };
  });
  const undoItem = { label: '$(discard) Undo Last Correction', description: session.undo.lastLabel, span: null };
  const picked = await vscode.window.showQuickPick(session.undo.isEmpty ? items : [undoItem, ...items], {
    title: 'News Lens: corrections of this article',
    placeHolder: items.length ? 'Go to a correction' : 'No corrections in this article',
  });
  if (picked === undoItem) await undo(session);
  else if (picked?.span) {
    const range = new vscode.Range(
      editor.document.positionAt(picked.span.start),
      editor.document.positionAt(picked.span.end),
    );
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function describe(index: WorkspaceIndex, c: Correction): string {
  const quoted = `“${short(c.quote.exact)}”`;
  switch (c.action) {
    case 'add':
      return `Added ${quoted} as ${typeWord(c.type)}${c.actor ? ` (${index.nameOf(c.actor)})` : ''}`;
    case 'retype':
      return `Changed ${quoted} to ${typeWord(c.type)}`;
    case 'remove':
      return `Removed ${quoted}`;
    case 'setActor':
      return `Set ${quoted} to ${index.nameOf(c.actor)}`;
    case 'split':
      return `Split ${quoted} from its actor`;
  }
}

async function pickType(title: string, types: readonly EntityType[]): Promise<EntityType | undefined> {
  const picked = await vscode.window.showQuickPick(
    types.map(type => ({ label: TYPE_LABELS[type], type })),
    { title: `News Lens: ${title}` },
  );
  return picked?.type;
}

async function pickActor(index: WorkspaceIndex, mention: Mention): Promise<string | undefined> {
  const own = index.actors.resolve(mention.actorKey);
  const items = index.actors
    .actors()
    .filter(a => a.type === mention.type && a.id !== own)
    .map(a => ({
      label: a.name,
      description: a.aliases.filter(alias => alias !== a.name).join(', '),
      detail: `${count(a.documents.length, 'article')}, ${count(a.mentions, 'mention')} · ${a.id}`,
      id: a.id,
    }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `News Lens: who is “${short(mention.text)}”?`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

function nothingThere(target: Target | undefined, what: string): false {
  if (target)
    void vscode.window.showInformationMessage(
      `News Lens: there is no ${what.replace(/^an? /, '')} here to correct; put the cursor on ${what}.`,
    );
  return false;
}

function isEntityType(value: unknown): value is EntityType {
  return ENTITY_TYPES.includes(value as EntityType);
}
