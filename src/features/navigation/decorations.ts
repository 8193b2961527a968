// Highlights persons, organizations, places and dates in every visible article editor.
import vscode = require('vscode');
import { displaySettings, onDidChangeDisplaySettings, type HighlightKind } from '../../workspace/display-settings';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

export type { HighlightKind };

const KINDS: HighlightKind[] = ['person', 'organization', 'place', 'date'];

/** What each visible editor shows, by kind, for tests and the status bar. */
export type DecoratedRanges = Record<HighlightKind, vscode.Range[]>;

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex) {
  const decorationTypes = new Map(
    KINDS.map(kind => [
      kind,
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`newsLens.${kind}Background`),
        borderColor: new vscode.ThemeColor(`newsLens.${kind}Border`),
        borderStyle: 'none none solid none',
        borderWidth: '0 0 1px 0',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    ]),
  );
  const shown = new Map<string, DecoratedRanges>();

  function decorate(editor: vscode.TextEditor): void {
    const id = index.idOf(editor.document.uri);
    const annotation = index.isArticle(editor.document) ? index.actors.annotation(id) : undefined;
    const ranges: DecoratedRanges = { person: [], organization: [], place: [], date: [] };
    if (annotation) {
      const kindsShown = displaySettings().shown;
      for (const entity of annotation.entities)
        if (kindsShown[entity.type]) ranges[entity.type].push(index.range(id, entity));
      if (kindsShown.date) for (const date of annotation.dates) ranges.date.push(index.range(id, date));
    }
    for (const kind of KINDS) editor.setDecorations(decorationTypes.get(kind)!, ranges[kind]);
    shown.set(id, ranges);
  }

  const decorateVisible = () => vscode.window.visibleTextEditors.forEach(decorate);
  context.subscriptions.push(
    ...decorationTypes.values(),
    index.onDidChange(decorateVisible),
    vscode.window.onDidChangeVisibleTextEditors(decorateVisible),
    onDidChangeDisplaySettings(decorateVisible),
  );

  return {
    decoratedRanges: (uri: vscode.Uri): DecoratedRanges | undefined => shown.get(index.idOf(uri)),
  };
}
