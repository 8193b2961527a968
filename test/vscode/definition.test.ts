import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, baseName, newsLens, openSeed, positionOf } from './workbench';

async function definitionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[]> {
  return vscode.commands.executeCommand<vscode.LocationLink[]>('vscode.executeDefinitionProvider', document.uri, position);
}

describe('go to definition', () => {
  before(newsLens);

  const namesInContext: [string, string][] = [
    ['North Korea', 'North Korea is the most'], ['Japan', 'Japan, North'], ['Korean Peninsula', 'Korean Peninsula remains'],
  ];
  for (const [name, context] of namesInContext) {
    it(`goes from "${name}" to its first mention in all three articles`, async () => {
      const { document } = await openSeed(SEED_000);
      const links = await definitionsAt(document, positionOf(document, context));
      assert.deepStrictEqual(links.map(l => baseName(l.targetUri)).sort(), SEEDS);
      for (const link of links) {
        assert.ok(link.originSelectionRange, 'an origin range, so the whole name is underlined');
        assert.strictEqual(document.getText(link.originSelectionRange), name);
        const target = await vscode.workspace.openTextDocument(link.targetUri);
        assert.strictEqual(target.getText(link.targetSelectionRange ?? link.targetRange), name);
      }
    });
  }

  it('offers nothing on a common word', async () => {
    const { document } = await openSeed(SEED_000);
    assert.deepStrictEqual(await definitionsAt(document, positionOf(document, 'pressing issue')), []);
  });
});
