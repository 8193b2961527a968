// Hover cards: for a name, who or what it is and where else it appears; for a date, its normalized value.
import * as vscode from 'vscode';
import type { DateMention, Mention } from '../core';
import { openLink } from './actor-links';
import { ARTICLE_SELECTOR } from './settings';
import type { WorkspaceIndex } from './workspace-index';

const TYPE_LABELS = { person: 'Person', organization: 'Organization', place: 'Place' };

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(document, position) {
      if (!index.isArticle(document)) return undefined;
      const id = index.idOf(document.uri);
      const offset = document.offsetAt(position);
      const entity = index.actors.entityAt(id, offset);
      if (entity) return new vscode.Hover(entityCard(index, id, entity), index.range(id, entity));
      const date = index.actors.dateAt(id, offset);
      if (date) return new vscode.Hover(dateCard(index, id, date), index.range(id, date));
      return undefined;
    },
  }));
}

function entityCard(index: WorkspaceIndex, documentId: string, entity: Mention): vscode.MarkdownString {
  const actor = index.actors.actor(entity.actorKey);
  const card = new vscode.MarkdownString('', true);
  card.isTrusted = { enabledCommands: ['vscode.open'] };
  card.appendMarkdown(`**${escape(actor?.name ?? entity.text)}** — ${TYPE_LABELS[entity.type].toLowerCase()}\n\n`);
  if (!actor) return card;
  const others = actor.aliases.filter(a => a !== actor.name);
  if (others.length) card.appendMarkdown(`Also written: ${others.map(escape).join(', ')}\n\n`);
  const elsewhere = index.actors.firstMentions(actor.id).filter(m => m.documentId !== documentId);
  const articles = actor.documents.length === 1 ? 'article' : 'articles';
  card.appendMarkdown(`Mentioned in ${actor.documents.length} ${articles} (${actor.mentions} times)`);
  if (elsewhere.length === 0) return card.appendMarkdown(', only in this one.');
  card.appendMarkdown('. Other articles:\n');
  for (const mention of elsewhere) {
    card.appendMarkdown(`\n- [${escape(index.label(mention.documentId))}](${openLink(index, mention)})`);
  }
  return card;
}

function dateCard(index: WorkspaceIndex, documentId: string, date: DateMention): vscode.MarkdownString {
  const card = new vscode.MarkdownString();
  card.appendMarkdown(`**${date.value}** — date (${date.grain})\n\n`);
  const articleDate = index.actors.annotation(documentId)?.articleDate;
  if (articleDate?.value) card.appendMarkdown(`Article date: ${articleDate.value} (from the ${articleDate.source})`);
  else card.appendMarkdown('Article date: unknown, so relative dates stay unresolved.');
  return card;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
