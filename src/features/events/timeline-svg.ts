// Draws the events timeline as SVG: one lane per article, a time axis to scale with breaks over long
// empty stretches, a band of its own for dates without a year and undated events, one mark per event
// shaped and coloured by its kind. The webview shows it at the panel's width; the export saves it.
import { EVENT_KINDS, compareEventDates, type EventKind } from '../../core/view';
import { short } from '../../presentation/display';
import { KIND_STYLES, shapePath } from './timeline-palette';
import { axisTicks, axisX, breakLength, timeAxis, timeOf, type TimeAxis } from './timeline-scale';

export interface TimelineLane {
  id: string;
  title: string;
  subtitle: string;
}

export interface TimelineMark {
  id: string;
  lane: string;
  date: string | null;
  /** The date as a reader sees it, heading the mark's column when it has no place on the time axis. */
  when: string;
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
  /** Pixels to fit, lane titles included; the drawing is wider only when its dates would crowd. */
  width?: number;
  /** Display language of the axis labels (`en`, `de`, …). */
  locale?: string;
}

export const DEFAULT_WIDTH = 1200;
const MIN_WIDTH = 560;
const TOP = 64;
const ROW = 18;
const LANE_PADDING = 12;
const MIN_LANE = 48;
const RADIUS = 6;
const MARK_SPACING = 2 * RADIUS + 4;
const BAND_GAP = 28;
const RIGHT = 16;
const CHAR = 6.6;
const HEADING_CHARS = 12;

// Colours for the exported file; in the webview the stylesheet maps the same classes to theme colours.
const STANDALONE_STYLE = `
  svg { font-family: -apple-system, "Segoe UI", Ubuntu, sans-serif; font-size: 12px; }
  .background { fill: #ffffff; } .lane-band { fill: #f6f8fa; } .lane-band.odd { fill: #ffffff; } .grid { stroke: #d0d7de; stroke-width: 1; }
  .undated-band { fill: #eef1f4; } .axis-break { fill: #ffffff; } .break-line { stroke: #8c959f; stroke-dasharray: 3 3; }
  .axis-label, .lane-title { fill: #1f2328; } .lane-subtitle, .legend-label, .axis-note { fill: #59636e; font-size: 11px; }
  .mark .shape { stroke: #ffffff; stroke-width: 1.5; }
${EVENT_KINDS.map(kind =>
  KIND_STYLES[kind].shape === 'ring'
    ? `  .kind-${kind} .shape { fill: none; stroke: ${KIND_STYLES[kind].colors.light}; stroke-width: 2.5; }`
    : `  .kind-${kind} .shape { fill: ${KIND_STYLES[kind].colors.light}; }`,
).join('\n')}`;

interface PlacedMark {
  mark: TimelineMark;
  x: number;
  y: number;
}

interface Layout {
  width: number;
  /** Width of the lane-title column. */
  left: number;
  axis: TimeAxis;
  /** The columns of the band without a year: the value, its heading and its pixel. */
  columns: { date: string | null; when: string[]; x: number; width: number }[];
  bandTitle: string;
  bandLeft: number;
  placed: PlacedMark[];
  laneTop: Map<string, number>;
  laneHeight: Map<string, number>;
  /** Bottom of the last lane. */
  bottom: number;
  legend: { kind: EventKind; x: number; y: number }[];
  height: number;
}

