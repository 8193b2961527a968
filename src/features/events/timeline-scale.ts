// The timeline's time axis: a TIMEX3 value as a stretch of time, an axis proportional to time that
// breaks over long empty stretches (1950 ┆ 1985 ┆ 2003 … 2009 ┆ 2021), and its tick marks.

/** A stretch of time in days since 1970-01-01 (UTC), end excluded. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** A run of time drawn to scale, from `from` to `to` (days), between pixels `x0` and `x1`. */
export interface AxisSegment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** Where the axis skips an empty stretch of `days`, drawn at pixel `x`. */
export interface AxisBreak {
  x: number;
  days: number;
}

export interface TimeAxis {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  /** Pixels per day, the same in every segment. */
  scale: number;
  /** Right edge of the last segment. */
  end: number;
}

export interface AxisTick {
  x: number;
  label: string;
}

const DAY_MS = 86_400_000;
const YEAR = 365.25;
/** An empty stretch shorter than this is drawn to scale whatever its share of the axis. */
const MIN_BREAK_DAYS = 2 * 365;
/** A stretch is broken when it is longer than this share of everything else still drawn… */
const BREAK_SHARE = 0.5;
/** ... and several times the median of the other gaps. */
const TYPICAL_GAPS = 4;
const MAX_BREAKS = 3;
const BREAK_WIDTH = 36;
/** Room on both sides of a segment's first and last dates, for marks and labels. */
const SEGMENT_PADDING = 24;
const MIN_SEGMENT = 64;
/** Below this the axis keeps its width and the panel scrolls, rather than squeezing dates together. */
const MIN_SPREAD = 160;
const MIN_TICK_SPACING = 76;

const SEASONS: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };

function dayOf(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY_MS;
}

