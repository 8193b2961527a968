import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, SEED_001, SEED_004, baseName, newsLens, openSeed, positionOf } from './workbench';

async function definitionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[]> {
  return vscode.commands.executeCommand<vscode.LocationLink[]>(
    'vscode.executeDefinitionProvider',
    document.uri,
    position,
  );
}

describe('go to definition', () => {
  before(newsLens);

  const namesInContext: [string, string][] = [
    ['North Korea', 'North Korea is the most'],
    ['Japan', 'Japan, North'],
    ['Korean Peninsula', 'Korean Peninsula remains'],
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

  it('goes from the bare surname "Lavrov" to the first "Sergey Lavrov" of seed 004’s story, past the photo credit', async () => {
    const { document } = await openSeed(SEED_004);
    for (const [context, origin] of [
      ['Lavrov said during', 'Lavrov'],
      ['Sergei Lavrov said Tuesday', 'Sergei Lavrov'],
      ['Sergey Lavrov', 'Sergey Lavrov'],
    ]) {
      const links = await definitionsAt(document, positionOf(document, context));
      assert.strictEqual(links.length, 1, context);
      const [link] = links;
      assert.strictEqual(document.getText(link.originSelectionRange), origin);
      assert.strictEqual(baseName(link.targetUri), SEED_004);
      assert.strictEqual(document.getText(link.targetSelectionRange), 'Sergey Lavrov');
      assert.deepStrictEqual(
        link.targetSelectionRange?.start,
        positionOf(document, 'Sergey Lavrov - Sputnik').translate(0, -1),
      );
    }
  });

  it('goes from "Gerasimov" to "Valery Gerasimov", the full name earlier in the article', async () => {
    const { document } = await openSeed(SEED_000);
    const [link, ...more] = await definitionsAt(document, positionOf(document, 'Gerasimov stressed'));
    assert.strictEqual(more.length, 0);
    assert.strictEqual(document.getText(link.originSelectionRange), 'Gerasimov');
    assert.strictEqual(document.getText(link.targetSelectionRange), 'Valery Gerasimov');
  });

  it('goes from "Russia" to its first mention in several articles', async () => {
    const { document } = await openSeed(SEED_004);
    const links = await definitionsAt(document, positionOf(document, 'Russia would share'));
    assert.ok(links.length >= 2, links.map(l => baseName(l.targetUri)).join(', '));
    for (const link of links) {
      const target = await vscode.workspace.openTextDocument(link.targetUri);
      assert.strictEqual(target.getText(link.targetSelectionRange), 'Russia');
    }
  });

  it('goes from an event word to where its article first reports the happening, in the headline', async () => {
    const { document } = await openSeed(SEED_001);
    const links = await definitionsAt(document, positionOf(document, 'discussed perspectives'));
    assert.strictEqual(links.length, 1, 'the seeds report this phone call in one article');
    const [link] = links;
    assert.strictEqual(document.getText(link.originSelectionRange), 'discussed');
    assert.strictEqual(baseName(link.targetUri), SEED_001);
    assert.strictEqual(document.getText(link.targetSelectionRange), 'discuss');
    assert.strictEqual(
      document.getText(link.targetRange),
      'Russian, Japanese diplomats discuss over phone Korean Peninsula developments',
    );
  });

  it('keeps a name’s definition inside an event’s words', async () => {
    const { document } = await openSeed(SEED_000);
    // "North Korea" is the actor of "conducted a missile launch", in the same sentence.
    const links = await definitionsAt(document, positionOf(document, 'North Korea conducted'));
    assert.deepStrictEqual(links.map(l => baseName(l.targetUri)).sort(), SEEDS);
    for (const link of links) assert.strictEqual(document.getText(link.originSelectionRange), 'North Korea');
  });

  it('offers nothing on a common word', async () => {
    const { document } = await openSeed(SEED_000);
    assert.deepStrictEqual(await definitionsAt(document, positionOf(document, 'pressing issue')), []);
  });
});
