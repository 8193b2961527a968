// Go to Definition on a name: the actor's first mention in every article, for Peek side by side. On an
// event word: the same happening where each article first reports it.
import vscode = require('vscode');
import { locationOf } from '../../workspace/actor-links';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { eventWordAt, firstReports } from './event-words';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, {
      provideDefinition(document, position) {
        const entity = index.entityAt(document, position);
        if (entity) {
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
        }
        const word = eventWordAt(index, document, position);
        if (!word) return undefined;
        const origin = index.range(word.documentId, word.event.trigger);
        // Peek shows the report's sentence, with its event word selected.
        return firstReports(word.reports).map(({ documentId, event }): vscode.LocationLink => ({
          originSelectionRange: origin,
          targetUri: index.uriOf(documentId),
          targetRange: index.range(documentId, event),
          targetSelectionRange: index.range(documentId, event.trigger),
        }));
      },
    }),
  );
}
