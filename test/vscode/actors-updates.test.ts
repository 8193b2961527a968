// Files created, edited, renamed and deleted on disk while the workspace is open: no stale results.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, newsLens, openSeed, positionOf, seedUri } from './workbench';

// Fixtures written into the open seeds folder by this test and always removed after it.
const ARTICLE = 'zz-test-article.txt';
const RENAMED = 'zz-test-article-renamed.txt';
const FOLDER = 'zz-test-folder';
const MOVED_FOLDER = 'zz-test-folder-moved';
const FIXTURES = [ARTICLE, RENAMED, FOLDER, MOVED_FOLDER];

// Written for this test after the wire reports of North Korea's launch of 29 November 2017.
const TEXT =
  'TOKYO (Reuters) - North Korea fired a ballistic missile that landed in the sea off Japan on Wednesday. ' +
  'Japan lodged a protest, and Russian Foreign Minister Sergei Lavrov said the launch raised tension on the Korean Peninsula.\n';
const EDITED =
  'SEOUL (Reuters) - North Korea said on Wednesday it had successfully tested a new intercontinental ballistic missile.\n';

async function definitionFiles(): Promise<string[]> {
  const { document } = await openSeed(SEED_000);
  const links = await vscode.commands.executeCommand<vscode.LocationLink[]>(
    'vscode.executeDefinitionProvider',
    document.uri,
    positionOf(document, 'North Korea is the most'),
  );
  return links.map(link => vscode.workspace.asRelativePath(link.targetUri, false)).sort();
}

async function referenceFiles(context: string): Promise<string[]> {
  const { document } = await openSeed(SEED_000);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>(
    'vscode.executeReferenceProvider',
    document.uri,
    positionOf(document, context),
  );
  return [...new Set(locations.map(l => vscode.workspace.asRelativePath(l.uri, false)))].sort();
}

/** The articles under an actor in the Actors view, as workspace-relative paths. */
async function actorFiles(name: string): Promise<string[]> {
  const { actorsTree } = await newsLens();
  const actor = actorsTree.getChildren().find(node => actorsTree.getTreeItem(node).label === name);
  if (!actor) return [];
  return actorsTree
    .getChildren(actor)
    .map(d => vscode.workspace.asRelativePath(actorsTree.getTreeItem(d).resourceUri!, false))
    .sort();
}

/** Polls until the check holds: index updates follow file watcher events, which take a moment. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function removeFixtures(): Promise<void> {
  for (const name of FIXTURES) {
    await vscode.workspace.fs
      .delete(seedUri(name), { recursive: true, useTrash: false })
      .then(undefined, () => undefined);
  }
}

async function seedsFolder(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(seedUri(''))).map(([name]) => name).sort();
}

describe('actor index updates', () => {
  let listing: string[];

  before(async () => {
    await newsLens();
    // A fixture left by a run that was killed would be counted as an article.
    await removeFixtures();
    await until(async () => (await definitionFiles()).length === SEEDS.length, 'only the seeds in the index');
    listing = await seedsFolder();
    for (const seed of SEEDS) assert.ok(listing.includes(seed), listing.join(', '));
  });

  after(async () => {
    await removeFixtures();
    // Later tests count the seed articles: the index must have let go of the fixtures too.
    await until(async () => (await definitionFiles()).length === SEEDS.length, 'the fixtures to leave the index');
    assert.deepStrictEqual(await seedsFolder(), listing, 'the seeds folder as it was');
  });

  it('adds a new article to definition, references and the Actors view', async () => {
    await vscode.workspace.fs.writeFile(seedUri(ARTICLE), new TextEncoder().encode(TEXT));
    await until(async () => (await definitionFiles()).includes(ARTICLE), 'the new article in Go to Definition');
    assert.deepStrictEqual(await definitionFiles(), [...SEEDS, ARTICLE].sort());
    assert.ok((await referenceFiles('Japan, North')).includes(ARTICLE));
    assert.deepStrictEqual(await actorFiles('North Korea'), [...SEEDS, ARTICLE].sort());
    // "Sergei Lavrov" in the new article is the Lavrov of seed 004.
    assert.ok((await actorFiles('Sergei Lavrov')).includes(ARTICLE), (await actorFiles('Sergei Lavrov')).join(', '));
  });

  it('follows an edit of the file on disk', async () => {
    await vscode.workspace.fs.writeFile(seedUri(ARTICLE), new TextEncoder().encode(EDITED));
    await until(async () => !(await actorFiles('Japan')).includes(ARTICLE), 'Japan to leave the edited article');
    assert.ok((await actorFiles('North Korea')).includes(ARTICLE));
    assert.ok(!(await actorFiles('Sergei Lavrov')).includes(ARTICLE));
  });

  it('moves the article when the file is renamed', async () => {
    await vscode.workspace.fs.rename(seedUri(ARTICLE), seedUri(RENAMED));
    await until(async () => {
      const files = await definitionFiles();
      return files.includes(RENAMED) && !files.includes(ARTICLE);
    }, 'the renamed article in place of the old name');
    assert.deepStrictEqual(await actorFiles('North Korea'), [...SEEDS, RENAMED].sort());
    assert.deepStrictEqual(await referenceFiles('North Korea is the most'), [...SEEDS, RENAMED].sort());
  });

  it('drops the article when the file is deleted', async () => {
    await vscode.workspace.fs.delete(seedUri(RENAMED), { useTrash: false });
    await until(
      async () => !(await definitionFiles()).includes(RENAMED),
      'the deleted article to leave Go to Definition',
    );
    assert.deepStrictEqual(await actorFiles('North Korea'), SEEDS);
    assert.deepStrictEqual(await referenceFiles('North Korea is the most'), SEEDS);
  });

  it('follows a folder of articles that is renamed and then deleted', async () => {
    const inFolder = `${FOLDER}/${ARTICLE}`;
    const inMoved = `${MOVED_FOLDER}/${ARTICLE}`;
    await vscode.workspace.fs.writeFile(seedUri(inFolder), new TextEncoder().encode(TEXT));
    await until(async () => (await actorFiles('North Korea')).includes(inFolder), 'the article in the new folder');

    await vscode.workspace.fs.rename(seedUri(FOLDER), seedUri(MOVED_FOLDER));
    await until(async () => {
      const files = await actorFiles('North Korea');
      return files.includes(inMoved) && !files.includes(inFolder);
    }, "the article under the folder's new name");

    await vscode.workspace.fs.delete(seedUri(MOVED_FOLDER), { recursive: true, useTrash: false });
    await until(
      async () => (await actorFiles('North Korea')).length === SEEDS.length,
      "the deleted folder's article to leave the index",
    );
    assert.deepStrictEqual(await actorFiles('North Korea'), SEEDS);
    assert.deepStrictEqual(await definitionFiles(), SEEDS);
  });
});
