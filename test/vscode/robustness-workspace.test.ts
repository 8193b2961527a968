// Which files are articles (include, exclude, files.exclude, .gitignore, size, binary, encoding), settings
// changes taking effect without a reload, and files changing while a scan is under way.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, newsLens, seedUri } from './workbench';

// Fixtures written into the open seeds folder by this test and always removed after it.
const FOLDER = 'zz-robust';
const at = (name: string) => `${FOLDER}/${name}`;
const encode = (text: string) => new TextEncoder().encode(text);

// After the wire reports of North Korea's launch of 29 November 2017.
const STORY = 'SEOUL (Reuters) - North Korea fired a ballistic missile on Wednesday, and Japan lodged a protest.\n';
// The same in Windows-1252, with curly quotes and a name with an umlaut.
const LATIN1 = Uint8Array.from([
  ...encode('BERLIN - North Korea was condemned by Foreign Minister '),
  0x93,
  ...encode('Heiko M'),
  0xfc,
  ...encode('ller'),
  0x94,
  ...encode(' on Wednesday.\n'),
]);

const FILES: Record<string, Uint8Array> = {
  '.gitignore': encode('# drafts stay out\nignored-*.txt\n'),
  'kept.txt': encode(STORY),
  'ignored-draft.txt': encode(STORY),
  'excluded/b.txt': encode(STORY),
  'hidden/c.txt': encode(STORY),
  'notes.rst': encode(STORY),
  'd.news': encode(STORY),
  'photo.txt': Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    0x0d,
    ...encode('IHDR North Korea'),
  ]),
  'latin1.txt': LATIN1,
};

