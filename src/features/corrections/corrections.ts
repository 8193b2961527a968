// Correcting an article's annotations: the commands, the lightbulb's code actions, undo, and a
// status-bar item with the article's count, on one index.
import vscode = require('vscode');
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import type { CorrectionsApi } from '../contract';
import { CorrectionActions } from './code-actions';
import { registerCorrectionCommands } from './correction-commands';
import { CorrectionStatus } from './correction-status';
import { UndoStack } from './undo';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): CorrectionsApi {
  const status = new CorrectionStatus(index);
  context.subscriptions.push(
    status,
    ...registerCorrectionCommands({ index, undo: new UndoStack(), status }),
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new CorrectionActions(index), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  );
  return { correctionStatus: () => status.current() };
}
