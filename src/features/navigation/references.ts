// Find All References on a name: every mention of the same actor across the workspace.
import vscode = require('vscode');
import { locationOf } from '../../workspace/actor-links';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, {
      provideReferences(document, position) {
        const entity = index.entityAt(document, position);
        if (!entity) return undefined;
        return index.actors.mentionsOf(entity.actorKey).map(mention => locationOf(index, mention));
      },
    }),
  );
}
