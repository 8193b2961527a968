// A company found by its cue where the tagger read nothing is the same company where the article writes its
// name again ("security firm Trend Micro" … "according to Trend Micro"): the tagger missed it there too.
import { isCommonWord, isDemonym } from '../text/lexicon';
import { countryOf, isCountryDemonym, lookupName } from './gazetteer';
import { overlapsAnySorted } from '../text/spans';
import type { ScoredMention } from './learned/tag';

/** The mentions (in text order, never overlapping) with the unread repetitions of `names` added. */
export function withRepeatedNames(
  text: string,
  mentions: readonly ScoredMention[],
  names: ReadonlySet<string>,
): ScoredMention[] {
  const named = new Map<string, ScoredMention>();
  for (const m of mentions)
    if (names.has(m.text) && !m.credit && !m.impliedName && isRepeatable(m.text)) {
      const seen = named.get(m.text);
      if (!seen || m.score > seen.score) named.set(m.text, m);
    }
  const added: ScoredMention[] = [];
  for (const [name, m] of named)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = { start: at, end: at + name.length };
      if (isWholeWords(text, span) && !overlaps(mentions, span) && !overlaps(added, span))
        added.push({ ...m, ...span, text: name });
    }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

// One everyday word ("Summit", "Interior") may be no name where it is written again; a name of one or two
// letters may be a word's part.
function isRepeatable(name: string): boolean {
  if (name.length < 3) return false;
  return /\s/.test(name) || !isCommonWord(name.toLowerCase());
}

function isWholeWords(text: string, span: { start: number; end: number }): boolean {
  return !/[\p{L}\p{N}]/u.test(text.charAt(span.start - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(span.end));
}

function overlaps(list: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  return list.some(x => x.start < span.end && span.start < x.end);
}

// The words a company's full name ends in and its short name leaves off: "Booking Holdings" is "Booking" in
// the next sentence, "SambaNova Systems" "SambaNova".
const COMPANY_ENDINGS = new Set(
  (
    'holdings holding group inc inc. corp corp. corporation co co. company ltd ltd. plc llc ag sa s.a. nv n.v. ' +
    'se industries systems technologies ventures partners brands enterprises pharmaceuticals therapeutics ' +
    'laboratories labs networks communications entertainment'
  ).split(' '),
);
// Words that open many companies' names and name none alone ("General Motors", "United Technologies").
const GENERIC_OPENERS = new Set(
  (
    'general united national international global royal first new standard central federal continental ' +
    'western eastern northern southern pacific atlantic universal advanced applied digital'
  ).split(' '),
);

/** The name a company's full name is written by again: its name without the company's endings, if any. */
export function shortCompanyName(name: string): string | undefined {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 1 && COMPANY_ENDINGS.has(words[end - 1].toLowerCase().replace(/,$/, ''))) end--;
  if (end === words.length || end > 2) return undefined;
  const short = words.slice(0, end).join(' ').replace(/,$/, '');
  const first = words[0].toLowerCase();
  if (short.length < 3 || GENERIC_OPENERS.has(first) || isDemonym(first) || isCountryDemonym(words[0]))
    return undefined;
  if (countryOf(short) !== undefined || lookupName(short)?.type === 'place') return undefined;
  return short;
}

/**
 * The mentions (in text order, never overlapping) with each company's short name read as the company where the
 * article writes it alone ("Booking Holdings said … The Commission said Booking had failed").
 */
export function withShortCompanyNames(text: string, mentions: readonly ScoredMention[]): ScoredMention[] {
  const shortNames = new Map<string, ScoredMention>();
  for (const m of mentions) {
    const short = m.type === 'organization' ? shortCompanyName(m.text) : undefined;
    if (short && !shortNames.has(short)) shortNames.set(short, m);
  }
  if (shortNames.size === 0) return [...mentions];
  const retyped = mentions.map(m => {
    const company = m.type !== 'organization' ? shortNames.get(m.text) : undefined;
    return company ? { ...m, type: 'organization' as const, actorKey: company.actorKey } : m;
  });
  const added: ScoredMention[] = [];
  for (const [short, company] of shortNames)
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const span = { start: at, end: at + short.length };
      if (isWholeWords(text, span) && !overlapsAnySorted(retyped, span))
        added.push({ ...company, ...span, text: short });
    }
  // Two short names may share words ("Kestrel" and "Kestrel Blue"): the first in text order stays.
  const kept: ScoredMention[] = [];
  for (const a of added.sort((x, y) => x.start - y.start))
    if (kept.length === 0 || kept[kept.length - 1].end <= a.start) kept.push(a);
  return [...retyped, ...kept].sort((a, b) => a.start - b.start);
}
