// Actors as symbols: Go to Symbol in Workspace (Ctrl+T) finds them by name, the Outline lists an article's.
import vscode = require('vscode');
import type { EntityType, Mention } from '../../core';
import { ARTICLE_SELECTOR } from '../../workspace/settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';
import { count } from '../../presentation/display';

// No symbol kind means "person"; these give each entity type its own, distinct icon: a person is one
// named thing (a variable), an organization has members (a struct), a place contains others (a namespace).
export const SYMBOL_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Variable,
  organization: vscode.SymbolKind.Struct,
  place: vscode.SymbolKind.Namespace,
};

const GROUP_NAMES: Record<EntityType, string> = { person: 'Persons', organization: 'Organizations', place: 'Places' };

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols: query => workspaceSymbols(index, query),
    }),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, {
      provideDocumentSymbols: document => index.isArticle(document) ? documentSymbols(index, index.idOf(document.uri)) : undefined,
    }, { label: 'News Lens actors' }),
  );
}

/**
 * One symbol per actor and article, at the actor's first mention there, so Ctrl+T can jump to any
 * article that names it. VS Code scores and sorts the results itself; a provider should return every
 * candidate whose name holds the query's characters in order, so "nkor" finds North Korea.
 */
export function workspaceSymbols(index: WorkspaceIndex, query: string): vscode.SymbolInformation[] {
  const wanted = fold(query).replace(/\s+/g, '');
  const actors = index.actors.actors().filter(actor => [actor.name, ...actor.aliases].some(name => isSubsequence(wanted, fold(name))));
  return actors.flatMap(actor => index.actors.firstMentions(actor.id).map(({ documentId, mention }) =>
    new vscode.SymbolInformation(actor.name, SYMBOL_KINDS[actor.type], index.label(documentId),
      new vscode.Location(index.uriOf(documentId), index.range(documentId, mention)))));
}

/** The article's actors grouped by type (persons, organizations, places), each with its mentions as children. */
export function documentSymbols(index: WorkspaceIndex, documentId: string): vscode.DocumentSymbol[] {
  const byActor = new Map<string, Mention[]>();
  for (const mention of index.actors.annotation(documentId)?.entities ?? []) {
    const id = index.actors.resolve(mention.actorKey);
    if (!byActor.has(id)) byActor.set(id, []);
    byActor.get(id)!.push(mention);
  }
  const groups = new Map<EntityType, vscode.DocumentSymbol[]>();
  for (const [actorId, mentions] of byActor) {
    const actor = index.actors.actor(actorId);
    const type = actor?.type ?? mentions[0].type;
    const ranges = mentions.map(m => index.range(documentId, m));
    const symbol = spanning(actor?.name ?? mentions[0].text, count(mentions.length, 'mention'), type, ranges);
    symbol.children = mentions.map((mention, i) => spanning(mention.text, `line ${ranges[i].start.line + 1}`, type, [ranges[i]]));
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type)!.push(symbol);
  }
  return [...groups].map(([type, actors]) => {
    const group = spanning(GROUP_NAMES[type], count(actors.length, 'actor'), type, actors.map(a => a.range), actors[0].selectionRange);
    group.children = actors;
    return group;
  });
}

// A symbol's range must hold its selection range: an actor's runs from its first mention to its last,
// a group's over all of its actors; the selection is the first mention.
function spanning(name: string, detail: string, type: EntityType, ranges: vscode.Range[], selection = ranges[0]): vscode.DocumentSymbol {
  return new vscode.DocumentSymbol(name, detail, SYMBOL_KINDS[type], ranges.reduce((all, r) => all.union(r)), selection);
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
