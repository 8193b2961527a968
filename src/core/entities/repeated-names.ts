// A company found by its cue where the tagger read nothing is the same company where the article writes its
// name again ("security firm Trend Micro" … "according to Trend Micro"): the tagger missed it there too.
import { isCommonWord, isDemonym } from '../text/lexicon';
import { countryOf, isCountryDemonym, lookupName } from './gazetteer';
import { overlapsAnySorted } from '../text/spans';
import { COMPANY_ENDINGS } from './head-words';
import type { ScoredMention } from './learned/tag';
import { datelinePlaces } from './datelines';

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
    for (const span of wholeWordSpans(text, name))
      if (!overlaps(mentions, span) && !overlaps(added, span)) added.push({ ...m, ...span, text: name });
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The mentions (in text order, never overlapping) with the bodies the story names added where its headline in
 * capitals writes them unread ("ALGERIA MARKET BOMB KILLS 12 - APS ." after "the official APS news agency",
 * "… KURDISH REBELS - ANATOLIAN ." after "the state-run Anatolian news agency"). Only bodies: the story's
 * places and persons repeated in a headline were as often an event's or a thing's name there ("Watergate
 * figure", "Spiro Man").
 */
export function withHeadlineNames(text: string, mentions: readonly ScoredMention[]): ScoredMention[] {
  const end = text.indexOf('\n');
  const headline = end < 0 ? '' : text.slice(0, end).trim();
  if (!headline || /\p{Ll}/u.test(headline) || headline.split(/\s+/).length > 20) return [...mentions];
  const headed = mentions.filter(m => m.end <= end);
  const added: ScoredMention[] = [];
  // A headline's word read as a person's name, where it is the body's name ("FINTECH PAYSTREAM RAISES $40 MLN"
  // after "Paystream, a Lagos start-up"), is the body's.
  const retyped = new Set<ScoredMention>();
  // Not a dateline's town, where the first line is one ("NEW YORK 1996-08-29" before a baseball table).
  const dateline = datelinePlaces(text).filter(p => p.end <= end);
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.start <= end || m.type !== 'organization' || seen.has(m.text) || !isRepeatable(m.text)) continue;
    seen.add(m.text);
    const written = m.text.toUpperCase();
    for (const span of wholeWordSpans(text, written, end)) {
      const over = headed.filter(h => h.start < span.end && span.start < h.end);
      // A person's reading there, which may hold a word beside the name ("FINTECH PAYSTREAM"); a place's may
      // be the town's own ("ZURICH STOCKS EDGE HIGHER" beside the insurer Zurich).
      const misread =
        over.length === 1 && over[0].type === 'person' && over[0].start <= span.start && over[0].end >= span.end;
      if (overlaps(dateline, span)) continue;
      if (misread) retyped.add(over[0]);
      if ((over.length === 0 || misread) && !overlaps(added, span)) added.push({ ...m, ...span, text: written });
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter(m => !retyped.has(m)), ...added].sort((a, b) => a.start - b.start);
}

// One everyday word ("Summit", "Interior") may be no name where it is written again; a name of one or two
// letters may be a word's part.
function isRepeatable(name: string): boolean {
  if (name.length < 3) return false;
  return /\s/.test(name) || !isCommonWord(name.toLowerCase());
}

/** Where `name` stands as whole words in the text, before `end` (the text's end unless told). */
function wholeWordSpans(text: string, name: string, end = text.length): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Searched within `text.slice(0, end)`: a headline's look-up scans the headline, not the story.
  const within = end < text.length ? text.slice(0, end) : text;
  for (let at = within.indexOf(name); at >= 0; at = within.indexOf(name, at + name.length)) {
    const span = { start: at, end: at + name.length };
    if (isWholeWords(text, span)) spans.push(span);
  }
  return spans;
}

