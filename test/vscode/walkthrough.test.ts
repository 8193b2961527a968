import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, baseName, eventually, hoverText, newsLens } from './workbench';

interface WalkthroughStep {
  id: string;
  description: string;
  completionEvents?: string[];
}
interface Walkthrough {
  id: string;
  title: string;
  steps: WalkthroughStep[];
}

const EXTENSION_ID = 'news-lens.news-lens';

function contributedWalkthrough(): Walkthrough {
  const walkthroughs: Walkthrough[] =
    vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs;
  assert.strictEqual(walkthroughs.length, 1);
  return walkthroughs[0];
}

/** The command of a step's button: `[Label](command:id)` or `[Label](command:toSide:id)` in its description. */
function stepCommand(walkthrough: Walkthrough, stepId: string): string {
  const step = walkthrough.steps.find(s => s.id === stepId);
  assert.ok(step, `step ${stepId}`);
  const link = /\]\(command:(?:toSide:)?([\w.]+)\)/.exec(step.description);
  assert.ok(link, `step ${stepId} has a button`);
  return link[1];
}

describe('Getting Started walkthrough', () => {
  before(async () => {
    await newsLens();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // Opening the walkthrough itself is checked on screen by scripts/screenshot-walkthrough.js: in a window
  // started for extension tests, workbench.action.openWalkthrough opens VS Code's own walkthrough instead.
  it('has four steps whose buttons do what the steps say: open an article, hover a name, peek its definition, show Events', async () => {
    const api = await newsLens();
    const walkthrough = contributedWalkthrough();
    assert.deepStrictEqual(
      walkthrough.steps.map(s => s.id),
      ['openArticle', 'hover', 'definition', 'events'],
    );
    const registered = await vscode.commands.getCommands(true);
    for (const step of walkthrough.steps)
      assert.ok(
        registered.includes(stepCommand(walkthrough, step.id)),
        `${step.id}'s button runs a registered command`,
      );

    // Open an article: one of the workspace's, annotated.
    await vscode.commands.executeCommand(stepCommand(walkthrough, 'openArticle'));
    const editor = await eventually(() => vscode.window.activeTextEditor, 'an article in the editor');
    assert.ok(SEEDS.includes(baseName(editor.document.uri)), baseName(editor.document.uri));
    await eventually(() => api.decoratedRanges(editor.document.uri)?.place.length, 'highlights in the article');

    // Hover a name: the cursor lands on a name the other articles mention too, and its card links them.
    await vscode.commands.executeCommand(stepCommand(walkthrough, 'hover'));
    const cursor = vscode.window.activeTextEditor!.selection.active;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      cursor,
    );
    assert.match(hoverText(hovers), /Mentioned in 3 articles/);

    // Go to Definition: from the same name, its first mention in each of the three articles.
    await vscode.commands.executeCommand(stepCommand(walkthrough, 'definition'));
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      vscode.window.activeTextEditor!.selection.active,
    );
    const uriOf = (d: vscode.Location | vscode.LocationLink) => ('targetUri' in d ? d.targetUri : d.uri);
    assert.deepStrictEqual(definitions.map(d => baseName(uriOf(d))).sort(), SEEDS);

    // The Events view: shown, and listing the articles.
    await vscode.commands.executeCommand(stepCommand(walkthrough, 'events'));
    await eventually(() => api.eventsView.visible, 'the Events view to show');
    assert.strictEqual(api.eventsTree.getChildren().length, SEEDS.length);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
