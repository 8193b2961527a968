import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SEEDS,
  SEED_000,
  SEED_004,
  baseName,
  eventually,
  hoverText,
  newsLens,
  openSeed,
  positionOf,
} from './workbench';

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return hoverText(hovers);
}

/** A card's Markdown as it reads: the backslashes that keep punctuation from being syntax taken out. */
function plain(card: string): string {
  return card.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

async function referencesAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
  return vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
}

/** The `vscode.open` command links of a hover card, with the file and selection each opens. */
function openLinks(card: string): { command: string; uri: vscode.Uri; selection: vscode.Range }[] {
  return [...card.matchAll(/\]\((command:vscode\.open\?[^ )]+)/g)].map(([, command]) => {
    const [uri, { selection }] = JSON.parse(decodeURIComponent(command.slice('command:vscode.open?'.length)));
    const position = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);
    return {
      command,
      uri: vscode.Uri.from(uri),
      selection: new vscode.Range(position(selection.start), position(selection.end)),
    };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('hover', () => {
  before(newsLens);

  it('shows the type, the actor and the other articles for "North Korea"', async () => {
    const { document } = await openSeed(SEED_000);
    const card = await hoverAt(document, positionOf(document, 'North Korea is the most'));
    assert.match(card, /North Korea\*\* — place/);
    assert.match(card, /Mentioned in 3 articles/);
    // Articles by headline; the file name is the link's title, shown when the pointer rests on it.
    assert.match(
      plain(card),
      /\[Russian, Japanese diplomats discuss over phone Korean Peninsula developments\]\(command:vscode\.open\?[^ )]+ "001_b0e5feebaca363bc\.txt"\) · Tue, Oct 26, 2021 — /,
    );
    assert.match(
      plain(card),
      /\[Russia, Japan Disinterested in Fueling Situation on Korean Peninsula\]\(command:vscode\.open\?[^ )]+ "004_0b466d24d87483c2\.txt"\) — /,
    );
    assert.doesNotMatch(card, /\[[^\]]*\.txt\]/, 'no file name as a link text');
  });

  for (const [name, context] of [
    ['North Korea', 'North Korea is the most'],
    ['Japan', 'Japan, North'],
    ['Korean Peninsula', 'Korean Peninsula remains'],
  ]) {
    it(`links "${name}" to its first mention in each of the three articles`, async () => {
      const { document } = await openSeed(SEED_000);
      const card = await hoverAt(document, positionOf(document, context));
      const mentions = await referencesAt(document, positionOf(document, context));
      assert.match(card, new RegExp(`^Mentioned in 3 articles \\(${mentions.length} times\\):$`, 'm'));
      const links = openLinks(card);
      assert.deepStrictEqual(links.map(l => baseName(l.uri)).sort(), SEEDS);
      for (const link of links) {
        const target = await vscode.workspace.openTextDocument(link.uri);
        assert.strictEqual(target.getText(link.selection), name);
        const count = mentions.filter(m => m.uri.toString() === link.uri.toString()).length;
        assert.match(card, new RegExp(`\\]\\(${escapeRegExp(link.command)} "[^"]+"\\)[^\\n]* — ${count} mentions?`));
      }
      assert.match(card, /\(command:vscode\.open\?[^)]*\)[^\n]* — \d+ mentions?, this article/);
    });
  }

  it('opens the article at the mention when a link is followed', async () => {
    const { document } = await openSeed(SEED_000);
    const card = await hoverAt(document, positionOf(document, 'Korean Peninsula remains'));
    const link = openLinks(card).find(l => baseName(l.uri) === SEED_004)!;
    await vscode.commands.executeCommand('vscode.open', link.uri, { selection: link.selection });
    const editor = await eventually(
      () =>
        baseName(vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.file('/')) === SEED_004 &&
        vscode.window.activeTextEditor,
      'seed 004 in the editor',
    );
    assert.strictEqual(editor.document.getText(editor.selection), 'Korean Peninsula');
  });

  it('shows Lavrov as one person with his other spellings and the sentence of his first mention', async () => {
    const { document } = await openSeed(SEED_004);
    const mentions = await referencesAt(document, positionOf(document, 'Lavrov said during'));
    for (const context of ['Lavrov said during', 'Sergey Lavrov', 'Sergei Lavrov said Tuesday']) {
      const card = plain(await hoverAt(document, positionOf(document, context)));
      assert.match(card, /^\*\*Sergei Lavrov\*\* — person$/m);
      assert.match(card, /^Also written: Lavrov, Sergey Lavrov$/m);
      assert.match(card, new RegExp(`^Mentioned in 1 article \\(${mentions.length} times\\):$`, 'm'));
      assert.match(card, /^First mention here:$/m);
      // The story's first mention, not the photo credit "© AFP 2023 / DOMINICK REUTER" glued before it.
      assert.match(card, /^> “Russian Foreign Minister \*\*Sergey Lavrov\*\* - Sputnik International”$/m);
    }
  });

  it('quotes the sentence of the first mention, not the whole paragraph', async () => {
    const { document } = await openSeed(SEED_000);
    const card = plain(await hoverAt(document, positionOf(document, 'Japan, North')));
    assert.match(card, /^> “For \*\*Japan\*\*, North Korea is the most pressing issue\.”$/m);
  });

  it('names a person by the full name when hovering the bare surname', async () => {
    const { document } = await openSeed(SEED_000);
    const card = await hoverAt(document, positionOf(document, 'Gerasimov stressed'));
    assert.match(card, /Valery Gerasimov\*\* — person/);
  });

  it('shows a date in words, its distance to the article date, and its normalized value in small print', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    const { document } = await openSeed(SEED_000);
    const card = plain(await hoverAt(document, positionOf(document, 'November 29')));
    assert.match(card, /^\*\*Nov 29 \(year unknown\)\*\* — date$/m);
    assert.match(card, /^12 days before the article date, reading the nearest year\.$/m);
    assert.match(card, /Article date: Dec 11 \(year unknown\), from the dateline/);
    assert.match(card, /<small>Normalized: <code>XXXX-11-29<\/code> \(day\)<\/small>/);
    assert.doesNotMatch(card.replace(/<small>.*<\/small>/, ''), /XXXX/, 'no TIMEX3 code outside the small print');
  });

  it('keeps the weekday of a date whose week is unknown, and says it stays unresolved', async () => {
    const { document } = await openSeed(SEED_004);
    const card = plain(await hoverAt(document, positionOf(document, 'Tuesday.')));
    assert.match(card, /^\*\*a Tuesday \(week unknown\)\*\* — date$/m);
    assert.match(card, /Article date: unknown, so this date stays unresolved\./);
  });

  it('does not call a date with its year written unresolved when the article date is unknown', async () => {
    const { document } = await openSeed(SEED_004);
    const card = plain(await hoverAt(document, positionOf(document, '1950')));
    assert.match(card, /^\*\*1950\*\* — date$/m);
    assert.match(card, /^Article date: unknown\. \[Set the article date\]/m);
    assert.doesNotMatch(card, /unresolved/);
  });

  it('shows nothing on a word that is not a name, a date or an event word', async () => {
    const { document } = await openSeed(SEED_000);
    assert.strictEqual(await hoverAt(document, positionOf(document, 'pressing issue')), '');
  });

  it('shows the happening of an event word: what, who, when in words, in which articles, and its value in small print', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    const { document } = await openSeed(SEED_000);
    const references = await referencesAt(document, positionOf(document, 'conducted a missile launch'));
    const card = plain(await hoverAt(document, positionOf(document, 'missile launch, the first')));
    assert.match(card, /^\*\*missile launch\*\* — military happening$/m);
    assert.match(card, /^Who: North Korea {2}$/m);
    assert.match(card, /^When: Nov 29 \(year unknown\) {2}$/m);
    assert.match(card, /^This mention: reported as having happened$/m);
    assert.match(card, new RegExp(`^Reported in 1 article \\(${references.length} mentions\\):$`, 'm'));
    const [link, ...more] = openLinks(card);
    assert.strictEqual(more.length, 0);
    assert.strictEqual(baseName(link.uri), SEED_000);
    const target = await vscode.workspace.openTextDocument(link.uri);
    assert.strictEqual(target.getText(link.selection), 'conducted a missile launch');
    assert.match(
      card,
      /^- \[Russian General Staff chief, Japanese defense minister discuss North Korean missile issue\]\(command:vscode\.open\?[^ )]+ "000_d6490ba55f8250cf\.txt"\) · Dec 11 \(year unknown\) — \d mentions, this article$/m,
    );
    assert.match(
      card,
      /<small>Normalized: <code>XXXX-11-29<\/code> · happening <code>launch-[a-z0-9]+<\/code><\/small>$/,
    );
    assert.doesNotMatch(card.replace(/<small>.*<\/small>/, ''), /XXXX/, 'no TIMEX3 code outside the small print');
  });

  it('says where a happening took place, and who met whom', async () => {
    const { document } = await openSeed(SEED_004);
    const card = plain(await hoverAt(document, positionOf(document, 'meeting with')));
    assert.match(card, /^\*\*meeting\*\* — meeting happening$/m);
    assert.match(card, /^Who: Sergei Lavrov, Masahiko Komura/m);
    assert.match(card, /^When: a Tuesday \(week unknown\) {2}$/m);
    assert.match(card, /^Where: Moscow {2}$/m);
  });

  it('says in words when the text denies an event or only plans it', async () => {
    const { document } = await openSeed(SEED_004);
    const denied = plain(await hoverAt(document, positionOf(document, 'signed after')));
    assert.match(denied, /^This mention: denied: the text says it did not happen$/m);
    const planned = plain(await hoverAt(document, positionOf(document, 'share its assessments')));
    assert.match(planned, /^This mention: planned: the text says it will happen$/m);
  });

  it('adds the pronouns that refer to a name across the workspace, with their counts', async () => {
    const { document } = await openSeed(SEED_004);
    const card = plain(await hoverAt(document, positionOf(document, 'Pyongyang claimed')));
    assert.match(card, /^\*\*Pyongyang\*\* — place$/m);
    const line = /^Also referred to as, across the workspace: (.*)$/m.exec(card);
    assert.ok(line, card);
    const forms = line[1].split(', ').map(form => /^(.+) \((\d+)\)$/.exec(form));
    assert.ok(forms.every(Boolean), line[1]);
    // Seed 004: "Pyongyang claimed it had carried out its first hydrogen bomb test".
    assert.ok(
      forms.some(f => f![1] === 'it'),
      line[1],
    );
    const counts = forms.map(f => Number(f![2]));
    assert.deepStrictEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most used first',
    );
  });
});
