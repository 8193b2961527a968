// An annotation kept compactly while no one looks at its article: the names stay objects (the actor table
// reads them in every article), the events, dates and coreferences are strings of JSON, expanded on demand.
import type { Annotation, ArticleDate, Coreference, DateMention, Mention, NewsEvent } from '../types';
import { storedProfile, type StoredProfile } from '../happenings/article-profile';

/**
 * The compact form, plain JSON: an archive keeps tens of thousands of annotations, and their 47 event
 * mentions per article, as objects, were two thirds of their memory.
 */
export interface CompactAnnotation {
  articleDate: ArticleDate;
  /** The names as they are: the actor table, hover and references read them in every article. */
  entities: Mention[];
  /** Where each main mention sits among the article's events (a happening's mentions are counted by it). */
  mainIndices: number[];
  /** The main event mentions, `[strings, events]`: read alone when a view lists an article's main mentions. */
  mains: string;
  /** The other events, the dates and the coreferences, `[strings, events, dates, coreferences]`. */
  packed: string;
  /** What the happening index keeps of the article (absent from a damaged stored entry). */
  profile?: StoredProfile;
}

// The fields a record packs, in the order the annotators write them; an annotation with any other field
// is kept as it is rather than lose it.
const EVENT_FIELDS = 16;
const SPAN_FIELDS = 3;
const DATE_FIELDS = 5;
const COREFERENCE_FIELDS = 5;
const NONE = -1;

// Records are numbers, flat in their lists; strings are numbers into one table per article, `mains`'s
// strings first, then `packed`'s.
type PackedMains = [string[], number[]];
type PackedRest = [string[], number[], number[], number[]];

/** The compact form of an annotation, or null when it has a field the compact form does not know. */
export function compactAnnotation(annotation: Annotation): CompactAnnotation | null {
  const { events, dates, coreferences } = annotation;
  if (!events.every(isPackable) || !dates.every(d => hasFields(d, DATE_FIELDS))) return null;
  if (!coreferences.every(c => hasFields(c, COREFERENCE_FIELDS))) return null;
  const numbers = new Map<string, number>();
  let table: string[] = [];
  let counted = 0;
  const string = (text: string | null): number => {
    if (text === null) return NONE;
    let n = numbers.get(text);
    if (n === undefined) {
      n = counted++;
      table.push(text);
      numbers.set(text, n);
    }
    return n;
  };
  const mainIndices: number[] = [];
  const mainRecords: number[] = [];
  const otherRecords: number[] = [];
  events.forEach((event, i) => {
    if (event.main) mainIndices.push(i);
  });
  for (const event of events) if (event.main) packEvent(event, mainRecords, string);
  const mains: PackedMains = [table, mainRecords];
  // A main mention's sentence is the other mentions' of its clause too: they name it by its number.
  table = [];
  for (const event of events) if (!event.main) packEvent(event, otherRecords, string);
  const packedDates = dates.flatMap(d => [d.start, d.end, string(d.text), string(d.value), string(d.grain)]);
  const packedCoreferences = coreferences.flatMap(c => [
    c.start,
    c.end,
    string(c.text),
    string(c.actorKey),
    string(c.kind),
  ]);
  const rest: PackedRest = [table, otherRecords, packedDates, packedCoreferences];
  return {
    articleDate: annotation.articleDate,
    entities: annotation.entities,
    mainIndices,
    mains: oneByteJson(mains),
    packed: oneByteJson(rest),
    profile: storedProfile(annotation),
  };
}

function packEvent(e: NewsEvent, records: number[], string: (text: string | null) => number): void {
  records.push(e.start, e.end, string(e.text), e.trigger.start, e.trigger.end, string(e.trigger.text));
  records.push(string(e.date), string(e.dateSource), e.actorKeys.length, ...e.actorKeys.map(string));
  records.push(string(e.placeKey), string(e.speakerKey), string(e.kind), string(e.action), string(e.lemma));
  records.push(string(e.polarity), string(e.modality), string(e.happeningKey));
}

// JSON in ASCII, every other character escaped, and made anew from its bytes: V8 keeps a string of one-byte
// characters in one byte each only when it is built that way, and a sentence cut from an article with one
// curly quote is built two bytes a character (the archive's largest strings, half their memory wasted).
function oneByteJson(value: unknown): string {
  const ascii = JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return asciiDecoder.decode(asciiEncoder.encode(ascii));
}

const asciiEncoder = new TextEncoder();
const asciiDecoder = new TextDecoder();

// An event of exactly the known fields, its actors a list of strings: what packs without loss.
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

/** The article's main event mentions, in text order, without expanding the rest. */
export function expandMainEvents(compact: CompactAnnotation): NewsEvent[] {
  const [strings, records] = parse<PackedMains>(compact.mains, [[], []]);
  return unpackEvents(records, strings, true);
}

/** The annotation a compact form stands for: its names the same objects, the rest made anew. */
export function expandAnnotation(compact: CompactAnnotation): Annotation {
  const [mainStrings, mainRecords] = parse<PackedMains>(compact.mains, [[], []]);
  const [restStrings, otherRecords, packedDates, packedCoreferences] = parse<PackedRest>(compact.packed, [
    [],
    [],
    [],
    [],
  ]);
  const strings = [...mainStrings, ...restStrings];
  const text = (n: number): string => strings[n];
  const mains = unpackEvents(mainRecords, strings, true);
  const others = unpackEvents(otherRecords, strings, false);
  const events: NewsEvent[] = [];
  const { mainIndices } = compact;
  for (let m = 0, o = 0; m < mains.length || o < others.length;) {
    if (m < mains.length && (mainIndices[m] === events.length || o === others.length)) events.push(mains[m++]);
    else events.push(others[o++]);
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

// A stored cache damaged on disk gives what it still has: the names, the date, no events.
function parse<T>(json: string, empty: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return empty;
  }
}

function unpackEvents(p: number[], strings: string[], main: boolean): NewsEvent[] {
  const text = (n: number): string => strings[n];
  const orNull = <T extends string>(n: number): T | null => (n === NONE ? null : (strings[n] as T));
  const events: NewsEvent[] = [];
  for (let i = 0; i < p.length;) {
    const actorCount = p[i + 8];
    const actorKeys: string[] = [];
    for (let k = 0; k < actorCount; k++) actorKeys.push(text(p[i + 9 + k]));
    const rest = i + 9 + actorCount;
    events.push({
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
      main,
      polarity: text(p[rest + 5]) as NewsEvent['polarity'],
      modality: text(p[rest + 6]) as NewsEvent['modality'],
      happeningKey: text(p[rest + 7]),
    });
    i = rest + 8;
  }
  return events;
}

/** Whether a value read from a stored cache has the compact form's shape (its strings are read when expanded). */
export function isCompactAnnotation(value: unknown): value is CompactAnnotation {
  if (value === null || typeof value !== 'object') return false;
  const compact = value as Partial<CompactAnnotation>;
  return (
    typeof compact.packed === 'string' &&
    typeof compact.mains === 'string' &&
    compact.articleDate !== null &&
    typeof compact.articleDate === 'object' &&
    Array.isArray(compact.entities) &&
    Array.isArray(compact.mainIndices)
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
