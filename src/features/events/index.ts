// Events: the Events view (by article, by date, by actor) and the timeline webview with its SVG export.
import type { ActivateArea, EventsApi } from '../contract';
import * as eventsTree from './events-tree';
import * as timeline from './timeline';

export const activate: ActivateArea<EventsApi> = (context, index) => ({
  ...eventsTree.activate(context, index),
  ...timeline.activate(context, index),
});
