// The Actors view: who and what recurs, in most articles first; each opens to its mentions, article by article.
import vscode = require('vscode');
import type { Actor, Mention } from '../../core';
import { linePreview, sentenceAround } from '../../presentation/mention-context';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { articleHeadlines } from '../../workspace/article-headlines';
import { TYPE_ICONS, count, escapeMarkdown as escape, typeWord } from '../../presentation/display';

export type ActorsNode =
  | { kind: 'actor'; actorId: string }
  | { kind: 'document'; actorId: string; documentId: string }
  | { kind: 'mention'; actorId: string; documentId: string; mention: Mention };

export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: WorkspaceIndex) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: ActorsNode): ActorsNode[] {
    if (!node) return this.index.actors.actors().map(actor => ({ kind: 'actor', actorId: actor.id }));
    if (node.kind === 'actor') {
      return (this.index.actors.actor(node.actorId)?.documents ?? [])
        .slice()
        .sort()
        .map(documentId => ({ kind: 'document', actorId: node.actorId, documentId }));
    }
    if (node.kind === 'document') {
      return this.index.actors
        .mentionsOf(node.actorId)
        .filter(m => m.documentId === node.documentId)
        .map(({ documentId, mention }) => ({ kind: 'mention', actorId: node.actorId, documentId, mention }));
    }
    return [];
  }

  getParent(node: ActorsNode): ActorsNode | undefined {
    if (node.kind === 'actor') return undefined;
    if (node.kind === 'document') return { kind: 'actor', actorId: node.actorId };
    return { kind: 'document', actorId: node.actorId, documentId: node.documentId };
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    if (node.kind === 'actor') return this.actorItem(node.actorId);
    if (node.kind === 'document') return this.documentItem(node.actorId, node.documentId);
    return this.mentionItem(node.actorId, node.documentId, node.mention);
  }

  private actorItem(actorId: string): vscode.TreeItem {
    const actor = this.index.actors.actor(actorId);
    const item = new vscode.TreeItem(this.index.nameOf(actorId), vscode.TreeItemCollapsibleState.Collapsed);
    // Ids must be unique in the whole tree and survive refreshes, so that expanded actors stay expanded.
    item.id = `actor/${actorId}`;
    item.contextValue = 'newsLens.actor';
    if (!actor) return item;
    item.description = `${count(actor.documents.length, 'article')} · ${count(actor.mentions, 'mention')}`;
    item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[actor.type], new vscode.ThemeColor(`newsLens.${actor.type}Border`));
    item.tooltip = tooltip(actor);
    return item;
  }

  private documentItem(actorId: string, documentId: string): vscode.TreeItem {
    const mentions =
      this.index.actors.entities(documentId)?.filter(m => this.index.actors.resolve(m.actorKey) === actorId).length ??
      0;
    // An article by its headline; its file in the tooltip.
    const article = articleHeadlines(this.index).info(documentId);
    const item = new vscode.TreeItem(article.title, vscode.TreeItemCollapsibleState.Expanded);
    item.tooltip = article.path;
    item.id = `actor/${actorId}/${documentId}`;
    item.resourceUri = this.index.uriOf(documentId);
    item.iconPath = vscode.ThemeIcon.File;
    item.description = count(mentions, 'mention');
    item.contextValue = 'newsLens.actorDocument';
    return item;
  }

  private mentionItem(actorId: string, documentId: string, mention: Mention): vscode.TreeItem {
    const text = this.index.text(documentId);
    // A node from before the article was deleted can still be asked for while the view refreshes.
    if (text === undefined) return new vscode.TreeItem(mention.text);
    const preview = linePreview(text, mention);
    const range = this.index.range(documentId, mention);
    const item = new vscode.TreeItem({ label: preview.text, highlights: [[preview.start, preview.end]] });
    item.id = `actor/${actorId}/${documentId}#${mention.start}`;
    item.description = `${range.start.line + 1}:${range.start.character + 1}`;
    item.tooltip = sentenceAround(text, mention).text;
    item.contextValue = 'newsLens.mention';
    item.command = {
      command: 'vscode.open',
      title: 'Reveal Mention',
      arguments: [
        this.index.uriOf(documentId),
        { selection: range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions,
      ],
    };
    return item;
  }
}

function tooltip(actor: Actor): vscode.MarkdownString {
  const card = new vscode.MarkdownString();
  card.appendMarkdown(`**${escape(actor.name)}** — ${typeWord(actor.type)}`);
  const others = actor.aliases.filter(a => a !== actor.name);
  if (others.length) card.appendMarkdown(`\n\nAlso written: ${others.map(escape).join(', ')}`);
  return card;
}

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const provider = new ActorsTreeProvider(index);
  const view = vscode.window.createTreeView('newsLens.actors', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    view,
    index.onDidChange(() => provider.refresh()),
  );
  return { actorsTree: provider, actorsView: view };
}
