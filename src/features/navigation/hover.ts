// Hover cards: for a name, who or what it is and where else it appears; for a date, its normalized value.
import vscode = require('vscode');
import { relationToArticleDate, weekdayOfValue, type ArticleDateSource, type DateMention, type Mention } from '../../core/view';
import { openLink } from '../../workspace/actor-links';
import { displaySettings } from '../../workspace/display-settings';
import { sentenceAround } from '../../presentation/mention-context';
import { capitalize, count, escapeMarkdown as escape, typeWord } from '../../presentation/display';
import { COMMANDS } from '../commands';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

const ARTICLE_DATE_SOURCES: Record<ArticleDateSource, string> = {
  given: 'set with News Lens: Set Article Date', dateline: 'from the dateline', text: 'from the text', unknown: 'unknown',
};

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(document, position) {
      const settings = displaySettings();
      if (settings.hoverDetail === 'off' || !index.isArticle(document)) return undefined;
      const compact = settings.hoverDetail === 'compact';
      const id = index.idOf(document.uri);
      // A kind that is not highlighted has no card either: the card would point at nothing visible.
      const entity = index.entityAt(document, position);
      if (entity && settings.shown[entity.type]) {
        return new vscode.Hover(compact ? compactEntityCard(index, entity) : entityCard(index, id, entity), index.range(id, entity));
      }
      const date = index.actors.dateAt(id, document.offsetAt(position));
      if (date && settings.shown.date) {
        return new vscode.Hover(compact ? compactDateCard(date) : dateCard(index, id, date), index.range(id, date));
      }
      return undefined;
    },
  }));
}

/** One line: the actor's name, its type and in how many articles it appears. */
function compactEntityCard(index: WorkspaceIndex, entity: Mention): vscode.MarkdownString {
  const actor = index.actors.actor(entity.actorKey);
  const articles = actor ? ` · ${count(actor.documents.length, 'article')}` : '';
  return new vscode.MarkdownString(`**${escape(actor?.name ?? entity.text)}** — ${typeWord(entity.type)}${articles}`);
}

/** One line: the date's normalized value, its grain and weekday. */
function compactDateCard(date: DateMention): vscode.MarkdownString {
  const weekday = weekdayOfValue(date.value);
  return new vscode.MarkdownString(`**${date.value}** — date (${date.grain})${weekday ? `, ${weekday}` : ''}`);
}

function entityCard(index: WorkspaceIndex, documentId: string, entity: Mention): vscode.MarkdownString {
  const actor = index.actors.actor(entity.actorKey);
  const card = new vscode.MarkdownString('', true);
  card.isTrusted = { enabledCommands: ['vscode.open'] };
  card.appendMarkdown(`**${escape(actor?.name ?? entity.text)}** — ${typeWord(entity.type)}\n\n`);
  if (!actor) return card;
  const others = actor.aliases.filter(a => a !== actor.name);
  if (others.length) card.appendMarkdown(`Also written: ${others.map(escape).join(', ')}\n\n`);
  const mentions = index.actors.mentionsOf(actor.id);
  const counts = new Map<string, number>();
  for (const { documentId: id } of mentions) counts.set(id, (counts.get(id) ?? 0) + 1);
  card.appendMarkdown(`Mentioned in ${count(actor.documents.length, 'article')} (${count(actor.mentions, 'time')}):\n`);
  // A name in hundreds of articles would fill the screen; the Actors view and Find All References list them all.
  const linked = 10;
  const firstMentions = index.actors.firstMentions(actor.id);
  for (const mention of firstMentions.slice(0, linked)) {
    const here = mention.documentId === documentId ? ', this article' : '';
    card.appendMarkdown(`\n- [${escape(index.label(mention.documentId))}](${openLink(index, mention)}) — ${count(counts.get(mention.documentId) ?? 0, 'mention')}${here}`);
  }
  if (firstMentions.length > linked) card.appendMarkdown(`\n- and ${count(firstMentions.length - linked, 'other article')}`);
  // The first mention in this article usually introduces the actor ("Russian Foreign Minister Sergey Lavrov").
  const first = mentions.find(m => m.documentId === documentId)?.mention;
  const text = index.text(documentId);
  if (first && text) {
    const sentence = sentenceAround(text, first);
    const quoted = `${escape(sentence.text.slice(0, sentence.start))}**${escape(sentence.text.slice(sentence.start, sentence.end))}**${escape(sentence.text.slice(sentence.end))}`;
    card.appendMarkdown(`\n\nFirst mention here:\n\n> “${quoted}”`);
  }
  return card;
}

function dateCard(index: WorkspaceIndex, documentId: string, date: DateMention): vscode.MarkdownString {
  const card = new vscode.MarkdownString();
  card.isTrusted = { enabledCommands: [COMMANDS.setArticleDate] };
  const weekday = weekdayOfValue(date.value);
  card.appendMarkdown(`**${date.value}** — date (${date.grain})${weekday ? `, ${weekday}` : ''}\n\n`);
  const articleDate = index.actors.annotation(documentId)?.articleDate;
  const relation = relationToArticleDate(date.value, articleDate?.value ?? null);
  if (relation) card.appendMarkdown(`${capitalize(relation)}.\n\n`);
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
