// Applies newsLens.debounceMs: how long typing must pause before an edited article is annotated again.
import vscode = require('vscode');
import { followDisplaySettings } from './display-settings';
import type { WorkspaceIndex } from './workspace-index';

export function activate(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  followDisplaySettings(context, settings => { index.editDelayMs = settings.debounceMs; });
}