/** The fixture articles whose actor is in the Actors view with them, as names inside the fixture folder. */
async function articlesOf(actor: string): Promise<string[]> {
  const { actorsTree } = await newsLens();
  const node = actorsTree.getChildren().find(n => actorsTree.getTreeItem(n).label === actor);
  if (!node) return [];
  return actorsTree
    .getChildren(node)
    .map(d => vscode.workspace.asRelativePath(actorsTree.getTreeItem(d).resourceUri!, false))
    .filter(file => file.startsWith(`${FOLDER}/`))
    .map(file => file.slice(FOLDER.length + 1))
    .sort();
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      assert.fail(`timed out waiting for ${what}: ${(await articlesOf('North Korea')).join(', ')}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function untilArticles(expected: string[], what: string): Promise<void> {
  await until(
    async () => JSON.stringify(await articlesOf('North Korea')) === JSON.stringify([...expected].sort()),
    what,
  );
}

const settings = () => vscode.workspace.getConfiguration();
async function resetSettings(): Promise<void> {
  for (const key of ['newsLens.include', 'newsLens.exclude', 'newsLens.maxFileSize', 'files.exclude']) {
    await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

async function removeFixtures(): Promise<void> {
  await vscode.workspace.fs
    .delete(seedUri(FOLDER), { recursive: true, useTrash: false })
    .then(undefined, () => undefined);
}

describe('robustness: which files are articles', () => {
  before(async () => {
    await newsLens();
    await removeFixtures();
    await resetSettings();
    // The .gitignore first, so its rule is known when the drafts arrive.
    await vscode.workspace.fs.writeFile(seedUri(at('.gitignore')), FILES['.gitignore']);
    await vscode.commands.executeCommand('newsLens.reindex');
    for (const [name, bytes] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(seedUri(at(name)), bytes);
    await vscode.commands.executeCommand('newsLens.reindex');
  });

  after(async () => {
    await resetSettings();
    await removeFixtures();
    await until(async () => (await articlesOf('North Korea')).length === 0, 'the fixtures to leave the index');
    const { actorsTree } = await newsLens();
    const northKorea = actorsTree.getChildren().find(n => actorsTree.getTreeItem(n).label === 'North Korea')!;
    assert.strictEqual(actorsTree.getChildren(northKorea).length, SEEDS.length, 'the seeds alone again');
  });

  it('indexes the included files and leaves out .gitignore’d, binary and non-article files', async () => {
    await untilArticles(['kept.txt', 'excluded/b.txt', 'hidden/c.txt', 'd.news', 'latin1.txt'], 'the default articles');
  });

  it('reads a Windows-1252 file: its name with an umlaut is an actor', async () => {
    await until(async () => (await articlesOf('Heiko Müller')).includes('latin1.txt'), 'Heiko Müller from latin1.txt');
  });

  it('follows newsLens.exclude and files.exclude without a reload', async () => {
    await settings().update(
      'newsLens.exclude',
      ['**/node_modules/**', '**/.git/**', '**/.newslens/**', '**/excluded/**'],
      vscode.ConfigurationTarget.Global,
    );
    await untilArticles(['kept.txt', 'hidden/c.txt', 'd.news', 'latin1.txt'], 'excluded/ to leave');
    await settings().update('files.exclude', { '**/hidden': true }, vscode.ConfigurationTarget.Global);
    await untilArticles(['kept.txt', 'd.news', 'latin1.txt'], 'hidden/ to leave');
    await resetSettings();
    await untilArticles(['kept.txt', 'excluded/b.txt', 'hidden/c.txt', 'd.news', 'latin1.txt'], 'both to come back');
  });

  it('follows newsLens.include, as a list or as one glob, and newsLens.maxFileSize', async () => {
    await settings().update('newsLens.include', ['**/*.txt', '**/*.rst'], vscode.ConfigurationTarget.Global);
    await untilArticles(
      ['kept.txt', 'excluded/b.txt', 'hidden/c.txt', 'notes.rst', 'latin1.txt'],
      '.rst in, .news out',
    );
    await settings().update('newsLens.include', `${FOLDER}/kept.txt`, vscode.ConfigurationTarget.Global);
    await untilArticles(['kept.txt'], 'one file by one glob');
    await settings().update('newsLens.include', undefined, vscode.ConfigurationTarget.Global);
    assert.ok(LATIN1.length < encode(STORY).length);
    await settings().update('newsLens.maxFileSize', encode(STORY).length - 1, vscode.ConfigurationTarget.Global);
    await untilArticles(['latin1.txt'], 'the longer files to go over the size limit');
    await resetSettings();
    await untilArticles(['kept.txt', 'excluded/b.txt', 'hidden/c.txt', 'd.news', 'latin1.txt'], 'the defaults again');
  });

  it('follows a .gitignore that changes', async () => {
    await vscode.workspace.fs.writeFile(
      seedUri(at('.gitignore')),
      encode('ignored-*.txt\n!ignored-draft.txt\nexcluded/\n'),
    );
    await untilArticles(
      ['kept.txt', 'ignored-draft.txt', 'hidden/c.txt', 'd.news', 'latin1.txt'],
      'the new .gitignore rules',
    );
    await vscode.workspace.fs.delete(seedUri(at('.gitignore')));
    await untilArticles(
      ['kept.txt', 'ignored-draft.txt', 'excluded/b.txt', 'hidden/c.txt', 'd.news', 'latin1.txt'],
      'no .gitignore',
    );
  });

  it('ends right when files are created, edited, renamed and deleted during a scan', async () => {
    const scan = vscode.commands.executeCommand('newsLens.reindex');
    await vscode.workspace.fs.writeFile(seedUri(at('new.txt')), encode(STORY));
    await vscode.workspace.fs.writeFile(seedUri(at('kept.txt')), encode('TOKYO - Japan protested on Thursday.\n'));
    await vscode.workspace.fs.rename(seedUri(at('d.news')), seedUri(at('renamed.news')));
    await vscode.workspace.fs.delete(seedUri(at('hidden')), { recursive: true, useTrash: false });
    await vscode.workspace.fs.delete(seedUri(at('latin1.txt')));
    await scan;
    await untilArticles(
      ['new.txt', 'ignored-draft.txt', 'excluded/b.txt', 'renamed.news'],
      'the index to follow the changes',
    );
    await until(async () => (await articlesOf('Japan')).includes('kept.txt'), 'the edited kept.txt under Japan');
  });
});
