// The Events view: what happened, by article (headline and date), by date across articles or by
// actor, with a filter by actor or kind; a click selects the sentence, and moving the cursor in an
// article selects its event in the view.
import vscode = require('vscode');
import { EVENT_KINDS, eventLabel, type EventKind } from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { articleHeadlines, type ArticleHeadlines } from '../../workspace/article-headlines';
import {
  GROUPINGS, eventAt, groupEvents, nodeId, type EventNode, type EventsFilter, type EventsNode, type GroupNode, type Grouping,
} from './events-groups';

export type { EventsNode } from './events-groups';

const STATE_KEY = 'newsLens.events.view';
const CURSOR_DEBOUNCE_MS = 150;

// Icons from the product icon set, one per kind of happening.
const KIND_ICONS: Record<EventKind, string> = {
  meeting: 'comment-discussion', military: 'rocket', attack: 'flame', movement: 'arrow-right', legal: 'law',
  politics: 'megaphone', agreement: 'pass', disaster: 'warning', business: 'briefcase', other: 'symbol-event',
};
const ACTOR_ICONS = { person: 'person', organization: 'organization', place: 'location' } as const;
const GROUPING_NAMES: Record<Grouping, string> = { document: 'by article', date: 'by date', actor: 'by actor' };

interface ViewState {
  grouping: Grouping;
  filter: EventsFilter;
}

