// Each correction command on the seeds: what the editor highlights and hovers afterwards, what the sidecar
// keeps, the status-bar count, and undo. The sidecar is removed after every test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, SEED_001, openSeed, seedUri } from './workbench';
import {
  api,
  at,
  exists,
  highlighted,
  hoverOn,
  rangeOf,
  readSidecar,
  removeSidecars,
  sidecar,
} from './corrections-workbench';

describe('corrections', () => {
  before(removeSidecars);
  afterEach(removeSidecars);

  it('adds "North Korea’s Foreign Ministry" as one organization: highlighted whole, kept in the sidecar with its quote', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const ministry = rangeOf(document, 'North Korea’s Foreign Ministry');
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.corrections.addEntity', document.uri, ministry, 'organization'),
      true,
    );
    assert.ok(highlighted(newsLens, document, 'organization').includes(at(document, 'North Korea’s Foreign Ministry')));
    assert.ok(!highlighted(newsLens, document, 'organization').includes(at(document, 'Foreign Ministry')));
    assert.ok(!highlighted(newsLens, document, 'place').includes(`North Korea@${document.offsetAt(ministry.start)}`));
    const stored = await readSidecar();
    assert.strictEqual(stored.version, 1);
    assert.deepStrictEqual(stored.ignore, []);
    assert.deepStrictEqual(Object.keys(stored.documents), [SEED_000]);
    const [added] = stored.documents[SEED_000].corrections;
    assert.deepStrictEqual(
      [added.action, added.type, added.quote.exact, added.quote.start],
      ['add', 'organization', 'North Korea’s Foreign Ministry', document.offsetAt(ministry.start)],
    );
    assert.match(stored.documents[SEED_000].hash, /^[0-9a-f]{16}/);
    assert.deepStrictEqual(newsLens.correctionStatus(), { text: '$(edit) 1 correction', visible: true });
    assert.ok(!document.isDirty && !document.getText().includes('"action"'), 'the article itself is not changed');
  });

  it('changes "Washington" in "Washington’s campaign" to an organization, in the highlights and the hover', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const washington = rangeOf(document, 'Washington', 2);
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.corrections.changeType', document.uri, washington, 'organization'),
      true,
    );
    assert.ok(highlighted(newsLens, document, 'organization').includes(at(document, 'Washington', 2)));
    assert.ok(
      highlighted(newsLens, document, 'place').includes(at(document, 'Washington', 1)),
      'the other Washington stays a place',
    );
    assert.match(await hoverOn(document, washington), /\*\*Washington\*\* — organization/);
    assert.deepStrictEqual(
      (await readSidecar()).documents[SEED_000].corrections.map(c => [c.action, c.type]),
      [['retype', 'organization']],
    );
  });

  it('removes the date "recently" at the cursor', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    const cursor = new vscode.Range(
      rangeOf(document, 'recently').start.translate(0, 3),
      rangeOf(document, 'recently').start.translate(0, 3),
    );
    assert.ok(highlighted(newsLens, document, 'date').includes(at(document, 'recently')));
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.remove', document.uri, cursor), true);
    assert.ok(!highlighted(newsLens, document, 'date').includes(at(document, 'recently')));
    assert.ok(highlighted(newsLens, document, 'date').includes(at(document, 'November 29')));
    assert.deepStrictEqual(
      (await readSidecar()).documents[SEED_000].corrections.map(c => [c.action, c.quote.exact]),
      [['remove', 'recently']],
    );
  });

  // "Russia’s General Staff" joins the Russian General Staff by itself now (organizations keyed by their
  // country); a capital standing for its country is what a reader still sets by hand.
  it('sets the actor of "Pyongyang" to North Korea, as the capital stands for the country', async () => {
    const { document } = await openSeed(SEED_000);
    const capital = rangeOf(document, 'Pyongyang');
    assert.match(await hoverOn(document, capital), /\*\*Pyongyang\*\* — place/);
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.corrections.setActor', document.uri, capital, 'place:north-korea'),
      true,
    );
    const card = await hoverOn(document, capital);
    assert.match(card, /\*\*North Korea\*\* — place/);
    assert.match(card, /Also written: Pyongyang/);
    assert.deepStrictEqual(
      (await readSidecar()).documents[SEED_000].corrections.map(c => [c.action, c.actor]),
      [['setActor', 'place:north-korea']],
    );
  });

  it('splits "Gerasimov" in "Gerasimov stressed" out of Valery Gerasimov', async () => {
    const { document } = await openSeed(SEED_000);
    const gerasimov = rangeOf(document, 'Gerasimov stressed').with({
      end: rangeOf(document, 'Gerasimov stressed').start.translate(0, 9),
    });
    assert.match(await hoverOn(document, gerasimov), /\*\*Valery Gerasimov\*\* — person/);
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.corrections.splitFromActor', document.uri, gerasimov),
      true,
    );
    const card = await hoverOn(document, gerasimov);
    assert.match(card, /\*\*Gerasimov\*\* — person/);
    assert.match(card, /Mentioned in 1 article \(1 time\)/);
    assert.deepStrictEqual(
      (await readSidecar()).documents[SEED_000].corrections.map(c => [c.action, c.actor]),
      [['split', 'person:gerasimov~1']],
    );
  });

  it('marks the photographer "Vladimir Gerdo" as not an entity anywhere: gone from every highlight, kept in the ignore list', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_001);
    const gerdo = rangeOf(document, 'Vladimir Gerdo');
    assert.strictEqual(
      highlighted(newsLens, document, 'person').filter(p => p.startsWith('Vladimir Gerdo@')).length,
      2,
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('newsLens.corrections.ignoreEverywhere', document.uri, gerdo),
      true,
    );
    assert.deepStrictEqual(
      highlighted(newsLens, document, 'person').filter(p => p.startsWith('Vladimir Gerdo@')),
      [],
    );
    assert.ok(highlighted(newsLens, document, 'person').includes(at(document, 'Igor Morgulov')));
    const stored = await readSidecar();
    assert.deepStrictEqual(stored, { version: 1, ignore: ['Vladimir Gerdo'], documents: {} });
    assert.strictEqual(
      newsLens.correctionStatus().text,
      '$(edit) No corrections',
      'the ignore list belongs to the folder, not the article',
    );
  });

  it('counts an article’s corrections in the status bar and undoes them one by one, the last first', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_000);
    await vscode.commands.executeCommand(
      'newsLens.corrections.addEntity',
      document.uri,
      rangeOf(document, 'Vigilant Ace 18'),
      'organization',
    );
    await vscode.commands.executeCommand(
      'newsLens.corrections.changeType',
      document.uri,
      rangeOf(document, 'Washington', 2),
      'organization',
    );
    await vscode.commands.executeCommand('newsLens.corrections.remove', document.uri, rangeOf(document, 'TOKYO'));
    assert.strictEqual(newsLens.correctionStatus().text, '$(edit) 3 corrections');

    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.undo'), true);
    assert.ok(highlighted(newsLens, document, 'place').includes(at(document, 'TOKYO')));
    assert.strictEqual(newsLens.correctionStatus().text, '$(edit) 2 corrections');
    assert.deepStrictEqual(
      (await readSidecar()).documents[SEED_000].corrections.map(c => c.action),
      ['add', 'retype'],
    );

    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.undo'), true);
    assert.ok(highlighted(newsLens, document, 'place').includes(at(document, 'Washington', 2)));
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.undo'), true);
    assert.ok(!highlighted(newsLens, document, 'organization').includes(at(document, 'Vigilant Ace 18')));
    assert.strictEqual(newsLens.correctionStatus().text, '$(edit) No corrections');
    assert.strictEqual(await exists(sidecar()), false, 'nothing left to keep: the sidecar goes');
  });

  it('undoes "not an entity anywhere"', async () => {
    const newsLens = await api();
    const { document } = await openSeed(SEED_001);
    await vscode.commands.executeCommand(
      'newsLens.corrections.ignoreEverywhere',
      document.uri,
      rangeOf(document, 'Vladimir Gerdo'),
    );
    assert.ok(!highlighted(newsLens, document, 'person').includes(at(document, 'Vladimir Gerdo')));
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.undo'), true);
    assert.ok(highlighted(newsLens, document, 'person').includes(at(document, 'Vladimir Gerdo')));
    assert.strictEqual(await exists(sidecar()), false);
  });

  it('does not undo a correction whose article was corrected by hand since', async () => {
    const { document } = await openSeed(SEED_000);
    await vscode.commands.executeCommand('newsLens.corrections.remove', document.uri, rangeOf(document, 'TOKYO'));
    const stored = await readSidecar();
    stored.documents[SEED_000].corrections = [];
    await vscode.workspace.fs.writeFile(sidecar(), new TextEncoder().encode(JSON.stringify(stored)));
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.corrections.undo'), false);
    assert.deepStrictEqual((await readSidecar()).documents[SEED_000].corrections, []);
  });

  it('never writes into the seeds themselves', async () => {
    for (const name of [SEED_000, SEED_001]) {
      const { document } = await openSeed(name);
      assert.strictEqual(document.isDirty, false);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(name)));
      assert.strictEqual(onDisk, document.getText());
    }
  });
});
