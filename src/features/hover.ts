// Hover cards: for a name, who or what it is and where else it appears; for a date, its normalized value.
import * as vscode from 'vscode';
import { relationToArticleDate, weekdayOfValue, type ArticleDateSource, type DateMention, type Mention } from '../core';
import { openLink } from './actor-links';
import { ARTICLE_SELECTOR } from './settings';
import type { WorkspaceIndex } from './workspace-index';

const TYPE_LABELS = { person: 'Person', organization: 'Organization', place: 'Place' };
const ARTICLE_DATE_SOURCES: Record<ArticleDateSource, string> = {
  given: 'set with News Lens: Set Article Date', dateline: 'from the dateline', text: 'from the text', unknown: 'unknown',
};

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
  card.isTrusted = { enabledCommands: ['newsLens.setArticleDate'] };
  const weekday = weekdayOfValue(date.value);
  card.appendMarkdown(`**${date.value}** — date (${date.grain})${weekday ? `, ${weekday}` : ''}\n\n`);
  const articleDate = index.actors.annotation(documentId)?.articleDate;
  const relation = relationToArticleDate(date.value, articleDate?.value ?? null);
  if (relation) card.appendMarkdown(`${relation[0].toUpperCase()}${relation.slice(1)}.\n\n`);
  if (!articleDate?.value) {
    return card.appendMarkdown('Article date: unknown, so relative dates stay unresolved. [Set the article date](command:newsLens.setArticleDate)');
  }
  card.appendMarkdown(`Article date: ${articleDate.value} (${ARTICLE_DATE_SOURCES[articleDate.source]})`);
  if (articleDate.evidence) card.appendMarkdown(`; the year is inferred: ${escape(articleDate.evidence)}`);
  if (articleDate.value.startsWith('XXXX') || articleDate.evidence) {
    card.appendMarkdown('. [Set the article date](command:newsLens.setArticleDate)');
  }
  return card;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}
