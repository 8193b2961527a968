// Wires the feature areas to one workspace index; shared by the desktop and the web entry points,
// which differ only in where articles are annotated.
import vscode = require('vscode');
import { WorkspaceIndex } from '../workspace/workspace-index';
import { Annotator, type AnnotationBackendSource } from '../workspace/annotator';
import * as displaySettings from '../workspace/display-settings';
import * as output from '../workspace/output';
import type { NewsLensApi, ActivationTimes } from './contract';
import * as indexing from './indexing';
import * as navigation from './navigation';
import * as events from './events';
import * as actors from './actors';
import * as corrections from './corrections';
import * as exportsArea from './exports';
import * as walkthrough from './walkthrough';
import * as reading from './reading';

export type { NewsLensApi } from './contract';

export function activateFeatures(
  context: vscode.ExtensionContext,
  backend: AnnotationBackendSource,
): Omit<NewsLensApi, keyof ActivationTimes> {
  const annotator = new Annotator(context, backend);
  const index = new WorkspaceIndex(annotator);
  context.subscriptions.push(annotator, index);
  output.activate(context);
  displaySettings.activate(context);
  indexing.activate(context, index);
  exportsArea.activate(context, index);
  walkthrough.activate(context, index);
  reading.activate(context, index);
  return {
    ready: index.ready,
    ...navigation.activate(context, index),
    ...events.activate(context, index),
    ...actors.activate(context, index),
    ...corrections.activate(context, index),
  };
}
