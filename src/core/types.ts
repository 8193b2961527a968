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
  /** How sure the recognizer is that this is a name of this type, 0–1 (the learned tagger's confidence). */
  score?: number;
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

/** Whether the text says the event took place ("was signed") or denies it ("no treaty was signed"). */
export const EVENT_POLARITIES = ['positive', 'negative'] as const;
export type EventPolarity = (typeof EVENT_POLARITIES)[number];

/** How the text holds the event: as a fact, a plan ("will meet"), a possibility ("could strike") or a condition ("if … attacks"). */
export const EVENT_MODALITIES = ['asserted', 'future', 'possible', 'hypothetical'] as const;
export type EventModality = (typeof EVENT_MODALITIES)[number];

/** An event mention in a sentence (the span): its trigger, who took part, where and when. */
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
  /** The base form of the trigger's head ("launch", "meet", "die"), for linking mentions of one happening. */
  lemma: string;
  /** The one mention per clause that the Events view lists: a happening or a plan, asserted and not denied. */
  main: boolean;
  polarity: EventPolarity;
  modality: EventModality;
  /**
   * The mention's happening within the article ("h0", "h1"…): mentions of one real-world happening share
   * it; the workspace index links it to the same happening in other articles.
   */
  happeningKey: string;
}

/** A pronoun or a short description ("he", "the ministry", "the 45-year-old") that refers to an actor. */
export interface Coreference extends Span {
  actorKey: string;
  kind: 'pronoun' | 'description';
}

/** Everything the core finds in one article. */
export interface Annotation {
  articleDate: ArticleDate;
  entities: Mention[];
  dates: DateMention[];
  events: NewsEvent[];
  /** Pronouns and descriptions resolved to an actor; never among `entities`, which are names only. */
  coreferences: Coreference[];
}