function isWholeWords(text: string, span: { start: number; end: number }): boolean {
  return !/[\p{L}\p{N}]/u.test(text.charAt(span.start - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(span.end));
}

function overlaps(list: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  return list.some(x => x.start < span.end && span.start < x.end);
}

// Words that open many companies' names and name none alone ("General Motors", "United Technologies").
const GENERIC_OPENERS = new Set(
  (
    'general united national international global royal first new standard central federal continental ' +
    'western eastern northern southern pacific atlantic universal advanced applied digital'
  ).split(' '),
);

// ... and the legal forms and trades a short name leaves off too ("Petrosur" of "Petrosur Ltda", "Helix" of
// "Helix Diagnostics", "Andina" of "Andina Lithium"), which open no name at a sentence's start as those do.
const SHORT_NAME_ENDINGS = new Set([
  ...COMPANY_ENDINGS,
  ...(
    'ltda bv ab oy pty pte srl sas jsc pjsc kk kg building society diagnostics biosciences biotech pharma mining ' +
    'minerals resources ' +
    'metals lithium petroleum motors foods electronics software robotics logistics capital securities investments ' +
    'semiconductor semiconductors'
  ).split(' '),
]);

/** The name a company's full name is written by again: its name without the company's endings, if any. */
export function shortCompanyName(name: string): string | undefined {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 1 && SHORT_NAME_ENDINGS.has(words[end - 1].toLowerCase().replace(/,$/, ''))) end--;
  if (end === words.length || end > 2) return undefined;
  const short = words.slice(0, end).join(' ').replace(/,$/, '');
  const first = words[0].toLowerCase();
  if (short.length < 3 || GENERIC_OPENERS.has(first) || isDemonym(first) || isCountryDemonym(words[0]))
    return undefined;
  if (countryOf(short) !== undefined || lookupName(short)?.type === 'place') return undefined;
  return short;
}

// A title before the word makes it a person's name ("Mr. Icahn", "Lord Hanson"); a capitalised word after it, a
// longer name's ("Li Ning"); an everyday word opening a sentence is that word ("Seven people", "Total output").
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|to|outside|around|across)[ \t]+$/u;
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?[ \t]+$/u;
const SENTENCE_START = /(?:^|[.!?]["'’”]?[ \t]+|\n[ \t]*|["“‘][ \t]*)$/u;

function standsForCompany(text: string, span: { start: number; end: number }, short: string): boolean {
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  if (TITLE_BEFORE.test(before) || /^[ \t]+\p{Lu}/u.test(text.slice(span.end, span.end + 3))) return false;
  return !(isCommonWord(short.toLowerCase()) && SENTENCE_START.test(before));
}

/**
 * The mentions (in text order, never overlapping) with each company's short name read as the company where the
 * article writes it alone ("Booking Holdings said … The Commission said Booking had failed").
 */
export function withShortCompanyNames(text: string, mentions: readonly ScoredMention[]): ScoredMention[] {
  // A person's surname is the person's, though a company bears it ("Wang Laboratories" beside "Wang Yi").
  // ... and so is one named with a title ("Ms Nakamura").
  const surnames = new Set(
    mentions
      .filter(
        m =>
          m.type === 'person' &&
          (/\s/.test(m.text) || TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))),
      )
      .map(m => m.text.split(/\s+/).pop()!),
  );
  const shortNames = new Map<string, ScoredMention>();
  for (const m of mentions) {
    const short = m.type === 'organization' ? shortCompanyName(m.text) : undefined;
    if (short && !shortNames.has(short) && !surnames.has(short)) shortNames.set(short, m);
  }
  if (shortNames.size === 0) return [...mentions];
  // A place's reading gives way, and so does a person's ("Ladang Kinabatangan" after "Ladang Kinabatangan Bhd",
  // "Petrosur said" after "Petrosur Ltda"), whom no full name in the article bears (the surnames above).
  // Not a town where a preposition puts it on the map ("Shares traded in Sydney fell" beside "Sydney Minerals").
  const retyped = mentions.map(m => {
    const onTheMap = m.type === 'place' && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
    const readsShortName = (m.type === 'place' && !onTheMap) || m.type === 'person';
    const company = readsShortName ? shortNames.get(m.text) : undefined;
    return company ? { ...m, type: 'organization' as const, actorKey: company.actorKey } : m;
  });
  const added: ScoredMention[] = [];
  for (const [short, company] of shortNames)
    for (const span of wholeWordSpans(text, short))
      if (!overlapsAnySorted(retyped, span) && standsForCompany(text, span, short))
        added.push({ ...company, ...span, text: short });
  // Two short names may share words ("Kestrel" and "Kestrel Blue"): the first in text order stays.
  const kept: ScoredMention[] = [];
  for (const a of added.sort((x, y) => x.start - y.start))
    if (kept.length === 0 || kept[kept.length - 1].end <= a.start) kept.push(a);
  return [...retyped, ...kept].sort((a, b) => a.start - b.start);
}
