// Wires the editor features to one workspace index; shared by the desktop and the web entry points,
// which differ only in where articles are annotated.
import vscode = require('vscode');
import { WorkspaceIndex } from './features/workspace-index';
import { Annotator, type AnnotationBackendSource } from './features/annotator';
import * as indexingStatus from './features/indexing-status';
import * as displaySettings from './features/display-settings';
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

export function activateFeatures(context: vscode.ExtensionContext, backend: AnnotationBackendSource) {
  const annotator = new Annotator(context, backend);
  const index = new WorkspaceIndex(annotator);
  context.subscriptions.push(annotator, index);
  indexingStatus.activate(context, index);
  displaySettings.activate(context);
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
  return { ready: index.ready, ...highlights, ...events, ...eventsTimeline, ...actors, ...correcting };
}
