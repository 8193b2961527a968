// Hover cards: for a name, who or what it is, the pronouns and descriptions that refer to it, and where
// else it appears (articles by headline); for a date, the day in words, how far it is from the article
// date, and its normalized value in small print; for an event word, the happening's card (see
// happening-card.ts).
import vscode = require('vscode');
import type { ArticleDateSource, DateMention, Mention } from '../../core/view';
import { openLink } from '../../workspace/actor-links';
import { displaySettings } from '../../workspace/display-settings';
import { sentenceAround } from '../../presentation/mention-context';
import { capitalize, count, escapeMarkdown as escape, typeWord } from '../../presentation/display';
import { displayDate, distanceToArticleDate, weekdayNamedIn } from '../../presentation/dates';
import { articleHeadlines } from '../../workspace/article-headlines';
import { COMMANDS } from '../commands';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { eventWordAt } from './event-words';
import { compactHappeningCard, happeningCard } from './happening-card';
import { ReferredForms } from './referred-forms';

const ARTICLE_DATE_SOURCES: Record<ArticleDateSource, string> = {
  given: 'set with News Lens: Set Article Date',
  dateline: 'from the dateline',
  text: 'from the text',
  unknown: 'unknown',
};

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  const referred = new ReferredForms(index.actors);
  context.subscriptions.push(
    index.onDidChange(() => referred.clear()),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
      provideHover(document, position) {
        const settings = displaySettings();
        if (settings.hoverDetail === 'off' || !index.isArticle(document)) return undefined;
        const compact = settings.hoverDetail === 'compact';
        const id = index.idOf(document.uri);
        // A kind that is not highlighted has no card either: the card would point at nothing visible.
        const entity = index.entityAt(document, position);
        if (entity && settings.shown[entity.type]) {
          return new vscode.Hover(
            compact ? compactEntityCard(index, entity) : entityCard(index, id, entity, referred),
            index.range(id, entity),
          );
        }
        const date = index.actors.dateAt(id, document.offsetAt(position));
        if (date && settings.shown.date) {
          return new vscode.Hover(compact ? compactDateCard(date) : dateCard(index, id, date), index.range(id, date));
        }
        const word = eventWordAt(index, document, position);
        if (word) {
          return new vscode.Hover(
            compact ? compactHappeningCard(word) : happeningCard(index, word),
            index.range(id, word.event.trigger),
          );
        }
        return undefined;
      },
    }),
  );
}

/** One line: the actor's name, its type and in how many articles it appears. */
function compactEntityCard(index: WorkspaceIndex, entity: Mention): vscode.MarkdownString {
  const actor = index.actors.actor(entity.actorKey);
  const articles = actor ? ` · ${count(actor.documents.length, 'article')}` : '';
  return new vscode.MarkdownString(`**${escape(actor?.name ?? entity.text)}** — ${typeWord(entity.type)}${articles}`);
}

/** One line: the date in words. */
function compactDateCard(date: DateMention): vscode.MarkdownString {
  return new vscode.MarkdownString(`**${escape(dateInWords(date))}** — date`);
}

/** The date in words, with the weekday its text names when the value has lost it ("Wednesday, November 29"). */
function dateInWords(date: DateMention): string {
  const words = displayDate(date.value, vscode.env.language);
  const weekday = date.value.startsWith('XXXX') && !/^XXXX-WXX-\d/.test(date.value) ? weekdayNamedIn(date.text) : null;
  return weekday ? `${weekday}, ${words}` : words;
}

function entityCard(
  index: WorkspaceIndex,
  documentId: string,
  entity: Mention,
  referred: ReferredForms,
): vscode.MarkdownString {
  const actor = index.actors.actor(entity.actorKey);
  const card = new vscode.MarkdownString('', true);
  card.isTrusted = { enabledCommands: ['vscode.open'] };
  card.appendMarkdown(`**${escape(actor?.name ?? entity.text)}** — ${typeWord(entity.type)}\n\n`);
  if (!actor) return card;
  const others = actor.aliases.filter(a => a !== actor.name);
  if (others.length) card.appendMarkdown(`Also written: ${others.map(escape).join(', ')}\n\n`);
  const forms = referred.of(actor.id);
  if (forms.length) {
    const list = forms.map(f => `${escape(f.text)} (${f.count})`).join(', ');
    card.appendMarkdown(`Also referred to as, across the workspace: ${list}\n\n`);
  }
  const mentions = index.actors.mentionsOf(actor.id);
  const counts = new Map<string, number>();
  for (const { documentId: id } of mentions) counts.set(id, (counts.get(id) ?? 0) + 1);
  card.appendMarkdown(`Mentioned in ${count(actor.documents.length, 'article')} (${count(actor.mentions, 'time')}):\n`);
  // A name in hundreds of articles would fill the screen; the Actors view and Find All References list them all.
  const linked = 10;
  const firstMentions = index.actors.firstMentions(actor.id);
  const headlines = articleHeadlines(index);
  for (const mention of firstMentions.slice(0, linked)) {
    const here = mention.documentId === documentId ? ', this article' : '';
    const article = headlines.info(mention.documentId);
    const dated = article.date ? ` · ${displayDate(article.date, vscode.env.language)}` : '';
    // The file name is the link's title: shown when the pointer rests on the link.
    card.appendMarkdown(
      `\n- [${escape(article.title)}](${openLink(index, mention)} "${escape(article.path)}")${escape(dated)} — ${count(counts.get(mention.documentId) ?? 0, 'mention')}${here}`,
    );
  }
  if (firstMentions.length > linked)
    card.appendMarkdown(`\n- and ${count(firstMentions.length - linked, 'other article')}`);
  // The first mention in this article usually introduces the actor ("Russian Foreign Minister Sergey Lavrov").
  const first = firstMentions.find(m => m.documentId === documentId)?.mention;
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
  card.supportHtml = true;
  const setDate = `[Set the article date](command:${COMMANDS.setArticleDate})`;
  card.appendMarkdown(`**${escape(dateInWords(date))}** — date\n\n`);
  const articleDate = index.actors.annotation(documentId)?.articleDate;
  const distance = distanceToArticleDate(date.value, articleDate?.value ?? null);
  if (distance) card.appendMarkdown(`${escape(capitalize(distance))}.\n\n`);
  if (!articleDate?.value) {
    // A date with its year written ("1950") needs no article date; only relative ones wait for it.
    const relative = /X|_REF$/.test(date.value);
    card.appendMarkdown(
      relative
        ? `Article date: unknown, so this date stays unresolved. ${setDate}`
        : `Article date: unknown. ${setDate}`,
    );
  } else {
    card.appendMarkdown(
      `Article date: ${escape(displayDate(articleDate.value, vscode.env.language))}, ${ARTICLE_DATE_SOURCES[articleDate.source]}`,
    );
    if (articleDate.evidence) card.appendMarkdown(`; the year is inferred: ${escape(articleDate.evidence)}`);
    if (articleDate.value.startsWith('XXXX') || articleDate.evidence) card.appendMarkdown(`. ${setDate}`);
  }
  // For annotators: the TIMEX3 value and grain that exports carry.
  return card.appendMarkdown(`\n\n<small>Normalized: <code>${escapeHtml(date.value)}</code> (${date.grain})</small>`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
