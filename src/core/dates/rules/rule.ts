// What every date rule shares: the context it reads and the time expressions it returns.
import type { DateGrain } from '../../types';
import type { Reference } from '../reference';
import type { Tense, TenseOptions } from '../tense';

/** A time expression a rule found: its extent in the article and its TIMEX3 value. */
export interface Found {
  start: number;
  end: number;
  value: string;
  grain: DateGrain;
}

export interface RuleContext {
  text: string;
  reference: Reference;
  /** The tense of the clause around a span, for placing bare weekdays and month-days. */
  tenseAt(start: number, end: number, options?: TenseOptions): Tense | null;
}

export type DateRule = (context: RuleContext) => Found[];

/** A `Found` for a regular-expression match, or for a group of it when the extent is narrower. */
export function found(start: number, text: string, value: string, grain: DateGrain): Found {
  return { start, end: start + text.length, value, grain };
}
