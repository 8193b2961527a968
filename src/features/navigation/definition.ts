// Go to Definition on a name: the actor's first mention in every article, for Peek side by side.
import vscode = require('vscode');
import { locationOf } from '../../workspace/actor-links';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, {
      provideDefinition(document, position) {
        const entity = index.entityAt(document, position);
        if (!entity) return undefined;
        const origin = index.range(index.idOf(document.uri), entity);
        return index.actors.firstMentions(entity.actorKey).map((mention): vscode.LocationLink => {
          const target = locationOf(index, mention);
          return {
            originSelectionRange: origin,
            targetUri: target.uri,
            targetRange: target.range,
            targetSelectionRange: target.range,
          };
        });
      },
    }),
  );
}
