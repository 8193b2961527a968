import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, SEED_004, baseName, newsLens, openSeed, positionOf } from './workbench';

async function referencesAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
  return vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
}

describe('find all references', () => {
  before(newsLens);

  it('lists every mention of the Korean Peninsula in the workspace', async () => {
    const { document } = await openSeed(SEED_000);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'Korean Peninsula remains'),
    );
    assert.deepStrictEqual([...new Set(locations.map(l => baseName(l.uri)))].sort(), SEEDS);
    assert.ok(locations.length >= 10, `${locations.length} mentions`);
    for (const location of locations) {
      const target = await vscode.workspace.openTextDocument(location.uri);
      assert.strictEqual(target.getText(location.range), 'Korean Peninsula');
    }
  });

  for (const [name, context] of [
    ['North Korea', 'North Korea is the most'],
    ['Japan', 'Japan, North'],
  ]) {
    it(`lists "${name}" in all three articles`, async () => {
      const { document } = await openSeed(SEED_000);
      const locations = await referencesAt(document, positionOf(document, context));
      assert.deepStrictEqual([...new Set(locations.map(l => baseName(l.uri)))].sort(), SEEDS);
      for (const location of locations) {
        const target = await vscode.workspace.openTextDocument(location.uri);
        const text = target.getText(location.range);
        // Seed 004's "North and South Korea" names North Korea by its bare "North".
        if (text !== name)
          assert.ok(
            name.startsWith(`${text} `) &&
              target.getText(location.range.with({ end: location.range.end.translate(0, 16) })) ===
                `${text} and South Korea`,
            text,
          );
      }
    });
  }

  it('lists the bare "North" of seed 004’s "North and South Korea" among North Korea’s mentions', async () => {
    const { document } = await openSeed(SEED_000);
    const locations = await referencesAt(document, positionOf(document, 'North Korea is the most'));
    const seed004 = await vscode.workspace.openTextDocument(locations.find(l => baseName(l.uri) === SEED_004)!.uri);
    const north = positionOf(seed004, 'North and South Korea').translate(0, -1);
    assert.ok(
      locations.some(
        l => baseName(l.uri) === SEED_004 && l.range.start.isEqual(north) && seed004.getText(l.range) === 'North',
      ),
    );
  });

  it('lists Russia in several articles', async () => {
    const { document } = await openSeed(SEED_004);
    const locations = await referencesAt(document, positionOf(document, 'Russia would share'));
    assert.ok(new Set(locations.map(l => l.uri.toString())).size >= 2);
  });

  it('gives every spelling of Lavrov in seed 004 the same mentions: all of them', async () => {
    const { document } = await openSeed(SEED_004);
    const found = [];
    for (const context of ['Sergey Lavrov', 'Sergei Lavrov said Tuesday', 'Lavrov said during', 'Lavrov told Komura']) {
      found.push(
        (await referencesAt(document, positionOf(document, context))).map(
          l => `${baseName(l.uri)}@${document.offsetAt(l.range.start)}`,
        ),
      );
    }
    for (const other of found.slice(1)) assert.deepStrictEqual(other, found[0]);
    const texts = (await referencesAt(document, positionOf(document, 'Lavrov told Komura'))).map(l =>
      document.getText(l.range),
    );
    assert.deepStrictEqual([...new Set(texts)].sort(), ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
    const everyLavrov = [...document.getText().matchAll(/(?:Serge[iy] )?Lavrov/g)].length;
    assert.strictEqual(texts.length, everyLavrov, texts.join(', '));
  });

  it('offers no rename: articles are read-only to News Lens, and F2 says so', async () => {
    const { document } = await openSeed(SEED_000);
    const position = positionOf(document, 'North Korea is the most');
    const edit = await vscode.commands
      .executeCommand<vscode.WorkspaceEdit | undefined>(
        'vscode.executeDocumentRenameProvider',
        document.uri,
        position,
        'South Korea',
      )
      .then(
        result => result,
        (error: Error) => error,
      );
    assert.ok(
      edit === undefined || edit instanceof Error || edit.size === 0,
      `a rename would edit ${JSON.stringify(edit)}`,
    );
    const keybindings: { command: string; key: string; when: string }[] =
      vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON.contributes.keybindings;
    const f2 = keybindings.find(k => k.key === 'f2');
    assert.strictEqual(f2?.command, 'newsLens.explainNoRename');
    assert.match(f2.when, /!editorHasRenameProvider/);
    assert.match(await vscode.commands.executeCommand<string>('newsLens.explainNoRename'), /cannot be renamed/);
  });

  it('lists every mention of a happening from its event word', async () => {
    const { document } = await openSeed(SEED_000);
    const locations = await referencesAt(document, positionOf(document, 'missile launch, the first'));
    const words = locations.map(l => document.getText(l.range));
    assert.ok(
      locations.every(l => baseName(l.uri) === SEED_000),
      'the seeds report the launch in one article',
    );
    assert.strictEqual(words[0], 'conducted a missile launch');
    // "After the launch, Pyongyang announced…"
    assert.ok(words.includes('launch'), words.join(', '));
    const starts = locations.map(l => document.offsetAt(l.range.start));
    assert.deepStrictEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      'in text order',
    );
  });
});
