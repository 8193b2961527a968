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

/** The symbols that enclose a position, outermost first: what the breadcrumb shows and sticky scroll pins. */
function enclosing(symbols: vscode.DocumentSymbol[], position: vscode.Position): vscode.DocumentSymbol[] {
  const inside = symbols.find(s => s.range.contains(position));
  return inside ? [inside, ...enclosing(inside.children, position)] : [];
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flatten(s.children)]);
}

const HEADLINE_000 = 'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue';
// Headlines are named by their first words, so that the breadcrumb has room for the paragraph and the name.
const HEADLINE_000_NAME = 'Russian General Staff chief, Japanese defense minister discuss…';

describe('document symbols', () => {
  before(newsLens);

  it('puts the story under its headline, after the site furniture above it', async () => {
    const { document, symbols } = await documentSymbols(SEED_000);
    assert.deepStrictEqual(
      symbols.map(s => s.name),
      ['All news', HEADLINE_000_NAME],
    );
    const headline = symbols[1];
    assert.strictEqual(headline.kind, vscode.SymbolKind.File);
    assert.strictEqual(document.getText(headline.selectionRange), HEADLINE_000);
    assert.ok(headline.range.contains(positionOf(document, 'Vigilant Ace')), 'the headline holds the story to its end');
  });

  it('gives the breadcrumb headline › paragraph › name for a name in the story, at the mention itself', async () => {
    const { document, symbols } = await documentSymbols(SEED_000);
    const path = enclosing(symbols, positionOf(document, 'North Korea is the most pressing'));
    assert.deepStrictEqual(
      path.map(s => s.name),
      [HEADLINE_000_NAME, 'The issue was brought up by the Japanese defense…', 'North Korea'],
    );
    assert.strictEqual(document.getText(path[2].range), 'North Korea', "the name's range is the mention's own");
    assert.strictEqual(path[2].kind, vscode.SymbolKind.Namespace, 'places keep their kind');
    assert.match(path[1].detail, /^¶ \d+$/);
  });

  it('makes a subhead a section over its paragraphs, so sticky scroll pins it', async () => {
    const { document, symbols } = await documentSymbols(SEED_000);
    const path = enclosing(symbols, positionOf(document, 'Vigilant Ace'));
    assert.deepStrictEqual(
      path.slice(0, 2).map(s => s.name),
      [HEADLINE_000_NAME, 'Korean Peninsula situation'],
    );
    const section = path[1];
    assert.strictEqual(section.kind, vscode.SymbolKind.Module);
    assert.ok(section.range.contains(positionOf(document, 'rogue regime')));
    assert.ok(!section.range.contains(positionOf(document, 'For Japan')), 'the section starts at its subhead');
  });

  it('shows the dateline as the first child of the paragraph it opens, with the place and agency inside', async () => {
    const { document, symbols } = await documentSymbols(SEED_000);
    const path = enclosing(symbols, positionOf(document, 'TOKYO'));
    assert.strictEqual(path.length, 4, path.map(s => s.name).join(' › '));
    const [, paragraph, dateline, place] = path;
    assert.strictEqual(paragraph.children[0], dateline);
    assert.strictEqual(dateline.name, 'TOKYO, December 11. /TASS/.');
    assert.strictEqual(dateline.kind, vscode.SymbolKind.Key);
    assert.strictEqual(document.getText(dateline.range), 'TOKYO, December 11. /TASS/.');
    assert.strictEqual(document.getText(place.range), 'TOKYO');
    assert.deepStrictEqual(
      dateline.children.map(c => document.getText(c.range)),
      ['TOKYO', 'TASS'],
    );
  });

  it('names each mention of Lavrov by the actor, with the spelling of the text as its detail', async () => {
    const { document, symbols } = await documentSymbols(SEED_004);
    const lavrovs = flatten(symbols).filter(s => s.name === 'Sergei Lavrov');
    const written = lavrovs.map(s => document.getText(s.range));
    assert.deepStrictEqual([...new Set(written)].sort(), ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
    for (const [i, symbol] of lavrovs.entries()) {
      assert.strictEqual(symbol.kind, vscode.SymbolKind.Variable, 'persons are variables');
      assert.strictEqual(symbol.detail, written[i] === 'Sergei Lavrov' ? '' : written[i]);
      assert.deepStrictEqual(symbol.children, []);
    }
  });

  it('keeps a photo caption to its own paragraph: nothing but the headline spans it and the story', async () => {
    const { document, symbols } = await documentSymbols(SEED_004);
    const caption = positionOf(document, '© AFP');
    const path = enclosing(symbols, caption);
    assert.strictEqual(
      document.getText(path[0].selectionRange),
      'Russia, Japan Disinterested in Fueling Situation on Korean Peninsula',
    );
    assert.ok(
      path.slice(1).every(s => !s.range.contains(positionOf(document, 'remain legally'))),
      path.map(s => s.name).join(' › '),
    );
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

  it('lists every mention of the article once, at its own range', async () => {
    const api = await newsLens();
    for (const seed of SEEDS) {
      const { document, symbols } = await documentSymbols(seed);
      const named = flatten(symbols).filter(s =>
        [vscode.SymbolKind.Variable, vscode.SymbolKind.Struct, vscode.SymbolKind.Namespace].includes(s.kind),
      );
      const decorated = api.decoratedRanges(document.uri);
      assert.ok(decorated, seed);
      const entities = [...decorated.person, ...decorated.organization, ...decorated.place]
        .map(r => document.getText(r))
        .sort();
      assert.deepStrictEqual(named.map(s => document.getText(s.range)).sort(), entities, seed);
    }
  });
});