function layout(model: TimelineModel, options: RenderOptions): Layout {
  const width = Math.max(MIN_WIDTH, Math.round(options.width ?? DEFAULT_WIDTH));
  const left = Math.round(Math.min(300, Math.max(170, width * 0.24)));
  const times = new Map(model.marks.map(m => [m.id, timeOf(m.date)]));
  // Dates without a year (and other undated values) in their own band, right of the axis.
  const undated = model.marks.filter(m => times.get(m.id) === null);
  const values = [...new Set(undated.map(m => m.date))].sort(compareEventDates);
  // The band's title says what its dates lack ("year unknown"), so its column headings need not repeat it.
  const heading = new Map(undated.map(m => [m.date, headingLines(withoutRemark(m.when))]));
  const bandTitle = [
    ...new Set(values.map(v => undated.find(m => m.date === v)!.when).map(w => remarkOf(w) ?? w)),
  ].join(' · ');
  const columnWidths = values.map(v =>
    Math.max(56, Math.ceil(Math.max(...heading.get(v)!.map(line => line.length)) * CHAR) + 12),
  );
  const bandWidth = columnWidths.reduce((a, b) => a + b, 0);
  const dated = model.marks.filter(m => times.get(m.id) !== null).map(m => times.get(m.id)!);
  const axisWidth = width - left - RIGHT - (values.length > 0 ? bandWidth + BAND_GAP : 0);
  const axis = timeAxis(dated, left, Math.max(0, axisWidth));
  const bandLeft = dated.length > 0 ? axis.end + BAND_GAP : left + 12;
  let cursor = bandLeft;
  const columns = values.map((date, i) => {
    const column = { date, when: heading.get(date)!, x: cursor + columnWidths[i] / 2, width: columnWidths[i] };
    cursor += columnWidths[i];
    return column;
  });
  const drawnWidth = Math.max(width, Math.ceil(values.length > 0 ? cursor + RIGHT : axis.end + RIGHT));
  const columnX = new Map(columns.map(c => [c.date, c.x]));
  const xOf = (m: TimelineMark) => {
    const t = times.get(m.id);
    return t == null ? columnX.get(m.date)! : axisX(axis, t);
  };

  // Marks of one article too close to tell apart go on rows of their own inside the lane.
  const placed: PlacedMark[] = [];
  const laneTop = new Map<string, number>();
  const laneHeight = new Map<string, number>();
  let y = TOP;
  for (const lane of model.lanes) {
    const marks = model.marks
      .filter(m => m.lane === lane.id)
      .map(mark => ({ mark, x: xOf(mark) }))
      .sort((a, b) => a.x - b.x);
    const rows: number[] = [];
    const rowOf = marks.map(({ x }) => {
      let row = rows.findIndex(last => x - last >= MARK_SPACING);
      if (row < 0) row = rows.push(x) - 1;
      rows[row] = x;
      return row;
    });
    const height = Math.max(MIN_LANE, rows.length * ROW + 2 * LANE_PADDING);
    marks.forEach(({ mark, x }, i) =>
      placed.push({ mark, x: Math.round(x * 10) / 10, y: y + LANE_PADDING + ROW / 2 + rowOf[i] * ROW }),
    );
    laneTop.set(lane.id, y);
    laneHeight.set(lane.id, height);
    y += height;
  }
  // The legend wraps to the width it has.
  const legend: Layout['legend'] = [];
  let lx = 12;
  let ly = y + 24;
  for (const kind of EVENT_KINDS.filter(k => model.marks.some(m => m.kind === k))) {
    const itemWidth = 2 * RADIUS + 8 + kind.length * CHAR + 20;
    if (lx + itemWidth > drawnWidth && lx > 12) {
      lx = 12;
      ly += 22;
    }
    legend.push({ kind, x: lx, y: ly });
    lx += itemWidth;
  }
  return {
    width: drawnWidth,
    left,
    axis,
    columns,
    bandTitle,
    bandLeft,
    placed,
    laneTop,
    laneHeight,
    bottom: y,
    legend,
    height: ly + 20,
  };
}

export function renderTimeline(model: TimelineModel, options: RenderOptions): string {
  const l = layout(model, options);
  const { width, height } = l;
  const out: string[] = [];
  const undated = l.placed.filter(p => timeOf(p.mark.date) === null).length;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Events timeline: ${model.lanes.length} articles, ${model.marks.length} events, ${undated} without a year">`,
  );
  if (options.standalone)
    out.push(`<style>${STANDALONE_STYLE}</style>`, `<rect class="background" width="${width}" height="${height}"/>`);
  model.lanes.forEach((lane, i) =>
    out.push(...laneMarkup(lane, i, l.laneTop.get(lane.id)!, l.laneHeight.get(lane.id)!, width, l.left)),
  );
  out.push(...axisMarkup(l, options.locale ?? 'en'));
  out.push(...bandMarkup(l));
  for (const { mark, x, y } of l.placed) {
    out.push(
      `<g class="mark kind-${mark.kind}" transform="translate(${x} ${y})" data-id="${attr(mark.id)}" data-label="${attr(mark.label)}" data-detail="${attr(mark.detail)}" tabindex="0" role="button" aria-label="${attr(mark.label)}">`,
    );
    out.push(`<path class="shape" d="${shapePath(KIND_STYLES[mark.kind].shape, RADIUS)}"/>`);
    if (options.standalone) out.push(`<title>${text(`${mark.label}\n${mark.detail}`)}</title>`);
    out.push('</g>');
  }
  out.push(
    ...l.legend.map(
      ({ kind, x, y }) =>
        `<g class="legend kind-${kind}"><path class="shape" transform="translate(${x + RADIUS} ${y - 4})" d="${shapePath(KIND_STYLES[kind].shape, RADIUS)}"/><text class="legend-label" x="${x + 2 * RADIUS + 8}" y="${y}">${kind}</text></g>`,
    ),
  );
  out.push('</svg>');
  return out.join('\n');
}

