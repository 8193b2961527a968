// An annotation kept compactly while no one looks at its article: what the index-wide structures read
// (names, main event mentions, the article's date) stays as objects, the rest is one string, expanded on demand.
import type { Annotation, ArticleDate, Coreference, DateMention, Mention, NewsEvent } from '../types';

/**
 * The compact form, plain JSON: an archive keeps tens of thousands of annotations, and the event mentions
 * that are not main (two thirds of them), the dates and the coreferences were two thirds of their memory.
 */
export interface CompactAnnotation {
  articleDate: ArticleDate;
  /** The names as they are: the actor table, hover and references read them in every article. */
  entities: Mention[];
  /** The main event mentions as they are, in text order: the Events view and the timeline list them everywhere. */
  mainEvents: NewsEvent[];
  /** Where each main mention sits among the article's events (a happening's mentions are counted by it). */
  mainIndices: number[];
  /** The other events, the dates and the coreferences, as JSON of number records over a table of strings. */
  packed: string;
}

// The fields a record packs, in the order the annotators write them; an annotation with any other field
// is kept as it is rather than lose it.
const EVENT_FIELDS = 16;
const SPAN_FIELDS = 3;
const DATE_FIELDS = 5;
const COREFERENCE_FIELDS = 5;
const NONE = -1;

/** `[strings, events, dates, coreferences]`: each record flat in its list, strings by their number. */
type Packed = [string[], number[], number[], number[]];

/** The compact form of an annotation, or null when it has a field the compact form does not know. */
export function compactAnnotation(annotation: Annotation): CompactAnnotation | null {
  const { events, dates, coreferences } = annotation;
  if (!events.every(isPackable) || !dates.every(d => hasFields(d, DATE_FIELDS))) return null;
  if (!coreferences.every(c => hasFields(c, COREFERENCE_FIELDS))) return null;
  const mainEvents: NewsEvent[] = [];
  const mainIndices: number[] = [];
  events.forEach((event, i) => {
    if (event.main !== true) return;
    mainEvents.push(event);
    mainIndices.push(i);
  });
  // The main mentions' sentences are the other mentions' too: the table starts with them, unwritten.
  const numbers = new Map<string, number>();
  mainEvents.forEach((event, i) => {
    if (!numbers.has(event.text)) numbers.set(event.text, i);
  });
  const strings: string[] = [];
  const string = (text: string | null): number => {
    if (text === null) return NONE;
    let n = numbers.get(text);
    if (n === undefined) {
      n = mainEvents.length + strings.length;
      strings.push(text);
      numbers.set(text, n);
    }
    return n;
  };
  const packedEvents: number[] = [];
  for (const e of events) {
    if (e.main === true) continue;
    packedEvents.push(e.start, e.end, string(e.text), e.trigger.start, e.trigger.end, string(e.trigger.text));
    packedEvents.push(string(e.date), string(e.dateSource), e.actorKeys.length, ...e.actorKeys.map(string));
    packedEvents.push(string(e.placeKey), string(e.speakerKey), string(e.kind), string(e.action), string(e.lemma));
    packedEvents.push(string(e.polarity), string(e.modality), string(e.happeningKey));
  }
  const packedDates = dates.flatMap(d => [d.start, d.end, string(d.text), string(d.value), string(d.grain)]);
  const packedCoreferences = coreferences.flatMap(c => [
    c.start,
    c.end,
    string(c.text),
    string(c.actorKey),
    string(c.kind),
  ]);
  const packed: Packed = [strings, packedEvents, packedDates, packedCoreferences];
  return {
    articleDate: annotation.articleDate,
    entities: annotation.entities,
    mainEvents,
    mainIndices,
    packed: JSON.stringify(packed),
  };
}

// An event of exactly the known fields, its strings strings and its numbers numbers: what packs without loss.
function isPackable(event: NewsEvent): boolean {
  return (
    hasFields(event, EVENT_FIELDS) &&
    typeof event.main === 'boolean' &&
    hasFields(event.trigger, SPAN_FIELDS) &&
    Array.isArray(event.actorKeys) &&
    event.actorKeys.every(key => typeof key === 'string')
  );
}

function hasFields(value: unknown, count: number): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length === count;
}

