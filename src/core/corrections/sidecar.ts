// Reads, checks and updates the corrections sidecar (`.newslens/annotations.json`) as plain data.
import { ENTITY_TYPES } from '../types';
import { contentHash } from '../cache/annotation-cache';
import { array, object, offset, oneOf, string } from '../json-checks';
import { parseSidecarJson } from '../sidecars/names';
import { locateQuote, quoteOf } from './quote-selector';
import {
  CORRECTION_ACTIONS,
  type Correction,
  type CorrectionSet,
  type CorrectionsFile,
  type DocumentCorrections,
  type QuoteSelector,
} from './types';

export { CORRECTIONS_FILE } from '../sidecars/names';

export type ParsedCorrections = { file: CorrectionsFile; problem: null } | { file: null; problem: string };

/** The sidecar's content, or why it cannot be used (the caller keeps such a file and never overwrites it). */
export function parseCorrectionsFile(json: string): ParsedCorrections {
  const parsed = parseSidecarJson(json);
  if (parsed.problem !== null) return { file: null, problem: parsed.problem };
  try {
    return { file: checkFile(parsed.value), problem: null };
  } catch (error) {
    return { file: null, problem: (error as Error).message };
  }
}

/** Stable output: documents and ignored names sorted, two-space indent, a final newline. */
export function serializeCorrectionsFile(file: CorrectionsFile): string {
  const documents = Object.fromEntries(Object.entries(file.documents).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ version: 1, ignore: [...file.ignore].sort(), documents }, null, 2) + '\n';
}

export function isEmptyCorrectionsFile(file: CorrectionsFile): boolean {
  return file.ignore.length === 0 && Object.keys(file.documents).length === 0;
}

/**
 * The entry of an article: the one under its path, else one whose hash is the text's (the article was
 * renamed or moved, or is read from another root) — the key says which.
 */
export function findDocument(
  file: CorrectionsFile,
  key: string,
  text: string,
): { key: string; entry: DocumentCorrections } | undefined {
  if (Object.hasOwn(file.documents, key)) return { key, entry: file.documents[key] };
  if (Object.keys(file.documents).length === 0) return undefined;
  const hash = contentHash(text);
  const found = Object.entries(file.documents).find(([, entry]) => entry.hash === hash);
  return found && { key: found[0], entry: found[1] };
}

/** What applies to the article at `key` with this text. */
export function correctionSetFor(file: CorrectionsFile, key: string, text: string): CorrectionSet {
  return { corrections: findDocument(file, key, text)?.entry.corrections ?? [], ignore: file.ignore };
}

/**
 * The file with the article's corrections replaced, their quotes anchored again in the text as it is now
 * (so that they follow edit after edit); a correction whose quote is gone is kept as it was. No
 * corrections left: the entry goes.
 */
export function withDocument(
  file: CorrectionsFile,
  key: string,
  text: string,
  corrections: Correction[],
): CorrectionsFile {
  const documents = { ...file.documents };
  if (corrections.length === 0) delete documents[key];
  else documents[key] = { hash: contentHash(text), corrections: corrections.map(c => reanchored(c, text)) };
  return { ...file, documents };
}

export function withIgnore(file: CorrectionsFile, ignore: string[]): CorrectionsFile {
  return { ...file, ignore: [...new Set(ignore)].sort() };
}

function reanchored(correction: Correction, text: string): Correction {
  const span = locateQuote(text, correction.quote);
  return span ? { ...correction, quote: quoteOf(text, span) } : correction;
}

function checkFile(value: unknown): CorrectionsFile {
  const root = object(value, 'the file');
  if (root.version !== undefined && root.version !== 1)
    throw new Error(`unknown version ${JSON.stringify(root.version)} (this News Lens reads version 1)`);
  const ignore =
    root.ignore === undefined ? [] : array(root.ignore, 'ignore').map((name, i) => string(name, `ignore[${i}]`));
  const documents: Record<string, DocumentCorrections> = {};
  for (const [key, entry] of Object.entries(root.documents === undefined ? {} : object(root.documents, 'documents'))) {
    const where = `documents[${JSON.stringify(key)}]`;
    const fields = object(entry, where);
    documents[key] = {
      hash: string(fields.hash, `${where}.hash`),
      corrections: array(fields.corrections, `${where}.corrections`).map((c, i) =>
        checkCorrection(c, `${where}.corrections[${i}]`),
      ),
    };
  }
  return { version: 1, ignore, documents };
}

function checkCorrection(value: unknown, where: string): Correction {
  const fields = object(value, where);
  const action = fields.action;
  if (!CORRECTION_ACTIONS.includes(action as Correction['action']))
    throw new Error(`${where}.action: unknown action ${JSON.stringify(action)}`);
  const quote = checkQuote(fields.quote, `${where}.quote`);
  const type = () => oneOf(fields.type, ENTITY_TYPES, `${where}.type`);
  const actor = () => string(fields.actor, `${where}.actor`);
  switch (action as Correction['action']) {
    case 'add':
      return fields.actor === undefined
        ? { action: 'add', quote, type: type() }
        : { action: 'add', quote, type: type(), actor: actor() };
    case 'retype':
      return { action: 'retype', quote, type: type() };
    case 'remove':
      return { action: 'remove', quote };
    case 'setActor':
      return { action: 'setActor', quote, actor: actor() };
    case 'split':
      return { action: 'split', quote, actor: actor() };
  }
}

function checkQuote(value: unknown, where: string): QuoteSelector {
  const fields = object(value, where);
  const start = offset(fields.start, `${where}.start`);
  const exact = string(fields.exact, `${where}.exact`);
  if (!exact) throw new Error(`${where}.exact: empty`);
  return {
    exact,
    prefix: string(fields.prefix ?? '', `${where}.prefix`),
    suffix: string(fields.suffix ?? '', `${where}.suffix`),
    start,
  };
}
