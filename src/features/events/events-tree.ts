// The Events view: what happened, by article (headline and date), by date across articles, by actor or
// by happening (each once, its reports in each article beneath), with a filter by actor or kind; a click
// selects the sentence, and moving the cursor in an article selects its event in the view.
import vscode = require('vscode');
import { EVENT_KINDS, type EventKind, type NewsEvent } from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { TYPE_ICONS, UNKNOWN_TYPE_ICON, count, escapeMarkdown as escape } from '../../presentation/display';
import { displayDate } from '../../presentation/dates';
import { eventLine } from '../../presentation/event-label';
import {
  datedByArticleOnly,
  happeningActors,
  happeningLine,
  happeningPlace,
  happeningReports,
  stanceWord,
} from '../../presentation/happening';
import { sentenceAround } from '../../presentation/mention-context';
import { COMMANDS } from '../commands';
import { articleHeadlines, type ArticleHeadlines } from '../../workspace/article-headlines';
import {
  GROUPINGS,
  eventAt,
  groupEvents,
  nodeId,
  reportsIn,
  type ArticleNode,
  type EventGroup,
  type EventNode,
  type EventsFilter,
  type EventsNode,
  type GroupNode,
  type Grouping,
  type HappeningNode,
} from './events-groups';

export type { EventsNode } from './events-groups';

const STATE_KEY = 'newsLens.events.view';
const CURSOR_DEBOUNCE_MS = 150;

// Icons from the product icon set, one per kind of happening.
const KIND_ICONS: Record<EventKind, string> = {
  meeting: 'comment-discussion',
  military: 'rocket',
  attack: 'flame',
  movement: 'arrow-right',
  legal: 'law',
  politics: 'megaphone',
  agreement: 'pass',
  disaster: 'warning',
  business: 'briefcase',
  other: 'symbol-event',
};
const GROUPING_NAMES: Record<Grouping, string> = {
  document: 'by article',
  date: 'by date',
  actor: 'by actor',
  happening: 'by happening',
};
/** A report's sentence in a row of the view: long enough to read, short enough for a side bar. */
const REPORT_CHARS = 110;

interface ViewState {
  grouping: Grouping;
  filter: EventsFilter;
}

