// Shared by hover, Go to Definition and Find All References: the event word under the cursor (an event
// mention's trigger) and the happening it mentions, with that happening's mentions across the workspace.
import type vscode = require('vscode');
import type { Happening, NewsEvent } from '../../core/view';
import { happeningReports, type HappeningReport } from '../../presentation/happening';
import type { WorkspaceIndex } from '../../workspace/workspace-index';

export interface EventWord {
  documentId: string;
  event: NewsEvent;
  happening: Happening;
  /** Every mention of the happening, article by article, then by position. */
  reports: HappeningReport[];
}

/**
 * The event mention whose trigger holds the position: of overlapping ones ("carried out its first hydrogen
 * bomb test" and "carried"), the main mention, then the shortest trigger.
 */
export function eventWordAt(
  index: WorkspaceIndex,
  document: vscode.TextDocument,
  position: vscode.Position,
): EventWord | undefined {
  if (!index.isArticle(document)) return undefined;
  const documentId = index.idOf(document.uri);
  const events = index.actors.annotation(documentId)?.events ?? [];
  const offset = document.offsetAt(position);
  let found = -1;
  events.forEach((event, i) => {
    if (event.trigger.start > offset || offset >= event.trigger.end) return;
    const best = events[found];
    const length = (e: NewsEvent) => e.trigger.end - e.trigger.start;
    if (
      !best ||
      Number(event.main) - Number(best.main) > 0 ||
      (event.main === best.main && length(event) < length(best))
    )
      found = i;
  });
  if (found < 0) return undefined;
  const happening = index.actors.happenings.happeningOf(documentId, found);
  if (!happening) return undefined;
  return { documentId, event: events[found], happening, reports: happeningReports(index.actors, happening) };
}

/** The first report of the happening in each article that reports it: its first main mention, else its first. */
export function firstReports(reports: HappeningReport[]): HappeningReport[] {
  const first = new Map<string, HappeningReport>();
  for (const report of reports) {
    const chosen = first.get(report.documentId);
    if (!chosen || (report.event.main && !chosen.event.main)) first.set(report.documentId, report);
  }
  return [...first.values()];
}
