// Shared by hover and definition: where an actor (or a happening) is mentioned, as editor locations.
import vscode = require('vscode');
import type { Span } from '../core/view';
import type { WorkspaceIndex } from './workspace-index';

/** A span of an article: an actor's mention, or the word of an event mention. */
export interface ArticleSpan {
  documentId: string;
  mention: Pick<Span, 'start' | 'end'>;
}

export function locationOf(index: WorkspaceIndex, { documentId, mention }: ArticleSpan): vscode.Location {
  return new vscode.Location(index.uriOf(documentId), index.range(documentId, mention));
}

/** A command link that opens an article with the mention selected. */
export function openLink(index: WorkspaceIndex, actorMention: ArticleSpan): string {
  const { uri, range } = locationOf(index, actorMention);
  const args = [uri, { selection: { start: range.start, end: range.end } }];
  return `command:vscode.open?${encodeURIComponent(JSON.stringify(args))}`;
}
