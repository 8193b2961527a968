// An organization's name runs on through "of" and "for" where the tagger stopped: "Democratic Party of
// Turkmenistan", "Foundation for Human Rights", "Organization for Security and Cooperation in Europe".
import type { Span } from '../types';
import { ORGANIZATION_HEADS } from './head-words';
import { isCommonWord, isLexiconCity } from '../text/lexicon';
import { countryOf, lookupName } from './gazetteer';
import { COMPANY_SUFFIXES, isCause } from './candidates';
import { TOWN_NAME, isCompanysTown } from './legal-forms';

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// A whole word, so that a lookahead cannot cut one short ("Huma|n Services").
const LAST_WORD = String.raw`${WORD}(?![\p{L}'’.-])`;
// After "of" or "for": capitalised words, and a list of them joined by commas and a last "and" ("Alcohol,
// Tobacco, Firearms and Explosives"; not an apposition's ", Ann Lee"); an "and" before two capitalised words
// may join a second name ("… of Defence and Foreign Office"), so only a last single word follows it.
const WORDS = String.raw`${WORD}(?:[ \t]+${WORD})*`;
const TAIL = new RegExp(
  String.raw`^[ \t]+(?:of|for)[ \t]+${WORDS}` +
    String.raw`(?:(?:,[ \t]+${WORDS})*,?[ \t]+(?:and|&)[ \t]+${LAST_WORD}(?![ \t]+\p{Lu}))?`,
  'u',
);
// Once a name has "for" in it, "in" and a continent or a country may end it ("… Cooperation in Europe"), though
// not a city, which says where the body sits ("Centers for Disease Control in Atlanta", "… for Astronomy in
// Heidelberg").
const IN_PLACE = new RegExp(String.raw`^[ \t]+in[ \t]+${LAST_WORD}(?![ \t]*\p{Lu})`, 'u');
// The tagger may stop before an "and" inside the name ("Organisation for Security" | "and Co-operation").
// A word with "of" after it opens a name of its own ("… Disarmament and Friends of the Earth").
const AND_WORD = new RegExp(String.raw`^[ \t]+(?:and|&)[ \t]+(${LAST_WORD})(?![ \t]+(?:\p{Lu}|of[ \t]))`, 'u');

// "for" takes a cause in everyday words, not a body, person or town ("the Foreign Office for Goldman Sachs");
// "of" may take any name ("Democratic Party of Turkmenistan").
function isTailOfName(tail: string): boolean {
  const words = tail.trim().split(/[ \t,]+/);
  if (words[0] !== 'for') return true;
  const cause = words.slice(1).filter(w => w !== 'and' && w !== '&');
  return isCause(cause);
}

// "of" a country, a continent or a cause; "for" a cause ("of Sri Lanka", "of Democracy", "for Human Use").
function isLinkedTail(link: string, words: string): boolean {
  const split = words.split(/[ \t]+/);
  return isCause(split) || (link === 'of' && isRegionOfABody(words));
}

// Words that name a body of their own in such a list ("the Ministry of Defence, Foreign Office and Treasury").
const BODIES = new Set(['office', 'ministry', 'department', 'agency', 'treasury', 'commission', 'council', 'bank']);

// The list's length in characters where every word of it is an everyday one and none a body ("Trade, Industry
// and Energy"); 0 when there is none.
function portfolios(rest: string): number {
  const list = PORTFOLIOS.exec(rest);
  if (!list) return 0;
  const listed = list[0].split(/[ \t,]+/).filter(w => w && w !== 'and');
  const everyday = listed.every(w => isCommonWord(w.toLowerCase()) && !BODIES.has(w.toLowerCase()));
  return everyday ? list[0].length : 0;
}

const PEACE_BODY =
  /^(?:UN|U\.N\.|United Nations|EU|European Union|African Union|AU|NATO|OSCE)[ \t]|[ \t](?:Interim|Assistance|Observer|Stabili[sz]ation|Peacekeeping|Support|Verification|Monitoring)[ \t]/;

const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica']);

function isRegionOfABody(place: string): boolean {
  return CONTINENTS.has(place) || (countryOf(place) !== undefined && !isLexiconCity(place.toLowerCase()));
}

// Once a name has "of" or "for" in it, a second one may go on with a country or a continent ("National Union
// of Metalworkers of South Africa") or a cause in everyday words ("Forum for the Restoration of Democracy",
// "Board of Control for Cricket"); a portfolio's list runs on too ("Ministry of Trade, Industry and Energy").
const LINK_MORE = new RegExp(String.raw`^[ \t]+(of|for)[ \t]+(?:the[ \t]+)?(${WORDS})(?![ \t]*\p{Lu})`, 'u');
const PORTFOLIOS = new RegExp(
  String.raw`^(?:,[ \t]+${LAST_WORD})*,?[ \t]+and[ \t]+${LAST_WORD}(?![ \t]+(?:\p{Lu}|of[ \t]))`,
  'u',
);

