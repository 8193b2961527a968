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
}

/** TIMEX3-like grains. */
export type DateGrain = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | 'duration' | 'reference';

/** A time expression with its normalized TIMEX3 value, e.g. `2017-11-29`, `XXXX-12-11`, `2017`, `PRESENT_REF`. */
export interface DateMention extends Span {
  value: string;
  grain: DateGrain;
}

export type ArticleDateSource = 'given' | 'dateline' | 'text' | 'unknown';

/** When the article was written: `YYYY-MM-DD`, `XXXX-MM-DD` when the year is unknown, or null. */
export interface ArticleDate {
  value: string | null;
  source: ArticleDateSource;
  confidence: number;
  /** Why the year is what it is, when the text rather than the dateline itself gave it. */
  evidence?: string;
}

/** A happening reported in a sentence: its trigger word, who took part and when. */
export interface NewsEvent extends Span {
  trigger: Span;
  date: string | null;
  actorKeys: string[];
}

/** Everything the core finds in one article. */
export interface Annotation {
  articleDate: ArticleDate;
  entities: Mention[];
  dates: DateMention[];
  events: NewsEvent[];
}
