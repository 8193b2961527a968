// Reads the settings of what the editor shows and when (entity types, hover detail, re-annotation delay), and follows their changes.
import vscode = require('vscode');

export type HighlightKind = 'person' | 'organization' | 'place' | 'date';
export type HoverDetail = 'full' | 'compact' | 'off';

export interface DisplaySettings {
  /** The kinds of mention that are highlighted and have a hover card. */
  shown: Record<HighlightKind, boolean>;
  hoverDetail: HoverDetail;
  /** How long typing must pause before an edited article is annotated again (ms). */
  debounceMs: number;
}

// Plural setting names read as the checkboxes of the Settings editor ("Entity Types: Persons").
const KIND_SETTINGS: Record<HighlightKind, string> = {
  person: 'entityTypes.persons',
  organization: 'entityTypes.organizations',
  place: 'entityTypes.places',
  date: 'entityTypes.dates',
};
const HOVER_DETAILS: HoverDetail[] = ['full', 'compact', 'off'];
const DEFAULT_DEBOUNCE_MS = 250;

function readDisplaySettings(): DisplaySettings {
  const config = vscode.workspace.getConfiguration('newsLens');
  const shown = (kind: HighlightKind) => config.get<boolean>(KIND_SETTINGS[kind], true) !== false;
  const hoverDetail = config.get<string>('hover.detail', 'full') as HoverDetail;
  const debounceMs = config.get<number>('debounceMs', DEFAULT_DEBOUNCE_MS);
  return {
    shown: { person: shown('person'), organization: shown('organization'), place: shown('place'), date: shown('date') },
    hoverDetail: HOVER_DETAILS.includes(hoverDetail) ? hoverDetail : 'full',
    // A hand-edited settings.json can hold anything; a delay that is no number is the default one.
    debounceMs: Number.isFinite(debounceMs) && debounceMs >= 0 ? debounceMs : DEFAULT_DEBOUNCE_MS,
  };
}

// Read when first needed, not at activation: the first read of any setting makes the extension host
// merge its whole configuration, which took half of activation.
let current: DisplaySettings | undefined;
const changed = new vscode.EventEmitter<DisplaySettings>();
/** Fires after one of the display settings changed: no reload needed. */
export const onDidChangeDisplaySettings = changed.event;

export function displaySettings(): DisplaySettings {
  return (current ??= readDisplaySettings());
}

/** Follows changes of the display settings. */
export function activate(context: vscode.ExtensionContext): void {
  const names = [...Object.values(KIND_SETTINGS), 'hover.detail', 'debounceMs'].map(name => `newsLens.${name}`);
  context.subscriptions.push(
    changed,
    vscode.workspace.onDidChangeConfiguration(event => {
      if (!names.some(name => event.affectsConfiguration(name))) return;
      current = undefined;
      changed.fire(displaySettings());
    }),
  );
}