// After the body's name: a country, then no capitalised word nor possessive ("Amnesty International Chad Bailey",
// "… Mexico's interior minister") and, where a word before the name makes it an object ("told", "by"), no verb
// ("According to Amnesty International Israel has detained").
const CHAPTER = /^[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)(?![\p{L}'’]|[ \t]+\p{Lu})(?:[ \t]+(\p{Ll}+))?/u;
const OBJECT_BEFORE = /(?:^|[^\p{L}])(?:to|by|told|from|with|asked)[ \t]+(?:the[ \t]+)?$/u;
const CLAUSE_VERBS = /^(?:has|have|had|is|was|were|are|will|would|could|refused|said|says|denied|detained|accused)$/;

/** An international body's national chapter: "Amnesty International Nigeria", "Transparency International Sri Lanka". */
function nationalChapter(text: string, name: Span): Span | undefined {
  const chapter = CHAPTER.exec(text.slice(name.end, name.end + 60));
  if (!chapter || countryOf(chapter[1]) === undefined) return undefined;
  const object = OBJECT_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start));
  if (object && chapter[2] !== undefined && CLAUSE_VERBS.test(chapter[2])) return undefined;
  const end = name.end + chapter[0].indexOf(chapter[1]) + chapter[1].length;
  return { start: name.start, end, text: text.slice(name.start, end) };
}

const OF_TOWN = new RegExp(String.raw`^[ \t]+of[ \t]+(${TOWN_NAME})`, 'u');

function isTownAfterOf(name: string, rest: string): boolean {
  const town = OF_TOWN.exec(rest)?.[1].replace(/\.$/, '');
  return town !== undefined && isCompanysTown(name, town);
}

/** The organization's whole name when it runs on past `name`; undefined when it ends there. */
export function organizationTail(text: string, name: Span & { type: string }): Span | undefined {
  if (name.type !== 'organization') return undefined;
  const words = name.text.split(/[ \t]+/);
  const last = words[words.length - 1].toLowerCase().replace(/\.$/, '');
  const chapter = last === 'international' && words.length > 1 ? nationalChapter(text, name) : undefined;
  if (chapter) return chapter;
  // A legal form ends a company's name: "of" after it says where the company is ("Veba Oel AG of Germany").
  // Not "Corp" or "Co", which some names go on after ("Anglo American Corp of South Africa").
  if (COMPANY_SUFFIXES.has(last) && last !== 'corp' && last !== 'co') return undefined;
  // Nor after them a town, which says where the company is ("Newmont Mining Corp of Denver").
  if (COMPANY_SUFFIXES.has(last) && isTownAfterOf(name.text, text.slice(name.end, name.end + 40))) return undefined;
  const head = ORGANIZATION_HEADS.has(last);
  let end = name.end;
  const hasLink = () => /[ \t](?:of|for)[ \t]/.test(text.slice(name.start, end));
  const rest = () => text.slice(end, end + 200);
  const tail = head ? TAIL.exec(rest()) : null;
  if (tail && isTailOfName(tail[0])) end += tail[0].length;
  else if (hasLink()) {
    // The tagger may stop before an "and" inside the name, but an "and" before a listed or unknown name joins
    // two bodies ("Institute for Fiscal Studies and Oxfam").
    const and = AND_WORD.exec(rest());
    if (and && isCommonWord(and[1].toLowerCase().replace(/-/g, '')) && !lookupName(and[1])) end += and[0].length;
    else end += portfolios(rest());
  }
  for (let more = 0; more < 2 && hasLink(); more++) {
    const link = LINK_MORE.exec(rest());
    if (!link || !isLinkedTail(link[1], link[2])) break;
    end += link[0].length;
  }
  // ... and so may a peace mission's or force's ("UN Assistance Mission in Afghanistan", "UN Interim Force in
  // Lebanon"; not "the Russian Air Force in Syria").
  const named = text.slice(name.start, end);
  if (/[ \t]for[ \t]/.test(named) || (/[ \t](?:Mission|Force)$/.test(named) && PEACE_BODY.test(named))) {
    const place = IN_PLACE.exec(rest());
    if (place && isRegionOfABody(place[0].replace(/^[ \t]+in[ \t]+/, ''))) end += place[0].length;
  }
  // A full stop ends the sentence, not the name ("… of Turkmenistan.").
  while (end > name.end && /[.,]/.test(text.charAt(end - 1)) && !/\p{Lu}\.$/u.test(text.slice(end - 2, end))) end--;
  return end > name.end ? { start: name.start, end, text: text.slice(name.start, end) } : undefined;
}
