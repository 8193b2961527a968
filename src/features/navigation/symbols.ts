// Symbols: Go to Symbol in Workspace (Ctrl+T) finds actors by name; the Outline, breadcrumbs and sticky
// scroll show an article's headline and paragraphs with the names in each.
import vscode = require('vscode');
import { findHeadline, type EntityType, type Mention, type Span } from '../../core/view';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { count, short, typeWord } from '../../presentation/display';

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
    vscode.languages.registerDocumentSymbolProvider(
      ARTICLE_SELECTOR,
      {
        provideDocumentSymbols: document =>
          index.isArticle(document) ? documentSymbols(index, index.idOf(document.uri)) : undefined,
      },
      { label: 'News Lens article outline' },
    ),
  );
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
 * The article's outline: its headline, then each paragraph that names someone or something, with those
 * mentions inside, as written (the detail says which actor each is). Every range is the text's own (a paragraph's lines, a mention's words), so the
 * breadcrumbs and sticky scroll follow the cursor: on "North Korea" they say North Korea, not a group
 * that runs from the article's first place to its last.
 */
export function documentSymbols(index: WorkspaceIndex, documentId: string): vscode.DocumentSymbol[] {
  const text = index.text(documentId);
  const annotation = index.actors.annotation(documentId);
  if (text === undefined || !annotation) return [];
  const symbols: vscode.DocumentSymbol[] = [];
  const headline = findHeadline(text);
  const mentions = [...annotation.entities].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const paragraph of paragraphs(text)) {
    // Both in text order: one pass over the mentions, however long the article.
    while (next < mentions.length && mentions[next].start < paragraph.start) next++;
    const inside: Mention[] = [];
    while (next < mentions.length && mentions[next].end <= paragraph.end) inside.push(mentions[next++]);
    const isHeadline = !!headline && paragraph.start <= headline.start && headline.end <= paragraph.end;
    if (inside.length === 0 && !isHeadline) continue;
    const range = index.range(documentId, paragraph);
    const names = count(inside.length, 'name');
    const symbol = isHeadline
      ? new vscode.DocumentSymbol(
          headline.text,
          inside.length ? `headline · ${names}` : 'headline',
          vscode.SymbolKind.String,
          range,
          index.range(documentId, headline),
        )
      : new vscode.DocumentSymbol(short(paragraph.text, 60), names, vscode.SymbolKind.String, range, range);
    symbol.children = inside.map(mention => {
      const at = index.range(documentId, mention);
      const name = index.nameOf(mention.actorKey);
      const detail = name === mention.text ? typeWord(mention.type) : `${name} · ${typeWord(mention.type)}`;
      return new vscode.DocumentSymbol(mention.text, detail, SYMBOL_KINDS[mention.type], at, at);
    });
    symbols.push(symbol);
  }
  return symbols;
}

/** Runs of non-blank lines, without the white space around them. */
function paragraphs(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(/\S[^\r\n]*(?:(?:\r\n|\r|\n)[ \t]*\S[^\r\n]*)*/g)) {
    const body = match[0].trimEnd();
    found.push({ start: match.index!, end: match.index! + body.length, text: body });
  }
  return found;
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