export class EventsTreeProvider implements vscode.TreeDataProvider<EventsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: { list: EventGroup[]; byId: Map<string, EventGroup> } | null = null;
  private state: ViewState;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly headlines: ArticleHeadlines,
    private readonly memento: vscode.Memento,
  ) {
    const saved = memento.get<ViewState>(STATE_KEY);
    this.state = {
      grouping: GROUPINGS.includes(saved?.grouping as Grouping) ? saved!.grouping : 'document',
      filter: { ...saved?.filter },
    };
  }

  get grouping(): Grouping {
    return this.state.grouping;
  }

  get filter(): EventsFilter {
    return { ...this.state.filter };
  }

  /** The grouping and filter as saved in the workspace state, which the next session starts from. */
  savedState(): ViewState | undefined {
    return this.memento.get<ViewState>(STATE_KEY);
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    this.state = { ...this.state, grouping };
    await this.save();
  }

  async setFilter(filter: EventsFilter): Promise<void> {
    this.state = { ...this.state, filter: { ...filter } };
    await this.save();
  }

  refresh(): void {
    this.groups = null;
    this.changed.fire();
  }

  getChildren(node?: EventsNode): EventsNode[] {
    if (!node) return this.currentGroups().list.map(g => g.group);
    if (node.kind === 'event') return [];
    if (node.kind === 'article') {
      const group = this.currentGroups().byId.get(nodeId(node.group));
      return group ? reportsIn(group, node) : [];
    }
    return this.currentGroups().byId.get(nodeId(node))?.children() ?? [];
  }

  getParent(node: EventsNode): EventsNode | undefined {
    return node.kind === 'event' || node.kind === 'article' ? node.group : undefined;
  }

  getTreeItem(node: EventsNode): vscode.TreeItem {
    const item =
      node.kind === 'event'
        ? this.eventItem(node)
        : node.kind === 'article'
          ? this.articleItem(node)
          : node.kind === 'happening'
            ? this.happeningItem(node)
            : this.groupItem(node);
    item.id = nodeId(node);
    return item;
  }

  /** The node of the event whose sentence holds `offset` in the document, in the current grouping. */
  nodeAt(documentId: string, offset: number): EventNode | undefined {
    const annotation = this.index.actors.annotation(documentId);
    const event =
      annotation &&
      eventAt(
        annotation.events.filter(e => e.main),
        offset,
      );
    if (!event) return undefined;
    const { list, byId } = this.currentGroups();
    if (this.state.grouping === 'happening') {
      // By happening, only its happening's group can hold it: a report is a sentence that mentions it.
      const happening = this.index.actors.happenings.happeningOf(documentId, annotation.events.indexOf(event));
      const group = happening && byId.get(nodeId({ kind: 'happening', happeningId: happening.id }));
      return group?.events().find(e => e.documentId === documentId && e.mentions?.some(m => sameEvent(m, event)));
    }
    // By article, only the article's own group can hold it.
    const candidates = this.state.grouping === 'document' ? [byId.get(nodeId({ kind: 'document', documentId }))] : list;
    for (const group of candidates) {
      const node = group?.events().find(e => e.documentId === documentId && sameEvent(e.event, event));
      if (node) return node;
    }
    return undefined;
  }

  /** A short account of the grouping and filter, for the view's description. */
  describe(): string {
    const { kind, actor } = this.state.filter;
    return [GROUPING_NAMES[this.state.grouping], kind, actor && this.index.nameOf(actor)].filter(Boolean).join(' · ');
  }

  private currentGroups(): { list: EventGroup[]; byId: Map<string, EventGroup> } {
    if (!this.groups) {
      const list = groupEvents(this.index.actors, this.state.grouping, this.state.filter, {
        articleDate: id => this.headlines.info(id).date,
        nameOf: key => this.index.nameOf(key),
      });
      this.groups = { list, byId: new Map(list.map(g => [nodeId(g.group), g])) };
    }
    return this.groups;
  }

  private async save(): Promise<void> {
    await this.memento.update(STATE_KEY, this.state);
    await vscode.commands.executeCommand('setContext', 'newsLens.events.grouping', this.state.grouping);
    await vscode.commands.executeCommand(
      'setContext',
      'newsLens.events.filtered',
      Boolean(this.state.filter.kind || this.state.filter.actor),
    );
    this.refresh();
  }

  private happeningItem(group: HappeningNode): vscode.TreeItem {
    const happening = this.index.actors.happenings.happening(group.happeningId);
    const reports = count(this.currentGroups().byId.get(nodeId(group))?.size ?? 0, 'report');
    if (!happening) return new vscode.TreeItem(reports, vscode.TreeItemCollapsibleState.Collapsed);
    const name = (key: string) => this.index.nameOf(key);
    const locale = vscode.env.language;
    const all = happeningReports(this.index.actors, happening);
    const actorIds = happeningActors(this.index.actors, happening, all);
    const item = new vscode.TreeItem(
      happeningLine(happening, actorIds, name, locale),
      vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[happening.kind]);
    item.description = `${count(happening.documents.length, 'article')} · ${reports}`;
    const place = happeningPlace(this.index.actors, all);
    const when = happening.date
      ? `${displayDate(happening.date, locale)}${datedByArticleOnly(happening, all) ? ' (the article’s date)' : ''}`
      : 'no date';
    // The normalized value stays at hand for annotators, at the end of the tooltip.
    item.tooltip = new vscode.MarkdownString(
      [
        `**${escape(happening.label)}** — ${happening.kind}`,
        actorIds.length ? `Who: ${actorIds.map(k => escape(name(k))).join(', ')}` : '',
        `When: ${escape(when)}`,
        place ? `Where: ${escape(name(place))}` : '',
        `Reported in: ${happening.documents.map(id => escape(this.headlines.info(id).title)).join('; ')}`,
        happening.date ? `Normalized: ${escape(happening.date)}` : '',
      ]
        .filter(Boolean)
        .join('  \n'),
    );
    item.contextValue = 'newsLens.happening';
    return item;
  }

  private articleItem(node: ArticleNode): vscode.TreeItem {
    const article = this.headlines.info(node.documentId);
    const item = new vscode.TreeItem(article.title, vscode.TreeItemCollapsibleState.Expanded);
    const group = this.currentGroups().byId.get(nodeId(node.group));
    const date = article.date ? displayDate(article.date, vscode.env.language) : null;
    item.resourceUri = this.index.uriOf(node.documentId);
    item.iconPath = vscode.ThemeIcon.File;
    item.description = [date, count(group ? reportsIn(group, node).length : 0, 'report')].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString()
      .appendMarkdown(`**${escape(article.title)}**\n\n`)
      .appendText(`${article.path}\nArticle date: ${date ?? 'unknown'}`);
    return item;
  }

  private groupItem(group: Exclude<GroupNode, HappeningNode>): vscode.TreeItem {
    const events = count(this.currentGroups().byId.get(nodeId(group))?.size ?? 0, 'event');
    if (group.kind === 'document') {
      const article = this.headlines.info(group.documentId);
      const date = article.date ? displayDate(article.date, vscode.env.language) : null;
      const item = new vscode.TreeItem(
        date ? `${article.title} · ${date}` : article.title,
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.resourceUri = this.index.uriOf(group.documentId);
      item.iconPath = vscode.ThemeIcon.File;
      // The row reads as the article; its file's name is in the tooltip.
      item.description = events;
      item.tooltip = new vscode.MarkdownString()
        .appendMarkdown(`**${escape(article.title)}**\n\n`)
        .appendText(`${article.path}\nArticle date: ${date ?? 'unknown'}\n${events}`);
      return item;
    }
    if (group.kind === 'date') {
      const item = new vscode.TreeItem(
        group.date ? displayDate(group.date, vscode.env.language) : 'No date',
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.iconPath = new vscode.ThemeIcon(group.date ? 'calendar' : 'question');
      item.description = events;
      // The normalized value stays at hand for annotators, in the tooltip.
      item.tooltip = group.date ? `${events} · normalized ${group.date}` : events;
      return item;
    }
    const actor = this.index.actors.actor(group.actorId);
    const item = new vscode.TreeItem(this.index.nameOf(group.actorId), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon(actor ? TYPE_ICONS[actor.type] : UNKNOWN_TYPE_ICON);
    item.description = events;
    return item;
  }

  private eventItem(node: EventNode): vscode.TreeItem {
    const { event, documentId } = node;
    const name = (key: string) => this.index.nameOf(key);
    const speaker = event.speakerKey ? `per ${name(event.speakerKey)}` : '';
    const item = new vscode.TreeItem(
      node.group.kind === 'article'
        ? this.reportLabel(node)
        : eventLine(event, name, vscode.env.language, node.group.kind !== 'date'),
    );
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[event.kind]);
    // Across articles an event says which article it comes from, by headline; the file is in the tooltip.
    // A report sits under its article's headline, and says when the text denies or only plans it.
    item.description =
      node.group.kind === 'article'
        ? [stanceWord(event), speaker].filter(Boolean).join(' · ')
        : node.group.kind === 'document'
          ? speaker
          : [this.headlines.info(documentId).title, speaker].filter(Boolean).join(' · ');
    item.tooltip = this.eventTooltip(node);
    item.command = {
      command: COMMANDS.eventsReveal,
      title: 'Reveal Event',
      arguments: [documentId, event.start, event.end],
    };
    item.contextValue = 'newsLens.event';
    return item;
  }

  /** The report's sentence on one line, around its event word, which the row highlights. */
  private reportLabel({ event, documentId }: EventNode): vscode.TreeItemLabel {
    const text = this.index.text(documentId);
    if (text === undefined || text.slice(event.trigger.start, event.trigger.end) !== event.trigger.text)
      return { label: event.text.replace(/\s+/g, ' ') };
    const sentence = sentenceAround(text, event.trigger, REPORT_CHARS);
    return { label: sentence.text, highlights: [[sentence.start, sentence.end]] };
  }

  private eventTooltip({ event, documentId }: EventNode): vscode.MarkdownString {
    const name = (key: string) => this.index.nameOf(key);
    const lines = [
      `**${escape(event.action)}** — ${event.kind}`,
      event.actorKeys.length ? `Actors: ${event.actorKeys.map(k => escape(name(k))).join(', ')}` : '',
      event.placeKey ? `Place: ${escape(name(event.placeKey))}` : '',
      event.date
        ? `Date: ${escape(displayDate(event.date, vscode.env.language))}${event.dateSource === 'article' ? ' (the article’s date; the sentence gives none)' : ''}`
        : 'Date: none',
      event.speakerKey ? `Reported by: ${escape(name(event.speakerKey))}` : '',
      `Article: ${escape(this.headlines.info(documentId).title)}`,
      `File: ${escape(this.headlines.info(documentId).path)}`,
    ].filter(Boolean);
    return new vscode.MarkdownString(lines.join('  \n') + '\n\n> ' + escape(event.text.replace(/\s+/g, ' ')));
  }
}

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const headlines = articleHeadlines(index);
  const provider = new EventsTreeProvider(index, headlines, context.workspaceState);
  const view = vscode.window.createTreeView('newsLens.events', { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => {
    view.description = provider.describe();
  };
  const setGrouping = async (grouping: Grouping) => {
    await provider.setGrouping(grouping);
    describe();
  };
  const setFilter = async (filter: EventsFilter) => {
    await provider.setFilter(filter);
    describe();
  };
  void setGrouping(provider.grouping);

  let cursorTimer: NodeJS.Timeout | undefined;
  const revealAtCursor = (editor: vscode.TextEditor) => {
    clearTimeout(cursorTimer);
    cursorTimer = setTimeout(() => {
      if (!view.visible || editor.document.isClosed) return;
      const node = provider.nodeAt(index.idOf(editor.document.uri), editor.document.offsetAt(editor.selection.active));
      if (node && nodeId(node) !== (view.selection[0] && nodeId(view.selection[0]))) {
        void view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
      }
    }, CURSOR_DEBOUNCE_MS);
  };

  context.subscriptions.push(
    view,
    { dispose: () => clearTimeout(cursorTimer) },
    index.onDidChange(() => provider.refresh()),
    vscode.window.onDidChangeTextEditorSelection(event => revealAtCursor(event.textEditor)),
    view.onDidChangeVisibility(() => {
      if (vscode.window.activeTextEditor) revealAtCursor(vscode.window.activeTextEditor);
    }),
    vscode.commands.registerCommand(COMMANDS.eventsGroupByDocument, () => setGrouping('document')),
    vscode.commands.registerCommand(COMMANDS.eventsGroupByDate, () => setGrouping('date')),
    vscode.commands.registerCommand(COMMANDS.eventsGroupByActor, () => setGrouping('actor')),
    vscode.commands.registerCommand(COMMANDS.eventsGroupByHappening, () => setGrouping('happening')),
    vscode.commands.registerCommand(COMMANDS.eventsFilter, async (filter?: EventsFilter) =>
      setFilter(filter ?? (await pickFilter(index, provider.filter)) ?? provider.filter),
    ),
    vscode.commands.registerCommand(COMMANDS.eventsClearFilter, () => setFilter({})),
    vscode.commands.registerCommand(COMMANDS.eventsReveal, async (documentId: string, start: number, end: number) => {
      const range = index.range(documentId, { start, end });
      return vscode.window.showTextDocument(index.uriOf(documentId), { selection: range, preserveFocus: false });
    }),
  );
  return { eventsTree: provider, eventsView: view as vscode.TreeView<EventsNode> };
}

type FilterPick = vscode.QuickPickItem & { filter?: EventsFilter };

// One list for both filters: kinds first, then the actors with the most events.
async function pickFilter(index: WorkspaceIndex, current: EventsFilter): Promise<EventsFilter | undefined> {
  const counts = new Map<string, number>();
  const kinds = new Map<EventKind, number>();
  for (const documentId of index.actors.documentIds()) {
    for (const event of index.actors.mainEvents(documentId)) {
      kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
      for (const id of new Set(event.actorKeys.map(key => index.actors.resolve(key))))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const items: FilterPick[] = [
    { label: '$(clear-all) All events', filter: {} },
    { label: 'Kind', kind: vscode.QuickPickItemKind.Separator },
    ...EVENT_KINDS.filter(kind => kinds.has(kind)).map(kind => ({
      label: `$(${KIND_ICONS[kind]}) ${kind}`,
      description: count(kinds.get(kind)!, 'event'),
      picked: current.kind === kind,
      filter: { ...current, kind },
    })),
    { label: 'Actor', kind: vscode.QuickPickItemKind.Separator },
    ...[...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([id, events]) => {
        const actor = index.actors.actor(id);
        return {
          label: `$(${actor ? TYPE_ICONS[actor.type] : UNKNOWN_TYPE_ICON}) ${index.nameOf(id)}`,
          description: count(events, 'event'),
          filter: { ...current, actor: id },
        };
      }),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Filter Events',
    placeHolder: 'Show only the events of a kind or of an actor',
    matchOnDescription: true,
  });
  return picked?.filter;
}

// The same mention of the article, though read anew: a closed article's events are made again when asked for.
function sameEvent(a: NewsEvent, b: NewsEvent): boolean {
  return a.start === b.start && a.trigger.start === b.trigger.start && a.trigger.end === b.trigger.end;
}
