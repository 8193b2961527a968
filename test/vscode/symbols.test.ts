import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_004, baseName, newsLens, openSeed } from './workbench';

async function workspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
  return vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
}

async function documentSymbols(name: string): Promise<{ document: vscode.TextDocument; symbols: vscode.DocumentSymbol[] }> {
  const { document } = await openSeed(name);
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
  return { document, symbols };
}

describe('workspace symbols', () => {
  before(newsLens);

  for (const name of ['North Korea', 'Japan', 'Korean Peninsula']) {
    it(`finds ${name} by name at its first mention in each of the three articles`, async () => {
      const found = (await workspaceSymbols(name.toLowerCase())).filter(s => s.name === name);
      assert.deepStrictEqual(found.map(s => baseName(s.location.uri)).sort(), SEEDS);
      for (const symbol of found) {
        assert.strictEqual(symbol.kind, vscode.SymbolKind.Namespace, 'places are namespaces');
        assert.strictEqual(symbol.containerName, baseName(symbol.location.uri));
        const target = await vscode.workspace.openTextDocument(symbol.location.uri);
        assert.strictEqual(target.getText(symbol.location.range), name);
        const mentions = await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider', symbol.location.uri, symbol.location.range.start);
        // Seed 004's "North and South Korea" mentions North Korea first by its bare "North".
        const here = mentions.filter(m => m.uri.toString() === symbol.location.uri.toString() && target.getText(m.range) === name).map(m => m.range.start);
        assert.ok(here.every(start => !start.isBefore(symbol.location.range.start)), 'the first mention in the article that writes the name');
      }
    });
  }

  it('finds Russia in several articles', async () => {
    const found = (await workspaceSymbols('Russia')).filter(s => s.name === 'Russia');
    assert.ok(found.length >= 2, found.map(s => s.containerName).join(', '));
  });

  it('finds Sergei Lavrov by his surname, once, at "Sergey Lavrov" in seed 004', async () => {
    const found = (await workspaceSymbols('lavrov'));
    assert.deepStrictEqual(found.map(s => s.name), ['Sergei Lavrov']);
    const [lavrov] = found;
    assert.strictEqual(lavrov.kind, vscode.SymbolKind.Variable, 'persons are variables');
    assert.strictEqual(baseName(lavrov.location.uri), SEED_004);
    const target = await vscode.workspace.openTextDocument(lavrov.location.uri);
    assert.strictEqual(target.getText(lavrov.location.range), 'Sergey Lavrov');
  });

  it('matches the letters of the query in order, so "nkor" finds North Korea', async () => {
    const names = new Set((await workspaceSymbols('nkor')).map(s => s.name));
    assert.ok(names.has('North Korea'), [...names].join(', '));
    assert.ok(!names.has('Japan'));
  });

  it('gives organizations their own kind', async () => {
    const tass = (await workspaceSymbols('TASS')).find(s => s.name === 'TASS');
    assert.strictEqual(tass?.kind, vscode.SymbolKind.Struct);
  });

  it('finds nothing for a name no article has', async () => {
    assert.deepStrictEqual(await workspaceSymbols('Zanzibar'), []);
  });
});

describe('document symbols', () => {
  before(newsLens);

  it('groups the actors of seed 004 by type in the Outline', async () => {
    const { symbols } = await documentSymbols(SEED_004);
    const groups = new Map(symbols.map(s => [s.name, s]));
    assert.deepStrictEqual([...groups.keys()].sort(), ['Organizations', 'Persons', 'Places']);
    const places = groups.get('Places')!.children.map(c => c.name);
    for (const name of ['North Korea', 'Japan', 'Korean Peninsula', 'Russia']) assert.ok(places.includes(name), places.join(', '));
    assert.strictEqual(groups.get('Places')!.kind, vscode.SymbolKind.Namespace);
    assert.strictEqual(groups.get('Persons')!.kind, vscode.SymbolKind.Variable);
    assert.strictEqual(groups.get('Organizations')!.kind, vscode.SymbolKind.Struct);
    assert.match(groups.get('Places')!.detail, new RegExp(`^${places.length} actors$`));
  });

  it('lists Lavrov once, with each of his mentions in the article as a child', async () => {
    const { document, symbols } = await documentSymbols(SEED_004);
    const persons = symbols.find(s => s.name === 'Persons')!.children;
    const lavrovs = persons.filter(p => /lavrov/i.test(p.name));
    assert.deepStrictEqual(lavrovs.map(p => p.name), ['Sergei Lavrov']);
    const [lavrov] = lavrovs;
    const mentions = lavrov.children.map(c => document.getText(c.selectionRange));
    assert.deepStrictEqual(mentions, lavrov.children.map(c => c.name), 'a mention is named as written');
    assert.deepStrictEqual([...new Set(mentions)].sort(), ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
    assert.strictEqual(lavrov.detail, `${mentions.length} mentions`);
    assert.strictEqual(document.getText(lavrov.selectionRange), 'Sergey Lavrov', 'the actor selects its first mention');
    assert.match(lavrov.children[0].detail, /^line \d+$/);
  });

  it('keeps every symbol\'s selection inside its range and its children inside it too', async () => {
    for (const seed of SEEDS) {
      const { symbols } = await documentSymbols(seed);
      const check = (symbol: vscode.DocumentSymbol) => {
        assert.ok(symbol.range.contains(symbol.selectionRange), symbol.name);
        for (const child of symbol.children) {
          assert.ok(symbol.range.contains(child.range), `${child.name} in ${symbol.name}`);
          check(child);
        }
      };
      symbols.forEach(check);
      assert.ok(symbols.length > 0, seed);
    }
  });
});
