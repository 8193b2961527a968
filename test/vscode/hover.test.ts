import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_000, hoverText, newsLens, openSeed, positionOf } from './workbench';

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverText(hovers);
}

describe('hover', () => {
  before(newsLens);

  it('shows the type, the actor and the other articles for "North Korea"', async () => {
    const { document } = await openSeed(SEED_000);
    const card = await hoverAt(document, positionOf(document, 'North Korea is the most'));
    assert.match(card, /North Korea\*\* — place/);
    assert.match(card, /Mentioned in 3 articles/);
    assert.match(card, /\[001\\_b0e5feebaca363bc\.txt\]\(command:vscode\.open\?/);
    assert.match(card, /\[004\\_0b466d24d87483c2\.txt\]\(command:vscode\.open\?/);
  });

  it('names a person by the full name when hovering the bare surname', async () => {
    const { document } = await openSeed(SEED_000);
    const card = await hoverAt(document, positionOf(document, 'Gerasimov stressed'));
    assert.match(card, /Valery Gerasimov\*\* — person/);
  });

  it('shows the normalized value of a date', async () => {
    const { document } = await openSeed(SEED_000);
    const card = await hoverAt(document, positionOf(document, 'November 29'));
    assert.match(card, /XXXX-11-29\*\* — date \(day\)/);
    assert.match(card, /Article date: XXXX-12-11 \(from the dateline\)/);
  });

  it('shows nothing on a word that is not a name or a date', async () => {
    const { document } = await openSeed(SEED_000);
    assert.strictEqual(await hoverAt(document, positionOf(document, 'missile launch')), '');
  });
});
