// Companies the tagger read nothing of, found by what a newswire writes only beside a company: "shares in
// ThyssenKrupp", "security firm Trend Micro", "the Kraft plant" (an unknown name has no other cue).
import type { Span } from '../types';
import { overlapsAnySorted } from '../text/spans';
import { isCommonWord, isDemonym, isFirstName, isLexiconPlace } from '../text/lexicon';
import { countryOf, isCountryDemonym, lookupName } from './gazetteer';
import {
  COMPANY_PARTS,
  SPOKESMEN,
  ORGANIZATION_NOUNS,
  SHARES_IN,
  SHARE_MOVE_WORDS,
  isGroupBeforeItsKind,
} from './organization-nouns';

// A name's word: capitalised, or a lower-case letter before a capital ("eBay", "nCircle"); "&", "!", "-" and
// "'" inside ("AT&T", "Yahoo!", "Hapag-Lloyd"), digits after the first letter ("3Com" is too rare to care).
const WORD = String.raw`(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\d&!'’-]*`;
const RUN = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}(?:\.(?=[ \t]*[,;:)]|[ \t]+\p{Ll}))?`;
// The phrases after which a name can only be a company: its shares, a stake in it, what it owns.
const OWNING = String.raw`${SHARES_IN}|(?:unit|subsidiary|division)[ \t]+of`;
const AFTER_CUE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${OWNING}|(?<noun>\p{Ll}+))[ \t]+(?<name>${RUN})(?![ \t]+(?:of|and|for|&)[ \t]+\p{Lu})`,
  'gu',
);
const BEFORE_PART = new RegExp(
  String.raw`(?<![\p{L}\d&!'’.-]|(?:of|and|for|&)[ \t]+)(?<name>${RUN})[ \t]+(?<part>\p{Ll}+)(?![\p{L}-])`,
  'gu',
);
// A name and its share's move: "Dealers said Degussa rose 8.50 marks".
const MOVING_SHARE = new RegExp(String.raw`(?<![\p{L}\d&!'’.-])(?<name>${RUN})(?=${SHARE_MOVE_WORDS})`, 'gu');
const PAIR_BEFORE_GROUPS = new RegExp(
  String.raw`(?<![\p{L}\d&!'’.-])(?<first>${RUN})[ \t]+and[ \t]+(?<second>${RUN})[ \t]+(?:parties|unions|groups|federations|movements|militias)(?![\p{L}-])`,
  'gu',
);
// Capitalised words that open a sentence or a clause, or a day, not a name: "The Kraft plant", "Monday
// Hoechst shares", "a company Christmas party".
const NOT_NAME_WORDS = new Set(
  (
    'the a an this that these those its their his her our my your and or but in on at of for to by from with ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december yesterday today tomorrow christmas easter thanksgiving'
  ).split(' '),
);