function axisMarkup(l: Layout, locale: string): string[] {
  const out: string[] = [];
  const top = TOP - 6;
  for (const tick of axisTicks(l.axis, locale)) {
    out.push(`<line class="grid" x1="${round(tick.x)}" y1="${top}" x2="${round(tick.x)}" y2="${l.bottom}"/>`);
    out.push(
      `<text class="axis-label" x="${round(tick.x)}" y="${TOP - 14}" text-anchor="middle">${text(tick.label)}</text>`,
    );
  }
  for (const gap of l.axis.breaks) {
    const x = round(gap.x);
    out.push(
      `<g class="break"><rect class="axis-break" x="${x - 6}" y="${TOP - 30}" width="12" height="${l.bottom - TOP + 30}"/>`,
      `<line class="break-line" x1="${x - 6}" y1="${TOP - 30}" x2="${x - 6}" y2="${l.bottom}"/><line class="break-line" x1="${x + 6}" y1="${TOP - 30}" x2="${x + 6}" y2="${l.bottom}"/>`,
      `<text class="axis-note" x="${x}" y="${TOP - 46}" text-anchor="middle">${breakLength(gap.days)}</text><title>No events for ${breakLength(gap.days)}: the axis skips them</title></g>`,
    );
  }
  return out;
}

function bandMarkup(l: Layout): string[] {
  if (l.columns.length === 0) return [];
  const width = l.columns.reduce((sum, c) => sum + c.width, 0);
  const out = [
    `<rect class="undated-band" x="${round(l.bandLeft)}" y="${TOP - 30}" width="${round(width)}" height="${l.bottom - TOP + 30}"/>`,
    `<text class="axis-note band-title" x="${round(l.bandLeft + 8)}" y="${TOP - 46}">${text(l.bandTitle)}</text>`,
  ];
  for (const column of l.columns) {
    const lines = column.when.map(
      (line, i) => `<tspan x="${round(column.x)}" dy="${i === 0 ? 0 : 13}">${text(line)}</tspan>`,
    );
    out.push(
      `<text class="axis-label" x="${round(column.x)}" y="${TOP - 14 - 13 * (column.when.length - 1)}" text-anchor="middle">${lines.join('')}</text>`,
    );
  }
  return out;
}

/**
 * The lane titles alone, as wide as the title column: the webview keeps them in view
 * over the scrolling timeline.
 */
export function renderLaneTitles(model: TimelineModel, options: Omit<RenderOptions, 'standalone'> = {}): string {
  const { laneTop, laneHeight, bottom, left } = layout(model, { ...options, standalone: false });
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="lane-titles" width="${left}" height="${bottom}" viewBox="0 0 ${left} ${bottom}" aria-hidden="true">`,
    `<rect class="titles-background" y="${TOP}" width="${left}" height="${bottom - TOP}"/>`,
  ];
  model.lanes.forEach((lane, i) =>
    out.push(
      ...laneMarkup(lane, i, laneTop.get(lane.id)!, laneHeight.get(lane.id)!, left, left).map(line =>
        line.replace('<g class="lane"', '<g class="lane-title-group"'),
      ),
    ),
  );
  out.push('</svg>');
  return out.join('\n');
}

function laneMarkup(lane: TimelineLane, i: number, top: number, height: number, width: number, left: number): string[] {
  const chars = Math.floor((left - 24) / CHAR);
  return [
    `<g class="lane" data-lane="${attr(lane.id)}">`,
    `<rect class="lane-band${i % 2 ? ' odd' : ''}" x="0" y="${top}" width="${width}" height="${height}"/>`,
    `<text class="lane-title" x="12" y="${top + 20}">${text(short(lane.title, chars))}<title>${text(lane.title)}</title></text>`,
    `<text class="lane-subtitle" x="12" y="${top + 36}">${text(short(lane.subtitle, chars + 4))}</text>`,
    '</g>',
  ];
}

/** The remark in brackets that ends a date in words: "year unknown" in "Dec 11 (year unknown)". */
function remarkOf(when: string): string | undefined {
  return /\(([^()]+)\)$/.exec(when)?.[1];
}

function withoutRemark(when: string): string {
  return when.replace(/\s*\([^()]+\)$/, '') || when;
}

/** A column heading longer than HEADING_CHARS on two lines, where the lines come out most even. */
function headingLines(when: string): string[] {
  const words = when.split(' ');
  if (when.length <= HEADING_CHARS || words.length < 2) return [when];
  const splits = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
  return splits.reduce((best, lines) =>
    Math.max(...lines.map(l => l.length)) < Math.max(...best.map(l => l.length)) ? lines : best,
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
