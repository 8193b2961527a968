// Draws the events timeline as SVG: one lane per article, one column per date (oldest first, undated
// last), one mark per event coloured by its kind. The webview shows it and the export saves it.
import { EVENT_KINDS, compareEventDates, type EventKind } from '../../core/view';
import { short } from '../../presentation/display';

export interface TimelineLane {
  id: string;
  title: string;
  subtitle: string;
}

export interface TimelineMark {
  id: string;
  lane: string;
  date: string | null;
  kind: EventKind;
  /** One line: "2017-11-29 · North Korea — missile launch". */
  label: string;
  /** The sentence and where it comes from, for the hover. */
  detail: string;
}

export interface TimelineModel {
  lanes: TimelineLane[];
  marks: TimelineMark[];
}

export interface RenderOptions {
  /** A file of its own: colours and fonts inside, a <title> on each mark for the hover. */
  standalone: boolean;
}

const LEFT = 300;
const TOP = 48;
const COLUMN = 96;
const ROW = 18;
const LANE_PADDING = 12;
const RADIUS = 6;
const LEGEND = 44;
const MAX_TITLE = 44;

// Colours for the exported file; in the webview the stylesheet maps the same classes to theme colours.
const STANDALONE_STYLE = `
  svg { font-family: -apple-system, "Segoe UI", Ubuntu, sans-serif; font-size: 12px; }
  .background { fill: #ffffff; } .lane-band { fill: #f6f8fa; } .lane-band.odd { fill: #ffffff; } .grid { stroke: #d0d7de; stroke-width: 1; }
  .axis-label, .lane-title { fill: #1f2328; } .lane-subtitle, .legend-label, .axis-note { fill: #656d76; font-size: 11px; }
  .mark circle { stroke: #ffffff; stroke-width: 1.5; }
  .kind-meeting circle { fill: #0969da; } .kind-military circle { fill: #cf222e; } .kind-attack circle { fill: #bc4c00; }
  .kind-movement circle { fill: #1a7f37; } .kind-legal circle { fill: #8250df; } .kind-politics circle { fill: #bf3989; }
  .kind-agreement circle { fill: #0a7f72; } .kind-disaster circle { fill: #9a6700; } .kind-business circle { fill: #57606a; }
  .kind-other circle { fill: #8c959f; }`;

interface Layout {
  dates: (string | null)[];
  column: Map<string | null, number>;
  slot: Map<string, number>;
  laneTop: Map<string, number>;
  laneHeight: Map<string, number>;
  /** Bottom of the last lane. */
  bottom: number;
  width: number;
  height: number;
}

function layout(model: TimelineModel): Layout {
  const dates = [...new Set(model.marks.map(m => m.date))].sort(compareEventDates);
  const column = new Map(dates.map((date, i) => [date, i]));
  // Marks on the same day of the same article stack inside the lane.
  const stacks = new Map<string, number>();
  const slot = new Map<string, number>();
  for (const mark of model.marks) {
    const cell = `${mark.lane}\u0000${mark.date}`;
    const at = stacks.get(cell) ?? 0;
    slot.set(mark.id, at);
    stacks.set(cell, at + 1);
  }
  const laneTop = new Map<string, number>();
  const laneHeight = new Map<string, number>();
  let y = TOP;
  for (const lane of model.lanes) {
    const deepest = Math.max(1, ...model.marks.filter(m => m.lane === lane.id).map(m => (slot.get(m.id) ?? 0) + 1));
    const height = Math.max(48, deepest * ROW + 2 * LANE_PADDING);
    laneTop.set(lane.id, y);
    laneHeight.set(lane.id, height);
    y += height;
  }
  return { dates, column, slot, laneTop, laneHeight, bottom: y, width: LEFT + Math.max(1, dates.length) * COLUMN + 24, height: y + LEGEND };
}