export class EventsTreeProvider implements vscode.TreeDataProvider<EventsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: { group: GroupNode; events: EventNode[] }[] | null = null;
  private state: ViewState;

  constructor(private readonly index: WorkspaceIndex, private readonly headlines: ArticleHeadlines, private readonly memento: vscode.Memento) {
    const saved = memento.get<ViewState>(STATE_KEY);
    this.state = { grouping: GROUPINGS.includes(saved?.grouping as Grouping) ? saved!.grouping : 'document', filter: { ...saved?.filter } };
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
    const groups = this.currentGroups();
    if (!node) return groups.map(g => g.group);
    if (node.kind === 'event') return [];
    return groups.find(g => nodeId(g.group) === nodeId(node))?.events ?? [];
  }

  getParent(node: EventsNode): EventsNode | undefined {
    return node.kind === 'event' ? node.group : undefined;
  }

  getTreeItem(node: EventsNode): vscode.TreeItem {
    const item = node.kind === 'event' ? this.eventItem(node) : this.groupItem(node);
    item.id = nodeId(node);
    return item;
  }

  /** The node of the event whose sentence holds `offset` in the document, in the current grouping. */
  nodeAt(documentId: string, offset: number): EventNode | undefined {
    const annotation = this.index.actors.annotation(documentId);
    const event = annotation && eventAt(annotation.events.filter(e => e.main), offset);
    if (!event) return undefined;
    for (const { events } of this.currentGroups()) {
      const node = events.find(e => e.documentId === documentId && e.event === event);
      if (node) return node;
    }
    return undefined;
  }

  /** A short account of the grouping and filter, for the view's description. */
  describe(): string {
    const { kind, actor } = this.state.filter;
    return [GROUPING_NAMES[this.state.grouping], kind, actor && this.actorName(actor)].filter(Boolean).join(' · ');
  }

  private currentGroups(): { group: GroupNode; events: EventNode[] }[] {
    this.groups ??= groupEvents(this.index.actors, this.state.grouping, this.state.filter, id => this.headlines.info(id).date);
    return this.groups;
  }

  private async save(): Promise<void> {
    await this.memento.update(STATE_KEY, this.state);
    await vscode.commands.executeCommand('setContext', 'newsLens.events.grouping', this.state.grouping);
    await vscode.commands.executeCommand('setContext', 'newsLens.events.filtered', Boolean(this.state.filter.kind || this.state.filter.actor));
    this.refresh();
  }

  private groupItem(group: GroupNode): vscode.TreeItem {
    const count = this.currentGroups().find(g => nodeId(g.group) === nodeId(group))?.events.length ?? 0;
    const events = `${count} event${count === 1 ? '' : 's'}`;
    if (group.kind === 'document') {
      const article = this.headlines.info(group.documentId);
      const item = new vscode.TreeItem(article.date ? `${article.title} · ${article.date}` : article.title, vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = this.index.uriOf(group.documentId);
      item.iconPath = vscode.ThemeIcon.File;
      item.description = `${article.path} · ${events}`;
      item.tooltip = new vscode.MarkdownString().appendMarkdown(`**${escape(article.title)}**\n\n`)
        .appendText(`${article.path}\nArticle date: ${article.date ?? 'unknown'}\n${events}`);
      return item;
    }
    if (group.kind === 'date') {
      const item = new vscode.TreeItem(group.date ?? 'No date', vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(group.date ? 'calendar' : 'question');
      item.description = events;
      item.tooltip = group.date?.startsWith('XXXX') ? `${events}; the year is not known` : events;
      return item;
    }
    const actor = this.index.actors.actor(group.actorId);
    const item = new vscode.TreeItem(actor?.name ?? group.actorId, vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon(actor ? ACTOR_ICONS[actor.type] : 'symbol-misc');
    item.description = events;
    return item;
  }

  private eventItem(node: EventNode): vscode.TreeItem {
    const { event, documentId } = node;
    const name = (key: string) => this.actorName(this.index.actors.resolve(key));
    const item = new vscode.TreeItem(eventLabel(event, name, node.group.kind !== 'date'));
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[event.kind]);
    const speaker = event.speakerKey ? `per ${name(event.speakerKey)}` : '';
    item.description = node.group.kind === 'document' ? speaker : [this.headlines.info(documentId).path, speaker].filter(Boolean).join(' · ');
    item.tooltip = this.eventTooltip(node);
    item.command = { command: 'newsLens.events.reveal', title: 'Reveal Event', arguments: [documentId, event.start, event.end] };
    item.contextValue = 'newsLens.event';
    return item;
  }

  private eventTooltip({ event, documentId }: EventNode): vscode.MarkdownString {
    const name = (key: string) => this.actorName(this.index.actors.resolve(key));
    const lines = [
      `**${escape(event.action)}** — ${event.kind}`,
      event.actorKeys.length ? `Actors: ${event.actorKeys.map(k => escape(name(k))).join(', ')}` : '',
      event.placeKey ? `Place: ${escape(name(event.placeKey))}` : '',
      event.date ? `Date: ${event.date}${event.dateSource === 'article' ? ' (the article’s date; the sentence gives none)' : ''}` : 'Date: none',
      event.speakerKey ? `Reported by: ${escape(name(event.speakerKey))}` : '',
      `Article: ${escape(this.headlines.info(documentId).title)}`,
    ].filter(Boolean);
    return new vscode.MarkdownString(lines.join('  \n') + '\n\n> ' + escape(event.text.replace(/\s+/g, ' ')));
  }

  private actorName(actorId: string): string {
    return this.index.actors.actor(actorId)?.name ?? actorId;
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const headlines = articleHeadlines(context, index);
  const provider = new EventsTreeProvider(index, headlines, context.workspaceState);
  const view = vscode.window.createTreeView('newsLens.events', { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => { view.description = provider.describe(); };
  const setGrouping = async (grouping: Grouping) => { await provider.setGrouping(grouping); describe(); };
  const setFilter = async (filter: EventsFilter) => { await provider.setFilter(filter); describe(); };
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
    headlines.onDidChange(() => provider.refresh()),
    vscode.window.onDidChangeTextEditorSelection(event => revealAtCursor(event.textEditor)),
    view.onDidChangeVisibility(() => { if (vscode.window.activeTextEditor) revealAtCursor(vscode.window.activeTextEditor); }),
    vscode.commands.registerCommand('newsLens.events.groupByDocument', () => setGrouping('document')),
    vscode.commands.registerCommand('newsLens.events.groupByDate', () => setGrouping('date')),
    vscode.commands.registerCommand('newsLens.events.groupByActor', () => setGrouping('actor')),
    vscode.commands.registerCommand('newsLens.events.filter', async (filter?: EventsFilter) => setFilter(filter ?? await pickFilter(index, provider.filter) ?? provider.filter)),
    vscode.commands.registerCommand('newsLens.events.clearFilter', () => setFilter({})),
    vscode.commands.registerCommand('newsLens.events.reveal', async (documentId: string, start: number, end: number) => {
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
    for (const event of index.actors.annotation(documentId)?.events.filter(e => e.main) ?? []) {
      kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
      for (const id of new Set(event.actorKeys.map(key => index.actors.resolve(key)))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const items: FilterPick[] = [
    { label: '$(clear-all) All events', filter: {} },
    { label: 'Kind', kind: vscode.QuickPickItemKind.Separator },
    ...EVENT_KINDS.filter(kind => kinds.has(kind)).map(kind => ({
      label: `$(${KIND_ICONS[kind]}) ${kind}`, description: `${kinds.get(kind)} events`, picked: current.kind === kind, filter: { ...current, kind },
    })),
    { label: 'Actor', kind: vscode.QuickPickItemKind.Separator },
    ...[...counts].sort((a, b) => b[1] - a[1]).map(([id, count]) => {
      const actor = index.actors.actor(id);
      return { label: `$(${actor ? ACTOR_ICONS[actor.type] : 'symbol-misc'}) ${actor?.name ?? id}`, description: `${count} events`, filter: { ...current, actor: id } };
    }),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Filter Events', placeHolder: 'Show only the events of a kind or of an actor', matchOnDescription: true });
  return picked?.filter;
}

