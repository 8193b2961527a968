// The hover card of an event word: the happening it mentions — what, who, when (in words, the normalized
// value in small print), where, in which articles (headlines, linked) — and how the text holds this
// mention: as having happened, denied, planned or possible.
import vscode = require('vscode');
import { openLink } from '../../workspace/actor-links';
import { articleHeadlines } from '../../workspace/article-headlines';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { count, escapeMarkdown as escape } from '../../presentation/display';
import { displayDate } from '../../presentation/dates';
import {
  datedByArticleOnly,
  happeningActors,
  happeningPlace,
  stanceOf,
  stanceWord,
} from '../../presentation/happening';
import { firstReports, type EventWord } from './event-words';

/** A happening in hundreds of articles would fill the screen; the Events view and References list them all. */
const LINKED_ARTICLES = 10;

/** One line: what happened, in how many articles, and how this mention holds it when not as a fact. */
export function compactHappeningCard({ event, happening }: EventWord): vscode.MarkdownString {
  const stance = stanceWord(event);
  return new vscode.MarkdownString(
    `**${escape(happening.label)}** — happening · ${count(happening.documents.length, 'article')}${stance ? ` · this mention ${stance}` : ''}`,
  );
}

export function happeningCard(index: WorkspaceIndex, word: EventWord): vscode.MarkdownString {
  const { documentId, event, happening, reports } = word;
  const locale = vscode.env.language;
  const name = (key: string) => index.nameOf(key);
  const card = new vscode.MarkdownString('', true);
  card.isTrusted = { enabledCommands: ['vscode.open'] };
  card.supportHtml = true;
  card.appendMarkdown(`**${escape(happening.label)}** — ${happening.kind} happening\n\n`);
  const who = happeningActors(index.actors, happening, reports);
  if (who.length) card.appendMarkdown(`Who: ${who.map(k => escape(name(k))).join(', ')}  \n`);
  const when = happening.date
    ? `${displayDate(happening.date, locale)}${datedByArticleOnly(happening, reports) ? ' (the article’s date: no sentence gives one)' : ''}`
    : 'no date given';
  card.appendMarkdown(`When: ${escape(when)}  \n`);
  const place = happeningPlace(index.actors, reports);
  if (place) card.appendMarkdown(`Where: ${escape(name(place))}  \n`);
  card.appendMarkdown(`This mention: ${escape(stanceOf(event) ?? 'reported as having happened')}\n\n`);

  const counts = new Map<string, number>();
  for (const report of reports) counts.set(report.documentId, (counts.get(report.documentId) ?? 0) + 1);
  card.appendMarkdown(
    `Reported in ${count(happening.documents.length, 'article')} (${count(reports.length, 'mention')}):\n`,
  );
  const headlines = articleHeadlines(index);
  const firsts = firstReports(reports);
  for (const report of firsts.slice(0, LINKED_ARTICLES)) {
    const article = headlines.info(report.documentId);
    const dated = article.date ? ` · ${displayDate(article.date, locale)}` : '';
    const here = report.documentId === documentId ? ', this article' : '';
    // The file name is the link's title: shown when the pointer rests on the link.
    const link = openLink(index, { documentId: report.documentId, mention: report.event.trigger });
    card.appendMarkdown(
      `\n- [${escape(article.title)}](${link} "${escape(article.path)}")${escape(dated)} — ${count(counts.get(report.documentId) ?? 0, 'mention')}${here}`,
    );
  }
  if (firsts.length > LINKED_ARTICLES)
    card.appendMarkdown(`\n- and ${count(firsts.length - LINKED_ARTICLES, 'other article')}`);
  // For annotators: the TIMEX3 value and the happening's id, as the CLI's JSON carries them.
  const normalized = happening.date ? `<code>${escapeHtml(happening.date)}</code> · ` : '';
  return card.appendMarkdown(
    `\n\n<small>Normalized: ${normalized}happening <code>${escapeHtml(happening.id)}</code></small>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
