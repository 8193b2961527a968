// Articles saved in Windows-1252 and UTF-16 are named by their headline, decoded as the index decoded
// their text, in the Events view and on the timeline.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, newsLens, seedUri } from './workbench';

// Fixtures written into the open seeds folder by this test and always removed after it.
const FOLDER = 'zz-encodings';

// After the wire reports of North Korea's launch of 29 November 2017; the headlines carry the characters
// that UTF-8 decoding would garble (curly quotes, an umlaut) or lose (every one of UTF-16's).
const W1252_HEADLINE = 'Müller condemns “reckless” North Korean missile launch';
const UTF16_HEADLINE = 'Tokyo protests ‘provocation’ as North Korea fires missile';
const STORY = '\n\nSEOUL (Reuters) - North Korea fired a ballistic missile on Wednesday, and Japan lodged a protest.\n';

function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92 };
  return Uint8Array.from([...text].map(c => high[c] ?? c.charCodeAt(0)));
}

function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
}

const FILES: Record<string, Uint8Array> = {
  'cp1252.txt': windows1252(W1252_HEADLINE + STORY),
  'utf16.txt': utf16le(UTF16_HEADLINE + STORY),
};

async function removeFixtures(): Promise<void> {
  await vscode.workspace.fs
    .delete(seedUri(FOLDER), { recursive: true, useTrash: false })
    .then(undefined, () => undefined);
}

describe('events: headlines of articles in other encodings', () => {
  before(async () => {
    await newsLens();
    await removeFixtures();
    // The fixture must really be Windows-1252: not valid UTF-8.
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(FILES['cp1252.txt']));
    for (const [name, bytes] of Object.entries(FILES))
      await vscode.workspace.fs.writeFile(seedUri(`${FOLDER}/${name}`), bytes);
  });

  // Gone from the index too before the next test file counts the seeds' events.
  after(async () => {
    const { eventsTree } = await newsLens();
    await removeFixtures();
    const fixtures = () =>
      eventsTree.getChildren().filter(node => eventsTree.getTreeItem(node).resourceUri?.path.includes(`/${FOLDER}/`));
    await eventually(() => fixtures().length === 0, 'the fixtures to leave the Events view', 20000);
  });

  for (const [file, headline] of [
    ['cp1252.txt', W1252_HEADLINE],
    ['utf16.txt', UTF16_HEADLINE],
  ]) {
    it(`names ${file} by its headline "${headline}"`, async () => {
      const { eventsTree, timeline } = await newsLens();
      await vscode.commands.executeCommand('newsLens.events.groupByDocument');
      const uri = seedUri(`${FOLDER}/${file}`).toString();
      const group = await eventually(
        () => eventsTree.getChildren().find(node => eventsTree.getTreeItem(node).resourceUri?.toString() === uri),
        `${file} in the Events view`,
        20000,
      );
      assert.strictEqual(eventsTree.getTreeItem(group).label, headline);
      assert.match(
        String(eventsTree.getTreeItem(group).description),
        /^\d+ events?$/,
        'no file name beside the headline',
      );
      const lane = timeline.model().lanes.find(l => l.id === uri);
      assert.strictEqual(lane?.title, headline);
    });
  }
});