/** Monday of ISO week 1, the week with 4 January in it. */
function isoWeekOne(year: number): number {
  const jan4 = dayOf(year, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
  return jan4 - weekday;
}

/**
 * The stretch of time a TIMEX3 value names (`2017`, `2017-11`, `2017-11-29T10:00`, `2017-W48-3`,
 * `2017-Q3`, `2017-SU`, the decade `199`, the century `19`); null when it has no year or is no date.
 */
export function timeSpan(value: string | null): TimeSpan | null {
  if (!value) return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    if (!m[2]) return { start: dayOf(year), end: dayOf(year + 1) };
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (!m[3]) return { start: dayOf(year, month), end: dayOf(year, month + 1) };
    const start = dayOf(year, month, Number(m[3]));
    return { start, end: start + 1 };
  }
  if ((m = /^(\d{4})-W(\d{2})(?:-(\d|WE))?$/.exec(value))) {
    const monday = isoWeekOne(Number(m[1])) + 7 * (Number(m[2]) - 1);
    if (!m[3]) return { start: monday, end: monday + 7 };
    if (m[3] === 'WE') return { start: monday + 5, end: monday + 7 };
    return { start: monday + Number(m[3]) - 1, end: monday + Number(m[3]) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = 3 * (Number(m[2]) - 1) + 1;
    return { start: dayOf(Number(m[1]), first), end: dayOf(Number(m[1]), first + 3) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [from, to] = SEASONS[m[2]];
    return { start: dayOf(Number(m[1]), from), end: dayOf(Number(m[1]), to) };
  }
  if ((m = /^(\d{3})X?$/.exec(value))) return { start: dayOf(Number(m[1]) * 10), end: dayOf(Number(m[1]) * 10 + 10) };
  if ((m = /^(\d{2})$/.exec(value))) return { start: dayOf(Number(m[1]) * 100), end: dayOf(Number(m[1]) * 100 + 100) };
  return null;
}

/** Where a mark for the value sits on the axis: the middle of its stretch. */
export function timeOf(value: string | null): number | null {
  const span = timeSpan(value);
  return span && (span.start + span.end) / 2;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Indexes of the gaps between sorted times that the axis skips, longest first: a gap is long when it
 * is at least two years, more than half of all the time still drawn besides it, and several times the
 * typical gap between the other dates (so dates spread evenly over the years keep their scale).
 */
function chooseBreaks(times: number[]): Set<number> {
  const gaps = times.slice(1).map((t, i) => ({ i, days: t - times[i] }));
  const broken = new Set<number>();
  for (const gap of [...gaps].sort((a, b) => b.days - a.days).slice(0, MAX_BREAKS)) {
    const others = gaps.filter(g => g !== gap && !broken.has(g.i)).map(g => g.days);
    if (others.length === 0 || gap.days < MIN_BREAK_DAYS) break;
    if (gap.days <= BREAK_SHARE * others.reduce((a, b) => a + b, 0) || gap.days < TYPICAL_GAPS * median(others)) break;
    broken.add(gap.i);
  }
  return broken;
}

/**
 * Lays the times out between pixels `left` and `left + width`: segments drawn to one scale, with a
 * break for each long empty stretch. The axis is wider than `width` only when the dates would
 * otherwise crowd together.
 */
export function timeAxis(times: number[], left: number, width: number): TimeAxis {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  if (sorted.length === 0) return { segments: [], breaks: [], scale: 0, end: left };
  const broken = chooseBreaks(sorted);
  const runs: { from: number; to: number }[] = [{ from: sorted[0], to: sorted[0] }];
  sorted.slice(1).forEach((t, i) => {
    if (broken.has(i)) runs.push({ from: t, to: t });
    else runs[runs.length - 1].to = t;
  });
  const fixed = (runs.length - 1) * BREAK_WIDTH + runs.length * 2 * SEGMENT_PADDING;
  // Segments too short to hold a label at the common scale get the minimum width; the rest share what is left.
  const short = new Set<number>();
  let scale = 0;
  for (let pass = 0; pass <= runs.length; pass++) {
    const days = runs.reduce((sum, r, i) => sum + (short.has(i) ? 0 : r.to - r.from), 0);
    const room = width - fixed - short.size * (MIN_SEGMENT - 2 * SEGMENT_PADDING);
    scale = days > 0 ? Math.max(room, MIN_SPREAD) / days : 0;
    const before = short.size;
    runs.forEach((r, i) => {
      if ((r.to - r.from) * scale + 2 * SEGMENT_PADDING < MIN_SEGMENT) short.add(i);
    });
    if (short.size === before) break;
  }
  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = left;
  // Alone, with nothing to scale, the dates share the width evenly.
  const even = scale === 0 ? Math.max(MIN_SEGMENT, (width - (runs.length - 1) * BREAK_WIDTH) / runs.length) : 0;
  runs.forEach((run, i) => {
    if (i > 0) {
      breaks.push({ x: x + BREAK_WIDTH / 2, days: run.from - runs[i - 1].to });
      x += BREAK_WIDTH;
    }
    const inner = even
      ? even - 2 * SEGMENT_PADDING
      : Math.max((run.to - run.from) * scale, MIN_SEGMENT - 2 * SEGMENT_PADDING);
    segments.push({ from: run.from, to: run.to, x0: x + SEGMENT_PADDING, x1: x + SEGMENT_PADDING + inner });
    x += inner + 2 * SEGMENT_PADDING;
  });
  return { segments, breaks, scale, end: x };
}

/** The pixel of a time on the axis; a time outside every segment goes to the nearest edge. */
export function axisX(axis: TimeAxis, time: number): number {
  const segment = axis.segments.find(s => time <= s.to) ?? axis.segments[axis.segments.length - 1];
  if (!segment) return 0;
  return segmentX(segment, axis.scale, Math.max(segment.from, Math.min(segment.to, time)));
}

// Measured from the middles, so that a segment widened to hold its label keeps its dates centred.
function segmentX(segment: AxisSegment, scale: number, time: number): number {
  return (segment.x0 + segment.x1) / 2 + (time - (segment.from + segment.to) / 2) * scale;
}

type Step = { unit: 'day' | 'month' | 'year'; count: number };
const STEPS: Step[] = [
  { unit: 'day', count: 1 },
  { unit: 'day', count: 7 },
  { unit: 'month', count: 1 },
  { unit: 'month', count: 3 },
  { unit: 'month', count: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map(count => ({ unit: 'year' as const, count })),
];

function approximateDays(step: Step): number {
  return step.unit === 'day' ? step.count : step.unit === 'month' ? step.count * 30.44 : step.count * YEAR;
}

function* stepsFrom(from: number, to: number, step: Step): Generator<number> {
  const date = new Date(from * DAY_MS);
  let year = date.getUTCFullYear();
  if (step.unit === 'day') {
    for (let t = Math.ceil(from); t <= to; t++) if (step.count === 1 || new Date(t * DAY_MS).getUTCDay() === 1) yield t;
  } else if (step.unit === 'month') {
    let month = date.getUTCMonth() + 1;
    month = Math.ceil((month - 1) / step.count) * step.count + 1;
    for (let t = dayOf(year, month); t <= to; month += step.count, t = dayOf(year, month)) if (t >= from) yield t;
  } else {
    year = Math.ceil(year / step.count) * step.count;
    for (let t = dayOf(year); t <= to; year += step.count, t = dayOf(year)) if (t >= from) yield t;
  }
}

/**
 * Tick marks for each segment, spaced at least MIN_TICK_SPACING apart: years, months or days, in the
 * display language `locale`. A segment too narrow for two ticks is labelled once, in its middle.
 */
export function axisTicks(axis: TimeAxis, locale: string): AxisTick[] {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const year = format({ year: 'numeric' });
  const monthYear = format({ month: 'short', year: 'numeric' });
  const month = format({ month: 'short' });
  const dayMonth = format({ day: 'numeric', month: 'short' });
  const ticks: AxisTick[] = [];
  for (const segment of axis.segments) {
    const middle = (segment.from + segment.to) / 2;
    const half = axis.scale > 0 ? ((segment.x1 - segment.x0) / 2 + SEGMENT_PADDING - 8) / axis.scale : 0;
    const from = middle - half;
    const to = middle + half;
    const step = axis.scale > 0 ? STEPS.find(s => approximateDays(s) * axis.scale >= MIN_TICK_SPACING) : undefined;
    const times = step ? [...stepsFrom(from, to, step)] : [];
    if (!step || times.length < 2) {
      ticks.push(...endLabels(segment, { year, monthYear, dayMonth }));
      continue;
    }
    times.forEach((t, i) => {
      const date = new Date(t * DAY_MS);
      const first = i === 0 || (date.getUTCMonth() === 0 && date.getUTCDate() === 1);
      const label =
        step.unit === 'year'
          ? year.format(date)
          : step.unit === 'month'
            ? (first ? monthYear : month).format(date)
            : dayMonth.format(date);
      ticks.push({ x: segmentX(segment, axis.scale, t), label });
    });
  }
  return ticks;
}

/**
 * Labels for a segment too short for ticks: its first and last dates at its ends when it has room,
 * else one label in its middle; a year, or a month (a day) when the segment lies within one.
 */
function endLabels(
  segment: AxisSegment,
  formats: Record<'year' | 'monthYear' | 'dayMonth', Intl.DateTimeFormat>,
): AxisTick[] {
  const [from, to] = [new Date(segment.from * DAY_MS), new Date(segment.to * DAY_MS)];
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const sameMonth = sameYear && from.getUTCMonth() === to.getUTCMonth();
  const middle = (segment.x0 + segment.x1) / 2;
  if (segment.x1 - segment.x0 < 64 || (sameMonth && segment.to - segment.from < 1)) {
    const format = sameMonth && segment.to > segment.from ? formats.monthYear : formats.year;
    return [{ x: middle, label: format.format(new Date(((segment.from + segment.to) / 2) * DAY_MS)) }];
  }
  const format = !sameYear ? formats.year : !sameMonth ? formats.monthYear : formats.dayMonth;
  return [
    { x: segment.x0, label: format.format(from) },
    { x: segment.x1, label: format.format(to) },
  ];
}

/** "35 years", "8 months": how long an axis break is, rounded. */
export function breakLength(days: number): string {
  const years = Math.round(days / YEAR);
  if (years >= 1) return years === 1 ? '1 year' : `${years} years`;
  const months = Math.max(1, Math.round(days / 30.44));
  return months === 1 ? '1 month' : `${months} months`;
}