export function renderTimeline(model: TimelineModel, options: RenderOptions): string {
  const { dates, column, slot, laneTop, laneHeight, bottom, width, height } = layout(model);
  const x = (date: string | null) => LEFT + (column.get(date) ?? 0) * COLUMN + COLUMN / 2;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Events timeline: ${model.lanes.length} articles, ${model.marks.length} events">`);
  if (options.standalone) out.push(`<style>${STANDALONE_STYLE}</style>`, `<rect class="background" width="${width}" height="${height}"/>`);
  model.lanes.forEach((lane, i) => out.push(...laneMarkup(lane, i, laneTop.get(lane.id)!, laneHeight.get(lane.id)!, width)));
  dates.forEach(date => {
    const cx = x(date);
    out.push(`<line class="grid" x1="${cx}" y1="${TOP - 8}" x2="${cx}" y2="${bottom}"/>`);
    out.push(`<text class="axis-label" x="${cx}" y="${TOP - 26}" text-anchor="middle">${text(date ?? 'no date')}</text>`);
    if (date?.startsWith('XXXX')) out.push(`<text class="axis-note" x="${cx}" y="${TOP - 13}" text-anchor="middle">year unknown</text>`);
  });
  for (const mark of model.marks) {
    const top = laneTop.get(mark.lane);
    if (top === undefined) continue;
    const cy = top + LANE_PADDING + ROW / 2 + (slot.get(mark.id) ?? 0) * ROW;
    out.push(`<g class="mark kind-${mark.kind}" data-id="${attr(mark.id)}" data-label="${attr(mark.label)}" data-detail="${attr(mark.detail)}" tabindex="0" role="button" aria-label="${attr(mark.label)}">`);
    out.push(`<circle cx="${x(mark.date)}" cy="${cy}" r="${RADIUS}"/>`);
    if (options.standalone) out.push(`<title>${text(`${mark.label}\n${mark.detail}`)}</title>`);
    out.push('</g>');
  }
  out.push(...legendMarkup(model, bottom));
  out.push('</svg>');
  return out.join('\n');
}

/**
 * The lane titles alone, as wide as the title column: the webview keeps them in view
 * over the scrolling timeline.
 */
export function renderLaneTitles(model: TimelineModel): string {
  const { laneTop, laneHeight, bottom } = layout(model);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" class="lane-titles" width="${LEFT}" height="${bottom}" viewBox="0 0 ${LEFT} ${bottom}" aria-hidden="true">`,
    `<rect class="titles-background" y="${TOP}" width="${LEFT}" height="${bottom - TOP}"/>`];
  model.lanes.forEach((lane, i) => out.push(...laneMarkup(lane, i, laneTop.get(lane.id)!, laneHeight.get(lane.id)!, LEFT).map(line => line.replace('<g class="lane"', '<g class="lane-title-group"'))));
  out.push('</svg>');
  return out.join('\n');
}

function laneMarkup(lane: TimelineLane, i: number, top: number, height: number, width: number): string[] {
  return [
    `<g class="lane" data-lane="${attr(lane.id)}">`,
    `<rect class="lane-band${i % 2 ? ' odd' : ''}" x="0" y="${top}" width="${width}" height="${height}"/>`,
    `<text class="lane-title" x="12" y="${top + 20}">${text(short(lane.title, MAX_TITLE))}<title>${text(lane.title)}</title></text>`,
    `<text class="lane-subtitle" x="12" y="${top + 36}">${text(short(lane.subtitle, MAX_TITLE + 8))}</text>`,
    '</g>',
  ];
}

function legendMarkup(model: TimelineModel, bottom: number): string[] {
  return EVENT_KINDS.filter(kind => model.marks.some(m => m.kind === kind)).map((kind, i) => {
    const lx = 12 + i * 96;
    return `<g class="legend kind-${kind}"><circle cx="${lx + RADIUS}" cy="${bottom + 22}" r="${RADIUS}"/><text class="legend-label" x="${lx + 2 * RADIUS + 6}" y="${bottom + 26}">${kind}</text></g>`;
  });
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
