import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, SEED_004, baseName, newsLens, openSeed, positionOf } from './workbench';

async function workspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
  return vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
}

async function documentSymbols(
  name: string,
): Promise<{ document: vscode.TextDocument; symbols: vscode.DocumentSymbol[] }> {
  const { document } = await openSeed(name);
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
    'vscode.executeDocumentSymbolProvider',
    document.uri,
  );
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
          'vscode.executeReferenceProvider',
          symbol.location.uri,
          symbol.location.range.start,
        );
        // Seed 004's "North and South Korea" mentions North Korea first by its bare "North".
        const here = mentions
          .filter(m => m.uri.toString() === symbol.location.uri.toString() && target.getText(m.range) === name)
          .map(m => m.range.start);
        assert.ok(
          here.every(start => !start.isBefore(symbol.location.range.start)),
          'the first mention in the article that writes the name',
        );
      }
    });
  }

  it('finds Russia in several articles', async () => {
    const found = (await workspaceSymbols('Russia')).filter(s => s.name === 'Russia');
    assert.ok(found.length >= 2, found.map(s => s.containerName).join(', '));
  });

  it('finds Sergei Lavrov by his surname, once, at "Sergey Lavrov" in seed 004', async () => {
    const found = await workspaceSymbols('lavrov');
    assert.deepStrictEqual(
      found.map(s => s.name),
      ['Sergei Lavrov'],
    );
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

  it('outlines seed 004 as its headline, then its paragraphs with the names in each', async () => {
    const { document, symbols } = await documentSymbols(SEED_004);
    const headlines = symbols.filter(s => /^headline/.test(s.detail));
    assert.deepStrictEqual(
      headlines.map(s => s.name),
      ['Russia, Japan Disinterested in Fueling Situation on Korean Peninsula'],
    );
    assert.strictEqual(document.getText(headlines[0].selectionRange), headlines[0].name);
    const starts = symbols.map(s => document.offsetAt(s.range.start));
    assert.deepStrictEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      'in the order of the text',
    );
    const paragraphs = symbols.filter(s => s !== headlines[0]);
    assert.ok(paragraphs.length > 3, String(paragraphs.length));
    for (const paragraph of paragraphs) {
      assert.ok(paragraph.children.length > 0, `${paragraph.name} names someone`);
      assert.strictEqual(
        paragraph.detail,
        `${paragraph.children.length} name${paragraph.children.length === 1 ? '' : 's'}`,
      );
      // Named by its first words, on one line.
      assert.ok(
        document.getText(paragraph.range).replace(/\s+/g, ' ').startsWith(paragraph.name.replace(/…$/, '')),
        paragraph.name,
      );
    }
    const kinds = new Map(paragraphs.flatMap(p => p.children).map(c => [c.name, c.kind]));
    assert.strictEqual(kinds.get('North Korea'), vscode.SymbolKind.Namespace, 'places are namespaces');
    assert.strictEqual(kinds.get('Sergey Lavrov'), vscode.SymbolKind.Variable, 'persons are variables');
  });

  it("lists each of Lavrov's mentions as written, at its own place, with the actor it belongs to", async () => {
    const { document, symbols } = await documentSymbols(SEED_004);
    const lavrovs = symbols.flatMap(s => s.children).filter(c => /lavrov/i.test(c.name));
    const mentions = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      lavrovs[0].selectionRange.start,
    );
    assert.strictEqual(lavrovs.length, mentions.filter(m => m.uri.toString() === document.uri.toString()).length);
    for (const mention of lavrovs) {
      assert.strictEqual(
        document.getText(mention.range),
        mention.name,
        'a mention is named as written, its range is its words',
      );
      assert.ok(mention.range.isEqual(mention.selectionRange));
      assert.match(mention.detail, mention.name === 'Sergei Lavrov' ? /^person$/ : /^Sergei Lavrov · person$/);
    }
    assert.deepStrictEqual([...new Set(lavrovs.map(m => m.name))].sort(), ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
  });

  it('puts the cursor on North Korea in North Korea, as the breadcrumbs show it, not in a group of other names', async () => {
    const { document, symbols } = await documentSymbols(SEED_000);
    const at = positionOf(document, 'North Korea is the most');
    const path: string[] = [];
    let level = symbols;
    for (;;) {
      const inside = level.find(s => s.range.contains(at));
      if (!inside) break;
      path.push(inside.name);
      level = inside.children;
    }
    assert.strictEqual(path.length, 2, path.join(' › '));
    assert.strictEqual(path[1], 'North Korea');
    assert.ok(document.getText(symbols.find(s => s.name === path[0])!.range).includes('North Korea is the most'));
  });

  it("keeps every symbol's selection inside its range and its children inside it too", async () => {
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
