// Corrections through the lightbulb, across edits of the article, from a sidecar written by hand or broken,
// and the article date set from a date's code action. The sidecars are removed after every test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, eventually, openSeed, seedUri } from './workbench';
import {
  api,
  at,
  exists,
  highlighted,
  rangeOf,
  readSidecar,
  removeSidecars,
  sidecar,
  sidecarFolder,
} from './corrections-workbench';

async function codeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
}

async function run(action: vscode.CodeAction | undefined): Promise<unknown> {
  assert.ok(action?.command, 'the code action is offered');
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('corrections in the editor', () => {
  before(removeSidecars);
  afterEach(removeSidecars);

  it('offers type changes, removal, actor and ignore actions on a name, and runs one', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const washington = rangeOf(document, 'Washington', 2);
    const actions = await codeActions(
      document,
      new vscode.Range(washington.start.translate(0, 2), washington.start.translate(0, 2)),
    );
    const titles = actions.map(a => a.title);
    for (const title of [
      'Change “Washington” to person',
      'Change “Washington” to organization',
      'Set the actor of “Washington”…',
      'Split “Washington” from Washington',
      '“Washington” is not an entity anywhere',
      'Remove “Washington”',
    ]) {
      assert.ok(titles.includes(title), `${title} in ${titles.join(' | ')}`);
    }
    assert.ok(!titles.some(t => t.startsWith('Add ')), 'a name is there already');
    assert.strictEqual(await run(actions.find(a => a.title === 'Change “Washington” to organization')), true);
    assert.ok(highlighted(newsLens, document, 'organization').includes(at(document, 'Washington', 2)));
  });

  it('offers to add a selection that is no name yet, as each type', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const drills = rangeOf(document, 'Vigilant Ace 18');
    const actions = await codeActions(document, drills);
    assert.deepStrictEqual(
      actions.filter(a => a.title.startsWith('Add ')).map(a => a.title),
      ['Add “Vigilant Ace 18” as person', 'Add “Vigilant Ace 18” as organization', 'Add “Vigilant Ace 18” as place'],
    );
    assert.strictEqual(await run(actions.find(a => a.title === 'Add “Vigilant Ace 18” as organization')), true);
    assert.ok(highlighted(newsLens, document, 'organization').includes(at(document, 'Vigilant Ace 18')));
    // On the name it now is, the lightbulb offers changes, not another addition.
    const again = (await codeActions(document, drills)).map(a => a.title);
    assert.ok(
      again.includes('Change “Vigilant Ace 18” to place') && !again.some(t => t.startsWith('Add ')),
      again.join(' | '),
    );
    assert.strictEqual(
      await run((await codeActions(document, drills)).find(a => a.title === 'Change “Vigilant Ace 18” to place')),
      true,
    );
    assert.ok(highlighted(newsLens, document, 'place').includes(at(document, 'Vigilant Ace 18')));
    assert.deepStrictEqual(
      (await readSidecar()).documents[SEED_000].corrections.map(c => [c.action, c.type]),
      [['add', 'place']],
      'a change to an added name changes the addition',
    );
  });

  it('removes every name and date in a selection at once', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const sentence = rangeOf(
      document,
      'On November 29, North Korea conducted a missile launch, the first since September 15.',
    );
    const remove = (await codeActions(document, sentence)).find(
      a => a.title === 'Remove the 3 names and dates in the selection',
    );
    assert.strictEqual(await run(remove), true);
    for (const [kind, text] of [
      ['date', 'November 29'],
      ['date', 'September 15'],
    ] as const) {
      assert.ok(!highlighted(newsLens, document, kind).includes(at(document, text)), text);
    }
    assert.ok(
      !highlighted(newsLens, document, 'place').includes(`North Korea@${document.offsetAt(sentence.start) + 16}`),
    );
    assert.strictEqual((await readSidecar()).documents[SEED_000].corrections.length, 3);
  });

  it('sets the article date from a date’s lightbulb, counts it as a correction and undoes it', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const date = (await codeActions(document, rangeOf(document, 'November 29'))).find(
      a => a.title === 'Set the article date…',
    );
    assert.ok(date?.command);
    assert.strictEqual(
      await vscode.commands.executeCommand(date.command.command, ...date.command.arguments!, '2017-12-11'),
      true,
    );
    const dates = vscode.Uri.joinPath(sidecarFolder(), 'article-dates.json');
    assert.deepStrictEqual(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(dates))), {
      [SEED_000]: '2017-12-11',
    });
    assert.strictEqual(newsLens.correctionStatus().text, '$(edit) 1 correction');
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.undo'), true);
    assert.strictEqual(await exists(dates), false);
    assert.strictEqual(newsLens.correctionStatus().text, '$(edit) No corrections');
  });

  it('keeps corrections on their names while the article is edited, without saving it', async () => {
    const newsLens = await api();
    const editor = await openSeed(SEED_000);
    const { document } = editor;
    await vscode.commands.executeCommand(
      'newsLens.corrections.addEntity',
      document.uri,
      rangeOf(document, 'North Korea’s Foreign Ministry'),
      'organization',
    );
    await vscode.commands.executeCommand(
      'newsLens.corrections.changeType',
      document.uri,
      rangeOf(document, 'Washington', 2),
      'organization',
    );
    try {
      await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'Updated on December 12.\n'));
      await eventually(
        () => highlighted(newsLens, document, 'date').includes(at(document, 'December 12')),
        'the edit to be annotated',
      );
      assert.ok(
        highlighted(newsLens, document, 'organization').includes(at(document, 'North Korea’s Foreign Ministry')),
      );
      assert.ok(highlighted(newsLens, document, 'organization').includes(at(document, 'Washington', 2)));
      assert.strictEqual(newsLens.correctionStatus().text, '$(edit) 2 corrections');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.strictEqual(document.isDirty, false);
    assert.strictEqual(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(SEED_000))),
      document.getText(),
    );
  });

  it('follows a sidecar written by hand: a quote without context or exact offset still finds its name', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const hand = {
      documents: {
        [SEED_000]: { hash: '', corrections: [{ action: 'remove', quote: { exact: 'Herbert McMaster', start: 0 } }] },
      },
    };
    await vscode.workspace.fs.createDirectory(sidecarFolder());
    await vscode.workspace.fs.writeFile(sidecar(), new TextEncoder().encode(JSON.stringify(hand)));
    await eventually(
      () => !highlighted(newsLens, document, 'person').includes(at(document, 'Herbert McMaster')),
      'the hand-written removal',
    );
    await vscode.workspace.fs.delete(sidecar());
    await eventually(
      () => highlighted(newsLens, document, 'person').includes(at(document, 'Herbert McMaster')),
      'McMaster back',
    );
  });

  it('keeps a corrupt sidecar as it is, uses none of it and writes nothing over it', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const corrupt =
      '{"version": 1, "documents": {"000_d6490ba55f8250cf.txt": {"hash": "", "corrections": [{"action": "remove", ';
    await vscode.workspace.fs.createDirectory(sidecarFolder());
    await vscode.workspace.fs.writeFile(sidecar(), new TextEncoder().encode(corrupt));
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.corrections.remove', document.uri, rangeOf(document, 'TOKYO')),
      false,
    );
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar())), corrupt);
    assert.ok(highlighted(newsLens, document, 'place').includes(at(document, 'TOKYO')));
  });
});
