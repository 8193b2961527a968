// The lightbulb on an article: the corrections that fit the selection or the mention at the cursor.
import vscode = require('vscode');
import { ENTITY_TYPES } from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { short, typeWord } from '../../presentation/display';
import { COMMANDS } from '../commands';
import { entityIn, mentionsIn, trimmed, type Target } from './correction-targets';

const MAX_NAME_LENGTH = 80;

/** The lightbulb's offers on a selection or at a mention. */
export class CorrectionActions implements vscode.CodeActionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const index = this.index;
    const id = index.idOf(document.uri);
    const text = index.text(id);
    if (!index.isArticle(document) || text !== document.getText()) return [];
    const target: Target = {
      uri: document.uri,
      id,
      text,
      start: document.offsetAt(range.start),
      end: document.offsetAt(range.end),
    };
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
      for (const type of ENTITY_TYPES)
        action(`Add “${short(selected.text)}” as ${typeWord(type)}`, COMMANDS.addEntity, type);
    }
    if (mention) {
      for (const type of ENTITY_TYPES.filter(t => t !== mention.type)) {
        action(`Change “${short(mention.text)}” to ${typeWord(type)}`, COMMANDS.changeType, type);
      }
      action(`Set the actor of “${short(mention.text)}”…`, COMMANDS.setActor);
      if (index.actors.mentionsOf(mention.actorKey).length > 1) {
        action(
          `Split “${short(mention.text)}” from ${index.actors.actor(mention.actorKey)?.name ?? 'its actor'}`,
          COMMANDS.splitFromActor,
        );
      }
      action(`“${short(mention.text)}” is not an entity anywhere`, COMMANDS.ignoreEverywhere);
    }
    if (mentions.length === 1) action(`Remove “${short(mentions[0].text)}”`, COMMANDS.removeMention);
    else if (mentions.length > 1)
      action(`Remove the ${mentions.length} names and dates in the selection`, COMMANDS.removeMention);
    if (mentions.some(m => 'value' in m)) {
      const codeAction = new vscode.CodeAction('Set the article date…', vscode.CodeActionKind.QuickFix);
      codeAction.command = {
        title: 'Set the article date…',
        command: COMMANDS.correctArticleDate,
        arguments: [document.uri],
      };
      actions.push(codeAction);
    }
    return actions;
  }
}
