// The typed contract between the entry points, the feature areas and the tests: what an area's
// activate() receives, and the API the extension returns (which only the integration tests read).
import type vscode = require('vscode');
import type { WorkspaceIndex } from '../workspace/workspace-index';
import type { DecoratedRanges } from './navigation/decorations';
import type { EventsNode, EventsTreeProvider } from './events/events-tree';
import type { Timeline } from './events/timeline';
import type { ActorsNode, ActorsTreeProvider } from './actors/actors-tree';

/** Every area folder exports one of these as `activate`; it pushes its disposables to the context. */
export type ActivateArea<Api extends object | void = void> = (
  context: vscode.ExtensionContext,
  index: WorkspaceIndex,
) => Api;

export interface NavigationApi {
  decoratedRanges(uri: vscode.Uri): DecoratedRanges | undefined;
}

export interface EventsApi {
  eventsTree: EventsTreeProvider;
  eventsView: vscode.TreeView<EventsNode>;
  timeline: Timeline;
}

export interface ActorsApi {
  actorsTree: ActorsTreeProvider;
  actorsView: vscode.TreeView<ActorsNode>;
}

export interface CorrectionsApi {
  /** What the status bar shows for the active article. */
  correctionStatus(): { text: string; visible: boolean };
}

export interface ActivationTimes {
  /** Loading the bundle plus activate(): the extension's own cost before the first highlight request. */
  activationMs: number;
  bundleLoadMs: number;
  activateMs: number;
}

/** What `vscode.extensions.getExtension('news-lens.news-lens').activate()` resolves to. */
export interface NewsLensApi extends NavigationApi, EventsApi, ActorsApi, CorrectionsApi, ActivationTimes {
  /** Settles when the first workspace scan is done. */
  ready: Promise<void>;
}
