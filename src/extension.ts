// Wires the editor features to one workspace index. Nothing else happens here.
import { loadStarted } from './load-clock';
import * as vscode from 'vscode';
import { readSettings } from './features/settings';
import { WorkspaceIndex } from './features/workspace-index';
import { Annotator } from './features/annotator';
import * as indexingStatus from './features/indexing-status';
import * as editDelay from './features/edit-delay';
import * as decorations from './features/decorations';
import * as hover from './features/hover';
import * as definition from './features/definition';
import * as references from './features/references';
import * as eventsTree from './features/events-tree';
import * as timeline from './features/timeline';
import * as articleDate from './features/article-date';
import * as symbols from './features/symbols';
import * as actorsTree from './features/actors-tree';
import * as noRename from './features/no-rename';
import * as corrections from './features/corrections';
import * as exportsFeature from './features/exports';
import * as walkthrough from './features/walkthrough';

// Everything above is the bundle loading; VS Code may wait a while before it calls activate().
const bundleLoadMs = Date.now() - loadStarted;

export function activate(context: vscode.ExtensionContext) {
  const activateStarted = Date.now();
  const annotator = new Annotator(context);
  const index = new WorkspaceIndex(readSettings(), annotator);
  context.subscriptions.push(annotator, index);
  indexingStatus.activate(context, index);
  editDelay.activate(context, index);
  const highlights = decorations.activate(context, index);
  hover.activate(context, index);
  definition.activate(context, index);
  references.activate(context, index);
  articleDate.activate(context, index);
  const events = eventsTree.activate(context, index);
  const eventsTimeline = timeline.activate(context, index);
  symbols.activate(context, index);
  const actors = actorsTree.activate(context, index);
  noRename.activate(context, index);
  const correcting = corrections.activate(context, index);
  exportsFeature.activate(context, index);
  walkthrough.activate(context, index);
  // The API is what the integration tests read; users never need it.
  // The extension's own cost before the first highlight request: loading the bundle, then activate().
  const activateMs = Date.now() - activateStarted;
  const activationMs = bundleLoadMs + activateMs;
  return { ready: index.ready, activationMs, bundleLoadMs, activateMs, ...highlights, ...events, ...eventsTimeline, ...actors, ...correcting };
}

export function deactivate(): void {}
