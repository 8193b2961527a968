// The plain-data vocabulary of News Lens: every annotation is JSON-serialisable.

/** A stretch of an article: 0-based, end-exclusive UTF-16 offsets, with `text === article.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** A named entity in one article. `actorKey` says which recurring actor it is, before ids are assigned. */
export interface Mention extends Span {
  type: EntityType;
  actorKey: string;
  /**
   * In a photo credit ("© AFP 2023 / DOMINICK REUTER", "Photo: Mikhail Metzel/TASS"): a real name, but
   * neither where the story introduces the actor nor the spelling to name it by.
   */
  credit?: true;
  /**
   * The name a bare conjunct of an elliptical coordination stands for: "North Korea" for the "North" of
   * "North and South Korea", whose span is the one word.
   */
  impliedName?: string;
}

/** TIMEX3-like grains. */
export type DateGrain =
  'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | 'duration' | 'reference';

export const DATE_GRAINS: readonly DateGrain[] = [
  'time',
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'year',
  'decade',
  'century',
  'duration',
  'reference',
];

/** A time expression with its normalized TIMEX3 value, e.g. `2017-11-29`, `XXXX-12-11`, `2017`, `PRESENT_REF`. */
export interface DateMention extends Span {
  value: string;
  grain: DateGrain;
}

export type ArticleDateSource = 'given' | 'dateline' | 'text' | 'unknown';

export const ARTICLE_DATE_SOURCES: readonly ArticleDateSource[] = ['given', 'dateline', 'text', 'unknown'];

/** When the article was written: `YYYY-MM-DD`, `XXXX-MM-DD` when the year is unknown, or null. */
export interface ArticleDate {
  value: string | null;
  source: ArticleDateSource;
  confidence: number;
  /** Why the year is what it is, when the text rather than the dateline itself gave it. */
  evidence?: string;
}

/** Broad kinds of happenings, for filters and icons. */
export type EventKind =
  | 'meeting'
  | 'military'
  | 'attack'
  | 'movement'
  | 'legal'
  | 'politics'
  | 'agreement'
  | 'disaster'
  | 'business'
  | 'other';

export const EVENT_KINDS: readonly EventKind[] = [
  'meeting',
  'military',
  'attack',
  'movement',
  'legal',
  'politics',
  'agreement',
  'disaster',
  'business',
  'other',
];

/** A happening reported in a sentence (the span): its trigger, who took part, where and when. */
export interface NewsEvent extends Span {
  /** The main verb or event noun, or a short phrase around it ("conducted a missile launch"). */
  trigger: Span;
  /** A date value from the sentence, else the article's date for past or present reporting. */
  date: string | null;
  /** Where `date` comes from; null when there is no date. */
  dateSource: 'sentence' | 'article' | null;
  /** Actors of the clause, the agent first; a place where it happened is not among them. */
  actorKeys: string[];
  /** The place where it happened ("in Moscow"), as an actor key. */
  placeKey: string | null;
  /** Who reported it, when the sentence attributes it ("…," Lavrov said). */
  speakerKey: string | null;
  kind: EventKind;
  /** The happening in a few words, for labels: "missile launch", "launched a ballistic missile". */
  action: string;
}

/** Everything the core finds in one article. */
export interface Annotation {
  articleDate: ArticleDate;
  entities: Mention[];
  dates: DateMention[];
  events: NewsEvent[];
}
