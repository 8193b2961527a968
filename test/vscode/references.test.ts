import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, baseName, newsLens, openSeed, positionOf } from './workbench';

describe('find all references', () => {
  before(newsLens);

  it('lists every mention of the Korean Peninsula in the workspace', async () => {
    const { document } = await openSeed(SEED_000);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionOf(document, 'Korean Peninsula remains'));
    assert.deepStrictEqual([...new Set(locations.map(l => baseName(l.uri)))].sort(), SEEDS);
    assert.ok(locations.length >= 10, `${locations.length} mentions`);
    for (const location of locations) {
      const target = await vscode.workspace.openTextDocument(location.uri);
      assert.strictEqual(target.getText(location.range), 'Korean Peninsula');
    }
  });
});
