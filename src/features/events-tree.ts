// The Events view: each article, then the events reported in it; a click reveals the sentence.
import * as vscode from 'vscode';
import type { NewsEvent } from '../core';
import type { WorkspaceIndex } from './workspace-index';

export type EventsNode =
  | { kind: 'document'; documentId: string }
  | { kind: 'event'; documentId: string; event: NewsEvent };

export class EventsTreeProvider implements vscode.TreeDataProvider<EventsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: WorkspaceIndex) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: EventsNode): EventsNode[] {
    if (!node) {
      return this.index.actors.documentIds()
        .filter(documentId => (this.index.actors.annotation(documentId)?.events.length ?? 0) > 0)
        .map(documentId => ({ kind: 'document', documentId }));
    }
    if (node.kind === 'event') return [];
    const events = this.index.actors.annotation(node.documentId)?.events ?? [];
    return events.map(event => ({ kind: 'event', documentId: node.documentId, event }));
  }

  getParent(node: EventsNode): EventsNode | undefined {
    return node.kind === 'event' ? { kind: 'document', documentId: node.documentId } : undefined;
  }

  getTreeItem(node: EventsNode): vscode.TreeItem {
    return node.kind === 'document' ? this.documentItem(node.documentId) : this.eventItem(node.documentId, node.event);
  }

  private documentItem(documentId: string): vscode.TreeItem {
    const annotation = this.index.actors.annotation(documentId);
    const item = new vscode.TreeItem(this.index.label(documentId), vscode.TreeItemCollapsibleState.Expanded);
    item.id = documentId;
    item.resourceUri = this.index.uriOf(documentId);
    item.iconPath = vscode.ThemeIcon.File;
    const count = annotation?.events.length ?? 0;
    item.description = `${annotation?.articleDate.value ?? 'undated'} · ${count} event${count === 1 ? '' : 's'}`;
    return item;
  }

  private eventItem(documentId: string, event: NewsEvent): vscode.TreeItem {
    const actorNames = event.actorKeys.map(key => this.index.actors.actor(key)?.name ?? key);
    const item = new vscode.TreeItem(`${event.trigger.text} — ${actorNames.join(', ')}`);
    item.id = `${documentId}#${event.start}`;
    item.description = event.date ?? undefined;
    item.tooltip = new vscode.MarkdownString().appendText(event.text);
    item.iconPath = new vscode.ThemeIcon('symbol-event');
    const range = this.index.range(documentId, event);
    item.command = {
      command: 'vscode.open',
      title: 'Reveal Event',
      arguments: [this.index.uriOf(documentId), { selection: range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }
}

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const provider = new EventsTreeProvider(index);
  const view = vscode.window.createTreeView('newsLens.events', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(view, index.onDidChange(() => provider.refresh()));
  return { eventsTree: provider, eventsView: view };
}