/** The annotation a compact form stands for: its names and main mentions the same objects, the rest made anew. */
export function expandAnnotation(compact: CompactAnnotation): Annotation {
  let packed: Packed;
  try {
    packed = JSON.parse(compact.packed) as Packed;
  } catch {
    // A stored cache damaged on disk: what is kept as objects still shows.
    packed = [[], [], [], []];
  }
  const [strings, packedEvents, packedDates, packedCoreferences] = packed;
  const { mainEvents, mainIndices } = compact;
  const text = (n: number): string => (n < mainEvents.length ? mainEvents[n].text : strings[n - mainEvents.length]);
  const orNull = <T extends string>(n: number): T | null => (n === NONE ? null : (text(n) as T));
  const others: NewsEvent[] = [];
  const p = packedEvents;
  for (let i = 0; i < p.length;) {
    const actorCount = p[i + 8];
    const actorKeys: string[] = [];
    for (let k = 0; k < actorCount; k++) actorKeys.push(text(p[i + 9 + k]));
    const rest = i + 9 + actorCount;
    others.push({
      start: p[i],
      end: p[i + 1],
      text: text(p[i + 2]),
      trigger: { start: p[i + 3], end: p[i + 4], text: text(p[i + 5]) },
      date: orNull(p[i + 6]),
      dateSource: orNull<'sentence' | 'article'>(p[i + 7]),
      actorKeys,
      placeKey: orNull(p[rest]),
      speakerKey: orNull(p[rest + 1]),
      kind: text(p[rest + 2]) as NewsEvent['kind'],
      action: text(p[rest + 3]),
      lemma: text(p[rest + 4]),
      main: false,
      polarity: text(p[rest + 5]) as NewsEvent['polarity'],
      modality: text(p[rest + 6]) as NewsEvent['modality'],
      happeningKey: text(p[rest + 7]),
    });
    i = rest + 8;
  }
  const events: NewsEvent[] = [];
  for (let m = 0, o = 0; m < mainEvents.length || o < others.length;) {
    if (m < mainEvents.length && mainIndices[m] === events.length) events.push(mainEvents[m++]);
    else if (o < others.length) events.push(others[o++]);
    else events.push(mainEvents[m++]);
  }
  const dates: DateMention[] = [];
  for (let i = 0; i + DATE_FIELDS <= packedDates.length; i += DATE_FIELDS) {
    const [start, end, span, value, grain] = packedDates.slice(i, i + DATE_FIELDS);
    dates.push({ start, end, text: text(span), value: text(value), grain: text(grain) as DateMention['grain'] });
  }
  const coreferences: Coreference[] = [];
  for (let i = 0; i + COREFERENCE_FIELDS <= packedCoreferences.length; i += COREFERENCE_FIELDS) {
    const [start, end, span, actorKey, kind] = packedCoreferences.slice(i, i + COREFERENCE_FIELDS);
    coreferences.push({
      start,
      end,
      text: text(span),
      actorKey: text(actorKey),
      kind: text(kind) as Coreference['kind'],
    });
  }
  const annotation = { articleDate: compact.articleDate, entities: compact.entities, dates, events, coreferences };
  compactForms.set(annotation, compact);
  return annotation;
}

/** Whether a value read from a stored cache has the compact form's shape (its packed string is read when expanded). */
export function isCompactAnnotation(value: unknown): value is CompactAnnotation {
  if (value === null || typeof value !== 'object') return false;
  const compact = value as Partial<CompactAnnotation>;
  return (
    typeof compact.packed === 'string' &&
    compact.articleDate !== null &&
    typeof compact.articleDate === 'object' &&
    Array.isArray(compact.entities) &&
    Array.isArray(compact.mainEvents) &&
    Array.isArray(compact.mainIndices) &&
    compact.mainEvents.length === compact.mainIndices.length
  );
}

// Each annotation object is made compact once, so the cache and the index that are handed the same one keep
// one compact form; an expanded annotation leads back to the form it came from.
const compactForms = new WeakMap<Annotation, CompactAnnotation | null>();

/** `compactAnnotation`, made once per annotation object. */
export function compactFormOf(annotation: Annotation): CompactAnnotation | null {
  let compact = compactForms.get(annotation);
  if (compact === undefined) {
    compact = compactAnnotation(annotation);
    compactForms.set(annotation, compact);
  }
  return compact;
}
