// The events timeline: a webview that draws every happening once on a time axis, in the lane of the
// article that first reports it (see timeline-happenings.ts), at the width the webview reports (and again
// when it is resized); hovering a mark shows the happening and its reports, clicking it selects the
// sentence in the editor, and the picture can be exported as an SVG file.
import vscode = require('vscode');
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { COMMANDS } from '../commands';
import { articleHeadlines, type ArticleHeadlines } from '../../workspace/article-headlines';
import { DEFAULT_WIDTH, renderLaneTitles, renderTimeline, type TimelineModel } from './timeline-svg';
import { timelineModel, type MarkTarget } from './timeline-happenings';

const VIEW_TYPE = 'newsLens.timeline';
const REFRESH_DEBOUNCE_MS = 300;

/** Messages the webview posts: a mark clicked, or its width when it loads and when it is resized. */
type WebviewMessage = { type: 'reveal'; id: string } | { type: 'ready' | 'resize'; width: number };

export class Timeline implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets = new Map<string, MarkTarget>();
  private timer: NodeJS.Timeout | undefined;
  /** The drawing area's width the webview last reported, if it has. */
  private reported: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly headlines: ArticleHeadlines,
  ) {
    this.disposables.push(index.onDidChange(() => this.scheduleRefresh()));
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** The width the webview's drawing area last reported; undefined until its script has run. */
  get reportedWidth(): number | undefined {
    return this.reported;
  }

  /** The model drawn now: articles with happenings as lanes, oldest article first, each happening once. */
  model(): TimelineModel {
    const { model, targets } = timelineModel(this.index.actors, {
      articleOf: id => this.headlines.info(id),
      nameOf: key => this.index.nameOf(key),
      textOf: id => this.index.text(id),
      locale: vscode.env.language,
    });
    this.targets = targets;
    return model;
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      return this.panel;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Events Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [media],
        retainContextWhenHidden: false,
      },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'news-lens.svg');
    this.panel = panel;
    panel.onDidDispose(
      () => {
        this.panel = undefined;
      },
      null,
      this.disposables,
    );
    panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.receive(message), null, this.disposables);
    this.render();
    return panel;
  }

  /** The drawing at the width the webview last reported: lane titles, then the timeline under them. */
  drawing(model = this.model()): string {
    const options = { width: this.reported ?? DEFAULT_WIDTH, locale: vscode.env.language };
    return `<div class="scroller">${renderLaneTitles(model, options)}${renderTimeline(model, { ...options, standalone: false })}</div>`;
  }

  /**
   * What the webview asks: a click on a mark opens the article with the event's sentence selected;
   * a width (on load, on resize) draws the timeline again to fit it.
   */
  async receive(message: WebviewMessage): Promise<vscode.TextEditor | undefined> {
    if (message?.type === 'ready' || message?.type === 'resize') {
      const width = Math.round(message.width);
      if (!Number.isFinite(width) || width <= 0) return undefined;
      const changed = width !== this.reported;
      this.reported = width;
      if (changed || message.type === 'ready') this.redraw();
      return undefined;
    }
    if (message?.type !== 'reveal') return undefined;
    const target = this.targets.get(message.id);
    if (!target) return undefined;
    const selection = this.index.range(target.documentId, target);
    return vscode.window.showTextDocument(this.index.uriOf(target.documentId), {
      selection,
      viewColumn: vscode.ViewColumn.One,
      preserveFocus: false,
    });
  }

  /** Writes the timeline as an SVG file; asks where when no target is given. Never writes over an article. */
  async exportSvg(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target ??= await vscode.window.showSaveDialog({
      title: 'Export Events Timeline',
      saveLabel: 'Export',
      defaultUri: folder && vscode.Uri.joinPath(folder, 'events-timeline.svg'),
      filters: { 'SVG image': ['svg'] },
    });
    if (!target) return undefined;
    if (!target.path.toLowerCase().endsWith('.svg') || this.index.actors.annotation(this.index.idOf(target))) {
      void vscode.window.showErrorMessage(
        'News Lens exports the timeline only to an .svg file, never over an article.',
      );
      return undefined;
    }
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderTimeline(this.model(), { standalone: true, locale: vscode.env.language })}\n`;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    return target;
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.redraw(), REFRESH_DEBOUNCE_MS);
  }

  /** Replaces the drawing inside the page, which keeps its scroll position (a new page would not). */
  private redraw(): void {
    if (!this.panel) return;
    const model = this.model();
    void this.panel.webview.postMessage({
      type: 'draw',
      summary: summary(model),
      html: model.marks.length > 0 ? this.drawing(model) : EMPTY,
    });
  }

  private render(): void {
    if (!this.panel) return;
    const { webview } = this.panel;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const nonce = makeNonce();
    const model = this.model();
    const body = model.marks.length > 0 ? this.drawing(model) : EMPTY;
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
<header><h1>Events timeline</h1><p id="summary">${summary(model)}</p></header>
<div id="frame"><main id="timeline">${body}</main><div class="edge left" hidden></div><div class="edge right" hidden></div></div>
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

const EMPTY =
  '<p class="empty">No events yet. Open a folder of news articles and News Lens draws what happened in each, on one time axis.</p>';

function summary(model: TimelineModel): string {
  return `${model.lanes.length} articles · ${model.marks.length} happenings · each drawn once, in the lane of the first article to report it; time to scale (┆ skips an empty stretch), dates without a year on the right. Click a mark to open its sentence.`;
}

function makeNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const timeline = new Timeline(context.extensionUri, index, articleHeadlines(index));
  context.subscriptions.push(
    timeline,
    vscode.commands.registerCommand(COMMANDS.timelineOpen, () => timeline.show()),
    vscode.commands.registerCommand(COMMANDS.timelineExportSvg, (target?: vscode.Uri) =>
      timeline.exportSvg(target instanceof vscode.Uri ? target : undefined),
    ),
  );
  return { timeline };
}
