// The corrections a user makes to an article's annotations, as kept in `.newslens/annotations.json`.
import type { EntityType } from '../types';

/**
 * Where a correction applies, found again after small edits: the exact text with a little context on each
 * side (as a W3C TextQuoteSelector) and the UTF-16 offset it had when the correction was made, which only
 * decides between equally good matches.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}

export type Correction =
  /** A name the tagger missed; `actor` merges it into an existing actor at once. */
  | { action: 'add'; quote: QuoteSelector; type: EntityType; actor?: string }
  /** The mention is another kind of name ("Hwasong-15" is no organization). */
  | { action: 'retype'; quote: QuoteSelector; type: EntityType }
  /** Not a name (or not a date) at all, here. */
  | { action: 'remove'; quote: QuoteSelector }
  /** The mention is this actor ("the minister's" Onodera is Itsunori Onodera). */
  | { action: 'setActor'; quote: QuoteSelector; actor: string }
  /** The mention is an actor of its own, not the one it was merged into; `actor` is its new key. */
  | { action: 'split'; quote: QuoteSelector; actor: string };

export type CorrectionAction = Correction['action'];

export const CORRECTION_ACTIONS: readonly CorrectionAction[] = ['add', 'retype', 'remove', 'setActor', 'split'];

/** One article's corrections; `hash` is the content hash of the text the quotes were last anchored in. */
export interface DocumentCorrections {
  hash: string;
  corrections: Correction[];
}

/** What applies to one article: its own corrections and the workspace's names that are never entities. */
export interface CorrectionSet {
  corrections: Correction[];
  /** Names marked "not an entity everywhere", compared as actor keys are (case, accents, punctuation aside). */
  ignore: string[];
}

/** The sidecar: documents keyed by their path inside the folder that holds `.newslens/`, with forward slashes. */
export interface CorrectionsFile {
  version: 1;
  ignore: string[];
  documents: Record<string, DocumentCorrections>;
}

export const EMPTY_CORRECTIONS_FILE: CorrectionsFile = { version: 1, ignore: [], documents: {} };