// A word in camel case is a company's or an outlet's ("ThyssenKrupp", "HuffPost", "CloudPassage"), not a
// surname's ("McDermott", "LaRue", "DiLeo", "VanDeest"); one opening in lower case may be a product
// ("iPhone") or have a Bantu prefix ("uMkhonto"); an initialism ("PhD") has no lower-case letter after
// its second capital.
const CAMEL_CASE =
  /(?<![\p{L}\d@#./_'’-])(?!(?:Mc|Mac|La|Le|De|Di|Del|Da|Du|Van|Von|Lu|St|O)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}[\p{L}\d]*(?:\.com)?(?![\p{L}\d@/_-])/gu;

// One word in camel case after three letters or more ("BioNTech", "BlackRock") names no person: news writes
// a company or an outlet so. A shorter opening may be a person's ("LaRue", "DeShawn", "LiLo"), and so may a
// first name glued to a surname ("MasahikoKomura" of a photo credit).
const COMPANY_CAMEL_CASE =
  /^(?!(?:Mac|Fitz|Van|Vander|Vanden|Von|Del|Dela|Della|Saint)\p{Lu})(\p{Lu}\p{Ll}{2,})\p{Lu}+\p{Ll}[\p{L}\d]*$/u;

/**
 * Whether a name the tagger read as a person is one word in a company's camel case ("BioNTech"), not one of
 * `gluedPersons` (the article's persons with the spaces of their names left out: "MasahikoKomura").
 */
export function isCamelCaseCompany(name: Span & { type: string }, gluedPersons: ReadonlySet<string>): boolean {
  const camel = name.type === 'person' ? COMPANY_CAMEL_CASE.exec(name.text) : null;
  return camel !== null && !isFirstName(camel[1].toLowerCase()) && !gluedPersons.has(name.text);
}

/** The persons of `read` named in more than one word, with the spaces left out. */
export function gluedPersonNames(read: readonly (Span & { type: string })[]): Set<string> {
  return new Set(read.filter(r => r.type === 'person' && /\s/.test(r.text)).map(r => r.text.replace(/\s+/g, '')));
}

// A stock exchange and a company's ticker on it, as a newswire gives them: "(NYSE: IBM)", "(Nasdaq: MSFT)".
const LISTING = /\((NYSE|NASDAQ|Nasdaq|NSDQ|AMEX|LSE|TSX|ASX)[ \t]*:[ \t]*([A-Z][A-Z.]{0,5})\)/dg;

/** Names not overlapping `read` (the names read, in text order) that only a company fits, in text order. */
export function unreadCompanies(text: string, read: readonly (Span & { type: string })[]): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(AFTER_CUE)) {
    if (m.groups!.noun !== undefined && !ORGANIZATION_NOUNS.has(m.groups!.noun)) continue;
    const name = asName(text, m.index! + m[0].length - m.groups!.name.length, m.groups!.name);
    if (name) found.push(name);
  }
  for (const m of text.matchAll(MOVING_SHARE)) {
    const name = asName(text, m.index!, m.groups!.name);
    if (name) found.push(name);
  }
  // "The CFDT and Force Ouvriere unions": both names of a pair before their kind in the plural.
  for (const m of text.matchAll(PAIR_BEFORE_GROUPS)) {
    for (const key of ['first', 'second'] as const) {
      const at = m.index! + m[0].indexOf(m.groups![key], key === 'second' ? m.groups!.first.length : 0);
      const name = asName(text, at, m.groups![key]);
      if (name) found.push(name);
    }
  }
  for (const m of text.matchAll(BEFORE_PART)) {
    const span = { start: m.index!, end: m.index! + m.groups!.name.length, text: m.groups!.name };
    const part = m.groups!.part;
    if (!COMPANY_PARTS.has(part) && !SPOKESMEN.has(part) && !isGroupBeforeItsKind(text, span)) continue;
    const name = asName(text, m.index!, m.groups!.name);
    if (name) found.push(name);
  }
  // A camel-case name the tagger read elsewhere as a person is a nickname ("LiLo"), not a company.
  const persons = new Set(read.filter(r => r.type === 'person').map(r => r.text));
  for (const m of text.matchAll(CAMEL_CASE))
    if (!persons.has(m[0])) found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  for (const m of text.matchAll(LISTING))
    for (const group of [1, 2]) {
      const [start, end] = m.indices![group];
      found.push({ start, end, text: m[group] });
    }
  return found
    .filter(f => !overlapsAnySorted(read, f))
    .sort((a, b) => a.start - b.start)
    .filter((f, i, all) => i === 0 || all[i - 1].end <= f.start);
}

// The run less the words that open a clause ("The", "Monday"); none when what is left is a known place or
// city, a country, a full personal name ("the company John Lewis founded") or one everyday word.
function asName(text: string, start: number, run: string): Span | undefined {
  const words = run.split(/[ \t]+/);
  let from = 0;
  while (from < words.length && NOT_NAME_WORDS.has(words[from].toLowerCase())) from++;
  if (from === words.length) return undefined;
  const offset = words.slice(0, from).reduce((n, w) => text.indexOf(w, n) + w.length, start);
  const nameStart = from === 0 ? start : text.indexOf(words[from], offset);
  const name = text.slice(nameStart, start + run.length);
  const kept = words.slice(from);
  // A letter alone is a competition's group or a grade ("Asian Cup group B"), not a company.
  if (kept.length === 1 && kept[0].replace(/\.$/, '').length < 2) return undefined;
  if (countryOf(name) !== undefined || lookupName(name)?.type === 'place') return undefined;
  // A people's adjective says where, not whose: "the Scottish plant".
  if (kept.length === 1 && (isDemonym(name.toLowerCase()) || isCountryDemonym(name))) return undefined;
  // "Shares in Frankfurt" are the market's: a city the lexicon knows is no company.
  if (kept.length === 1 && isLexiconPlace(name.toLowerCase())) return undefined;
  if (kept.length > 1 && isFirstName(kept[0].toLowerCase())) return undefined;
  // One everyday word is a common noun in capitals ("Police spokesman", "company CEO"), not a company.
  if (kept.length === 1 && isCommonWord(kept[0].toLowerCase())) return undefined;
  return { start: nameStart, end: nameStart + name.length, text: name };
}
