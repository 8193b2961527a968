// Find All References on a name: every mention of the same actor across the workspace. On an event word:
// every mention of the same happening.
import vscode = require('vscode');
import { locationOf } from '../../workspace/actor-links';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { eventWordAt } from './event-words';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, {
      provideReferences(document, position) {
        const entity = index.entityAt(document, position);
        if (entity) return index.actors.mentionsOf(entity.actorKey).map(mention => locationOf(index, mention));
        const word = eventWordAt(index, document, position);
        return word?.reports.map(({ documentId, event }) => locationOf(index, { documentId, mention: event.trigger }));
      },
    }),
  );
}
