// What every view says the same way: Markdown escaping, counts in words, entity type labels and icons,
// error lines and actor names. No `vscode` here, so it is tested under Node.
import type { EntityType } from '../core/types';
import { errorMessage } from '../core/view';

// Every ASCII punctuation character CommonMark lets a backslash escape: a name or a sentence shown in
// a hover or tooltip never turns into emphasis, a link, a list, a heading, HTML or a theme icon (`$(`).
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Text as Markdown that renders exactly as the text. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** "1 article", "3 articles"; `plural` for words that do not just take an s. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
};

/** The type in running text: "place", "organization". */
export function typeWord(type: EntityType): string {
  return TYPE_LABELS[type].toLowerCase();
}

/** Product icons (codicons) for each entity type, tinted in the views with the type's highlight colour. */
export const TYPE_ICONS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
};

/** The icon of an actor of unknown type (a node asked for while the index changes). */
export const UNKNOWN_TYPE_ICON = 'symbol-misc';

/** The message shown to the user for a failed action: "News Lens: …" and the error's own words. */
export function errorLine(error: unknown, doing?: string): string {
  return `News Lens: ${doing ? `${doing}: ` : ''}${errorMessage(error)}`;
}

/** A name or quote on one line, cut to `max` characters with an ellipsis. */
export function short(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1).trimEnd()}…` : oneLine;
}

/** The first letter in upper case, for a phrase that starts a sentence. */
export function capitalize(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
