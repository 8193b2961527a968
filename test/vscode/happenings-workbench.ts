// Shared by the integration tests of happenings: a second report of seed 001's story, written into the
// open seeds folder and always removed after, so that one happening is reported in two articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_001, openSeed, positionOf, seedUri } from './workbench';

export const REPUBLISHED = 'zz-republished-001.txt';

/** Seed 001's headline and first two paragraphs, word for word, as sites republish a wire story. */
async function republishedText(): Promise<string> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(SEED_001)));
  const headline = 'Russian, Japanese diplomats discuss over phone Korean Peninsula developments';
  const lead = text.slice(text.indexOf('MOSCOW, October 26'), text.indexOf('Japanese diplomat Funakoshi'));
  return `${headline}\n\n${lead.trimEnd()}\n`;
}

/** The files where the event word "discussed" of seed 001's lead is mentioned, by Find All References. */
export async function discussedFiles(): Promise<string[]> {
  const { document } = await openSeed(SEED_001);
  const locations =
    (await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'discussed in a telephone'),
    )) ?? [];
  return [...new Set(locations.map(l => vscode.workspace.asRelativePath(l.uri, false)))].sort();
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

export async function addRepublished(): Promise<void> {
  await vscode.workspace.fs.writeFile(seedUri(REPUBLISHED), new TextEncoder().encode(await republishedText()));
  await until(async () => (await discussedFiles()).includes(REPUBLISHED), 'the republished report in the index');
}

/** The files of the first mentions of "Korean Peninsula" by Go to Definition from seed 001. */
async function peninsulaFiles(): Promise<string[]> {
  const { document } = await openSeed(SEED_001);
  const links =
    (await vscode.commands.executeCommand<vscode.LocationLink[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'Korean Peninsula developments'),
    )) ?? [];
  return links.map(link => vscode.workspace.asRelativePath(link.targetUri, false));
}

export async function removeRepublished(): Promise<void> {
  await vscode.workspace.fs.delete(seedUri(REPUBLISHED), { useTrash: false }).then(undefined, () => undefined);
  // Later tests count the seed articles: the index must have let go of it too, names and events.
  await until(
    async () => !(await discussedFiles()).includes(REPUBLISHED) && !(await peninsulaFiles()).includes(REPUBLISHED),
    'the republished report to leave the index',
  );
}

/**
 * The text of a range in a workspace file, read from disk: a document opened in the editor would keep
 * the fixture in the index after its file is deleted.
 */
export async function textOnDisk(uri: vscode.Uri, range: vscode.Range): Promise<string> {
  const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n');
  const offset = (p: vscode.Position) =>
    lines.slice(0, p.line).reduce((n, line) => n + line.length + 1, 0) + p.character;
  return lines.join('\n').slice(offset(range.start), offset(range.end));
}
