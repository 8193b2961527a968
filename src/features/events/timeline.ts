// The events timeline: a webview that draws every article's events on a date axis, one lane per
// article; hovering a mark shows the event, clicking it selects the sentence in the editor, and the
// picture can be exported as an SVG file the user chooses.
import vscode = require('vscode');
import { eventLabel } from '../../core/view';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { articleHeadlines, type ArticleHeadlines } from '../../workspace/article-headlines';
import { renderLaneTitles, renderTimeline, type TimelineModel } from './timeline-svg';

const VIEW_TYPE = 'newsLens.timeline';
const REFRESH_DEBOUNCE_MS = 300;

interface MarkTarget {
  documentId: string;
  start: number;
  end: number;
}

/** Messages the webview posts. */
type WebviewMessage = { type: 'reveal'; id: string };

export class Timeline implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets = new Map<string, MarkTarget>();
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly index: WorkspaceIndex, private readonly headlines: ArticleHeadlines) {
    this.disposables.push(index.onDidChange(() => this.scheduleRefresh()), headlines.onDidChange(() => this.scheduleRefresh()));
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** The model drawn now: articles with events as lanes, oldest article first. */
  model(): TimelineModel {
    const name = (key: string) => { const id = this.index.actors.resolve(key); return this.index.actors.actor(id)?.name ?? id; };
    const targets = new Map<string, MarkTarget>();
    const model: TimelineModel = { lanes: [], marks: [] };
    const documents = this.index.actors.documentIds()
      .filter(id => this.index.actors.annotation(id)?.events.some(e => e.main))
      .map(id => this.headlines.info(id))
      .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.path.localeCompare(b.path));
    for (const article of documents) {
      model.lanes.push({ id: article.documentId, title: article.title, subtitle: [article.date ?? 'undated', article.path].join(' · ') });
      for (const event of this.index.actors.annotation(article.documentId)?.events.filter(e => e.main) ?? []) {
        const id = `${article.documentId}#${event.trigger.start}`;
        targets.set(id, { documentId: article.documentId, start: event.start, end: event.end });
        const dated = event.dateSource === 'article' ? ' (article date)' : '';
        model.marks.push({
          id, lane: article.documentId, date: event.date, kind: event.kind, label: eventLabel(event, name) + dated,
          detail: `${event.text.replace(/\s+/g, ' ')}\n— ${article.title}`,
        });
      }
    }
    this.targets = targets;
    return model;
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return this.panel;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Events Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'news-lens.svg');
    this.panel = panel;
    panel.onDidDispose(() => { this.panel = undefined; }, null, this.disposables);
    panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.receive(message), null, this.disposables);
    this.render();
    return panel;
  }

  /** What a click on a mark does: open the article with the event's sentence selected. */
  async receive(message: WebviewMessage): Promise<vscode.TextEditor | undefined> {
    if (message?.type !== 'reveal') return undefined;
    const target = this.targets.get(message.id);
    if (!target) return undefined;
    const selection = this.index.range(target.documentId, target);
    return vscode.window.showTextDocument(this.index.uriOf(target.documentId), { selection, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  }

  /** Writes the timeline as an SVG file; asks where when no target is given. Never writes over an article. */
  async exportSvg(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target ??= await vscode.window.showSaveDialog({
      title: 'Export Events Timeline', saveLabel: 'Export',
      defaultUri: folder && vscode.Uri.joinPath(folder, 'events-timeline.svg'), filters: { 'SVG image': ['svg'] },
    });
    if (!target) return undefined;
    if (!target.path.toLowerCase().endsWith('.svg') || this.index.actors.annotation(this.index.idOf(target))) {
      void vscode.window.showErrorMessage('News Lens exports the timeline only to an .svg file, never over an article.');
      return undefined;
    }
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderTimeline(this.model(), { standalone: true })}\n`;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    return target;
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), REFRESH_DEBOUNCE_MS);
  }

  private render(): void {
    if (!this.panel) return;
    const { webview } = this.panel;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const nonce = makeNonce();
    const model = this.model();
    const body = model.marks.length > 0
      ? `<div class="scroller">${renderLaneTitles(model)}${renderTimeline(model, { standalone: false })}</div>`
      : '<p class="empty">No events yet. Open a folder of news articles and News Lens draws what happened in each, on one time axis.</p>';
    webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource}; style-src ${webview.cspSource}; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.css'))}">
<title>Events Timeline</title>
</head>
<body>
<header><h1>Events timeline</h1><p>${model.lanes.length} articles · ${model.marks.length} events · one lane per article, dates oldest first. Click a mark to open its sentence.</p></header>
<main id="timeline">${body}</main>
<div id="tooltip" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.js'))}"></script>
</body>
</html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function makeNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const timeline = new Timeline(context.extensionUri, index, articleHeadlines(context, index));
  context.subscriptions.push(
    timeline,
    vscode.commands.registerCommand('newsLens.timeline.open', () => timeline.show()),
    vscode.commands.registerCommand('newsLens.timeline.exportSvg', (target?: vscode.Uri) => timeline.exportSvg(target instanceof vscode.Uri ? target : undefined)),
  );
  return { timeline };
}
