// Shared by hover and definition: where an actor is mentioned, as editor locations.
import vscode = require('vscode');
import type { ActorMention } from '../core';
import type { WorkspaceIndex } from './workspace-index';

export function locationOf(index: WorkspaceIndex, { documentId, mention }: ActorMention): vscode.Location {
  return new vscode.Location(index.uriOf(documentId), index.range(documentId, mention));
}

/** A command link that opens an article with the mention selected. */
export function openLink(index: WorkspaceIndex, actorMention: ActorMention): string {
  const { uri, range } = locationOf(index, actorMention);
  const args = [uri, { selection: { start: range.start, end: range.end } }];
  return `command:vscode.open?${encodeURIComponent(JSON.stringify(args))}`;
}
