// One happening reported in two articles (seed 001 and a republication of its lead): the Events view
// lists it once with both articles beneath, Go to Definition and References reach both, the hover card
// links both, and the timeline draws it once.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EventsNode } from '../../src/features/events/events-tree';
import { REPUBLISHED, addRepublished, removeRepublished, textOnDisk } from './happenings-workbench';
import { SEED_001, baseName, hoverText, newsLens, openSeed, positionOf } from './workbench';

const HEADLINE = 'Russian, Japanese diplomats discuss over phone Korean Peninsula developments';

describe('a happening reported in two articles', () => {
  before(async () => {
    await newsLens();
    await addRepublished();
  });

  after(async () => {
    await vscode.commands.executeCommand('newsLens.events.groupByDocument');
    await removeRepublished();
  });

  it('is one node of the Events view by happening, with both articles and their sentences beneath', async () => {
    const { eventsTree } = await newsLens();
    await vscode.commands.executeCommand('newsLens.events.groupByHappening');
    const groups = eventsTree.getChildren();
    const shared = groups.filter(g => eventsTree.getChildren(g).length === 2);
    const discuss = shared.find(g => /— discuss$/.test(String(eventsTree.getTreeItem(g).label)));
    assert.ok(discuss, groups.map(g => eventsTree.getTreeItem(g).label).join('\n'));
    assert.strictEqual(
      groups.filter(
        g => g.kind === 'happening' && discuss.kind === 'happening' && g.happeningId === discuss.happeningId,
      ).length,
      1,
    );
    assert.match(String(eventsTree.getTreeItem(discuss).description), /^2 articles · \d+ reports$/);
    const articles = eventsTree.getChildren(discuss);
    assert.deepStrictEqual(
      articles.map(a => (a.kind === 'article' ? baseName(vscode.Uri.parse(a.documentId)) : '')),
      [SEED_001, REPUBLISHED],
    );
    for (const article of articles) {
      assert.strictEqual(eventsTree.getTreeItem(article).label, HEADLINE, 'the article by headline');
      assert.deepStrictEqual(eventsTree.getParent(article), discuss);
      const reports = eventsTree.getChildren(article) as EventsNode[];
      const lead = reports.find(r => {
        const label = eventsTree.getTreeItem(r).label;
        return typeof label === 'object' && label.label.includes('discussed in a telephone conversation');
      });
      assert.ok(lead, 'the lead is a report in both');
      const label = eventsTree.getTreeItem(lead).label as vscode.TreeItemLabel;
      const [[start, end]] = label.highlights as [number, number][];
      assert.strictEqual(label.label.slice(start, end), 'discussed', 'its event word highlighted');
      assert.deepStrictEqual(eventsTree.getParent(lead), article);
    }
  });

  it('goes from the event word to where each article first reports it, and finds all its mentions', async () => {
    const { document } = await openSeed(SEED_001);
    const position = positionOf(document, 'discussed in a telephone');
    const links = await vscode.commands.executeCommand<vscode.LocationLink[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      position,
    );
    assert.deepStrictEqual(links.map(l => baseName(l.targetUri)).sort(), [SEED_001, REPUBLISHED]);
    for (const link of links) {
      assert.strictEqual(document.getText(link.originSelectionRange), 'discussed');
      // Both first report it in the headline.
      assert.strictEqual(await textOnDisk(link.targetUri, link.targetSelectionRange!), 'discuss');
      assert.strictEqual(await textOnDisk(link.targetUri, link.targetRange), HEADLINE);
    }
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      position,
    );
    const inCopy = references.filter(r => baseName(r.uri) === REPUBLISHED);
    const words = await Promise.all(inCopy.map(r => textOnDisk(r.uri, r.range)));
    assert.deepStrictEqual(words.slice(0, 3), ['discuss', 'discussed', 'discussed']);
  });

  it('shows both articles in the hover card of the event word', async () => {
    const { document } = await openSeed(SEED_001);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'discussed in a telephone'),
    );
    const card = hoverText(hovers);
    assert.match(card, /^Reported in 2 articles \(\d+ mentions\):$/m);
    // The link's title is the file name, its punctuation escaped as Markdown.
    const links = [...card.matchAll(/\]\(command:vscode\.open\?[^ )]+ "([^"]+)"\)/g)].map(m =>
      m[1].replace(/\\([!-/:-@[-`{-~])/g, '$1'),
    );
    assert.deepStrictEqual(links.sort(), [SEED_001, REPUBLISHED]);
    assert.match(card, /this article$/m);
  });

  it('is drawn once on the timeline, in seed 001’s lane, its reports in both articles in the tooltip', async () => {
    const { timeline } = await newsLens();
    const model = timeline.model();
    const marks = model.marks.filter(m => /— discuss$/.test(m.label) && /^Reported in 2 articles/.test(m.detail));
    assert.strictEqual(marks.length, 1, model.marks.map(m => `${m.label}: ${m.detail.split('\n')[0]}`).join('\n'));
    assert.strictEqual(baseName(vscode.Uri.parse(marks[0].lane)), SEED_001);
    assert.strictEqual(marks[0].detail.split('\n').filter(l => l === `— ${HEADLINE}`).length, 2);
    assert.ok(!model.lanes.some(l => baseName(vscode.Uri.parse(l.id)) === REPUBLISHED), 'no lane of its own');
  });
});
