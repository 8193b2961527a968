// Symbols: Go to Symbol in Workspace (Ctrl+T) finds actors by name; the Outline, breadcrumbs and sticky scroll show an article's structure.
import vscode = require('vscode');
import { articleOutline, type EntityType, type OutlineParagraph, type Span } from '../../core/view';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

// No symbol kind means "person"; these give each entity type its own, distinct icon: a person is one
// named thing (a variable), an organization has members (a struct), a place contains others (a namespace).
export const SYMBOL_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Variable,
  organization: vscode.SymbolKind.Struct,
  place: vscode.SymbolKind.Namespace,
};

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols: query => workspaceSymbols(index, query),
    }),
    registerOutline(index),
  );
}

// VS Code keeps an article's symbols until its text changes, so a correction or a linking change would
// leave the Outline and breadcrumbs stale; registering the provider anew is what makes it ask again.
const OUTLINE_REFRESH_MS = 500;
function registerOutline(index: WorkspaceIndex): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols: async (document, token) => {
      if (!index.isArticle(document) || !(await indexed(index, document, token))) return undefined;
      return documentSymbols(index, index.idOf(document.uri));
    },
  };
  const register = () =>
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, provider, { label: 'News Lens' });
  let registration = register();
  let timer: NodeJS.Timeout | undefined;
  const refresh = () => {
    if (!vscode.window.visibleTextEditors.some(editor => index.isArticle(editor.document))) return;
    registration.dispose();
    registration = register();
  };
  const listener = index.onDidChange(() => {
    clearTimeout(timer);
    timer = setTimeout(refresh, OUTLINE_REFRESH_MS);
  });
  return {
    dispose: () => {
      clearTimeout(timer);
      listener.dispose();
      registration.dispose();
    },
  };
}

// VS Code asks for an article's symbols as it opens, before the worker has annotated it, and asks
// again only when the text changes: an empty answer would leave the Outline and breadcrumbs empty.
const INDEXING_WAIT_MS = 15000;
function indexed(
  index: WorkspaceIndex,
  document: vscode.TextDocument,
  token: vscode.CancellationToken,
): Promise<boolean> {
  const id = index.idOf(document.uri);
  const ready = () => index.actors.has(id) && index.text(id) === document.getText();
  if (ready() || token.isCancellationRequested) return Promise.resolve(ready());
  return new Promise(resolve => {
    const listeners: vscode.Disposable[] = [];
    const done = (result: boolean) => {
      clearTimeout(timer);
      listeners.forEach(l => l.dispose());
      resolve(result);
    };
    const timer = setTimeout(() => done(ready()), INDEXING_WAIT_MS);
    listeners.push(
      index.onDidChange(() => ready() && done(true)),
      token.onCancellationRequested(() => done(false)),
    );
  });
}

/**
 * One symbol per actor and article, at the actor's first mention there, so Ctrl+T can jump to any
 * article that names it. VS Code scores and sorts the results itself; a provider should return every
 * candidate whose name holds the query's characters in order, so "nkor" finds North Korea.
 */
export function workspaceSymbols(index: WorkspaceIndex, query: string): vscode.SymbolInformation[] {
  const wanted = fold(query).replace(/\s+/g, '');
  const actors = index.actors
    .actors()
    .filter(actor => [actor.name, ...actor.aliases].some(name => isSubsequence(wanted, fold(name))));
  return actors.flatMap(actor =>
    index.actors
      .firstMentions(actor.id)
      .map(
        ({ documentId, mention }) =>
          new vscode.SymbolInformation(
            actor.name,
            SYMBOL_KINDS[actor.type],
            index.label(documentId),
            new vscode.Location(index.uriOf(documentId), index.range(documentId, mention)),
          ),
      ),
  );
}

/**
 * The article as it reads: the headline holds the story, subheads their sections, paragraphs their
 * dateline and the actors they name, each at the mention's own range. So the breadcrumb says where the
 * cursor is ("headline › paragraph › North Korea") and sticky scroll pins the headline and the subhead.
 */
export function documentSymbols(index: WorkspaceIndex, documentId: string): vscode.DocumentSymbol[] {
  const text = index.text(documentId);
  if (text === undefined) return [];
  const outline = articleOutline(text);
  const mentions = [...(index.actors.annotation(documentId)?.entities ?? [])].sort((a, b) => a.start - b.start);
  const symbol = (
    name: string,
    detail: string,
    kind: vscode.SymbolKind,
    span: Pick<Span, 'start' | 'end'>,
    selection: Pick<Span, 'start' | 'end'> = span,
  ) => new vscode.DocumentSymbol(name, detail, kind, index.range(documentId, span), index.range(documentId, selection));
  const mentionsIn = (span: Pick<Span, 'start' | 'end'>) =>
    mentions
      .filter(m => m.start >= span.start && m.end <= span.end)
      .map(mention => {
        const actor = index.actors.actor(index.actors.resolve(mention.actorKey));
        const name = actor?.name ?? mention.text;
        return symbol(
          name,
          name === mention.text ? '' : mention.text,
          SYMBOL_KINDS[actor?.type ?? mention.type],
          mention,
        );
      });
  let count = 0;
  const paragraph = (p: OutlineParagraph) => {
    const node = symbol(opening(p.span.text), `¶ ${++count}`, vscode.SymbolKind.String, p.span);
    if (!p.dateline) {
      node.children = mentionsIn(p.span);
      return node;
    }
    // The names of the dateline (the place, the agency) sit inside it, the story's after it.
    const dateline = symbol(p.dateline.text, 'dateline', vscode.SymbolKind.Key, p.dateline);
    dateline.children = mentionsIn(p.dateline);
    node.children = [dateline, ...mentionsIn({ start: p.dateline.end, end: p.span.end })];
    return node;
  };
  const symbols = outline.before.map(paragraph);
  if (!outline.headline) return symbols;
  const story = {
    start: outline.headline.start,
    end: Math.max(outline.headline.end, ...outline.sections.map(s => s.span.end)),
  };
  // Named short, so the breadcrumb leaves room for the paragraph and the name; the Outline's tooltip and
  // sticky scroll show it whole.
  const headline = symbol(
    opening(outline.headline.text, HEADLINE_LENGTH),
    'headline',
    vscode.SymbolKind.File,
    story,
    outline.headline,
  );
  headline.children = [
    ...mentionsIn(outline.headline),
    ...outline.sections.flatMap(section => {
      if (!section.subhead) return section.paragraphs.map(paragraph);
      const node = symbol(section.subhead.text, 'section', vscode.SymbolKind.Module, section.span, section.subhead);
      node.children = [...mentionsIn(section.subhead), ...section.paragraphs.map(paragraph)];
      return [node];
    }),
  ];
  return [...symbols, headline];
}

// A paragraph is named by its first words, as a reader scanning the Outline would quote it.
const OPENING_LENGTH = 48;
const HEADLINE_LENGTH = 64;
function opening(text: string, length = OPENING_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= length) return flat;
  const cut = flat.lastIndexOf(' ', length);
  return `${flat.slice(0, cut > length / 2 ? cut : length).replace(/[\s,;:.]+$/, '')}…`;
}

// Lower case without accents, so "sergei" finds "Sergeï" and "lavrov" finds "LAVROV".
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isSubsequence(query: string, name: string): boolean {
  let at = 0;
  for (const c of query) {
    at = name.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
