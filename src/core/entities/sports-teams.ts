// In a match report a club named by its town is the club, an organization under CoNLL's conventions: the
// names of a results line ("Leeds 2 Everton 1"), the side that beats or holds another ("Blackburn held
// Manchester City"), the one a manager or striker plays for ("City manager Frank Clark").
import type { Span } from '../types';
import type { Token } from '../text/tokenize';
import { isFirstName, isLastName, isLexiconPlace } from '../text/lexicon';
import { countryOf, lookupName } from './gazetteer';
import { lists } from './learned/lists';
import { lastWordOf, VENUE_HEADS } from './head-words';

// Words that make an article a match report: three of them, two different ("The Hunger Games" thrice is no
// match report, nor is "the death penalty"), or a results line.
const MATCH_WORDS = new Set(
  (
    'game games season coach quarterback touchdown playoff playoffs league basketball football baseball hockey ' +
    'soccer rugby cricket innings inning tournament championship halftime half-time overtime nfl nba mlb nhl ncaa ' +
    'pitcher goalkeeper striker midfielder defender teammates unbeaten undefeated standings fixture fixtures goal ' +
    'goals goalless scored scorer match matches draw drew equaliser equalizer premier cup semifinal semifinals ' +
    'quarterfinal quarterfinals wicket wickets batsman bowler homer equalised equalized substitute'
  ).split(' '),
);

// A side that beats a named other by a score: "Leicester beat Bath 28-21" (not "defeated the bill 52-48", nor
// a player by sets: "beat Becker 6-3 6-4", whose towns stay places).
const BEATEN_BY_SCORE =
  /\b(?:beat|beats|defeated|defeats|thrashed|edged|routed|drew[ \t]+with)[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}\d{1,3}-\d{1,3}\b(?![ \t]*(?:percent|per[ \t]+cent|%|votes?\b|\(?\d{1,2}-\d))/u;

// "a 4-2 win over Barcelona", "their 1-0 defeat by Leeds": a score's win or defeat against a named side.
const WIN_BY_SCORE =
  /(?<![\d.,$£€-])\d{1,3}-\d{1,3}[ \t]+(?:home[ \t]+|away[ \t]+)?(?:win|victory|defeat|loss|draw)[ \t]+(?:over|against|to|by|with|at)[ \t]+(?:the[ \t]+)?\p{Lu}/u;

/**
 * Whether the article reports on sport: its words say so (a side beating another by a score counts for two,
 * never alone: "Helms beat Gantt 53-46" is an election), or it has a results line.
 */
export function isMatchReport(tokens: readonly Token[], text: string): boolean {
  const seen = new Set<string>();
  let count = 0;
  for (const t of tokens) {
    if (!MATCH_WORDS.has(t.lower)) continue;
    seen.add(t.lower);
    if (++count >= 3 && seen.size >= 2) return true;
  }
  if (count > 0 && (BEATEN_BY_SCORE.test(text) || WIN_BY_SCORE.test(text))) return true;
  return resultsLineTeams(text).length > 0;
}

// A team's name in a results line: capitalised words, with the small words inside some names.
const NAME = "\\p{Lu}[\\p{L}.'’&-]*(?:[ \\t]+(?:(?:of(?:[ \\t]+the)?|de|del|la|van)[ \\t]+)?\\p{Lu}[\\p{L}.'’&-]*)*";
const SCORE = '\\d{1,3}';
// "Leeds 2 Everton 1": two names, each with its score, filling a stretch between commas (after "Results:").
const RESULT = new RegExp(
  `(?<=^|[,;:][ \\t]*|\\n)[ \\t]*(${NAME})[ \\t]+${SCORE}[ \\t]+(${NAME})[ \\t]+${SCORE}[ \\t]*(?=$|[,;.][ \\t]*(?:$|\\p{Lu})|\\n)`,
  'gmu',
);

// "Bolton 10 6 2 2 17 9 20": a league table's line, a name and six figures or more (a golfer's line has
// four rounds and a total, and a person's first name).
const TABLE_LINE = new RegExp(`^[ \\t]*(${NAME})(?:[ \\t]+${SCORE}){6,}[ \\t]*$`, 'gmu');

/** The team names of every results line ("Blackburn 0 Manchester City 0, Leeds 2 Everton 1") and table, as exact spans. */
export function resultsLineTeams(text: string): Span[] {
  const teams: Span[] = [];
  for (const match of text.matchAll(RESULT)) {
    // "No. 1 Creighton 65": an abbreviation before a figure is no team.
    if (match[1].endsWith('.') || match[2].endsWith('.')) continue;
    let from = match.index;
    for (const name of [match[1], match[2]]) {
      const start = text.indexOf(name, from);
      teams.push({ start, end: start + name.length, text: name });
      from = start + name.length;
    }
  }
  for (const match of text.matchAll(TABLE_LINE)) {
    const name = match[1];
    if (/\s/.test(name) && isFirstName(name.split(/\s/)[0].toLowerCase())) continue;
    const start = match.index + match[0].indexOf(name);
    teams.push({ start, end: start + name.length, text: name });
  }
  return teams.sort((a, b) => a.start - b.start);
}

// What a side does to another in a match: the verbs that make a lone word read as a person the side that
// beats or holds the next name.
const BEATEN_BY = new Set(
  'beat beats beaten defeated defeats held holds edged routed thrashed crushed hammered downed stunned'.split(' '),
);
// Prepositions that put a town on the map ("in Leeds", "at Ewood Park", "the trip to Bury"); "played for
// Leeds", "a win over Leeds" name the club.
const LOCATIVE = /(?:^|[^\p{L}])(?:in|at|from|to|near|outside|across|into)\s+(?:the\s+)?$/iu;
// The state or country after a town the preposition put on the map: "in Arlington, Texas", "of Pasadena, Calif.".
const LOCATIVE_TOWN =
  /(?:^|[^\p{L}])(?:in|at|from|to|near|outside|across|into|of)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*$/u;

/**
 * Whether a name is the town of the club named just before it ("Shooting Stars of Ibadan"), whatever it was read
 * as; not a player's club ("Tony Yeboah of Leeds").
 */
export function isClubsTown(text: string, name: Span & { type: string }, previous?: Span & { type: string }): boolean {
  return (
    previous?.type === 'organization' &&
    /^\s+of\s+$/.test(text.slice(previous.end, name.start)) &&
    countryOf(name.text) === undefined &&
    // A town's one word, or a known place ("of Major League Baseball" is the league's).
    (lookupName(name.text)?.type === 'place' || (!/\s/.test(name.text) && !lookupName(name.text)))
  );
}

/**
 * Whether a name read as a place (or a lone word read as a person) is a team in a match report: a town
 * stands for its club unless a preposition puts it on the map ("Leeds beat Everton", "Everton manager
 * Joe Royle", "the visitors from Leeds" stays). A lone word read as a person is a team only as the side
 * that beats or holds the next name, itself no person ("Blackburn held Manchester City"; "Dole beat Kemp"
 * stays). A country stays a place, as CoNLL's national sides mostly are.
 */
export function isTeamInContext(text: string, name: Span & { type: string }, next?: Span & { type: string }): boolean {
  if (countryOf(name.text) !== undefined) return false;
  // A ground is where the side plays, whatever stands before it ("at an empty Allianz Arena").
  if (VENUE_HEADS.has(lastWordOf(name.text))) return false;
  if (name.type === 'person') {
    // "Hull were held": a passive has the side before the verb's helper.
    const after = /^(?:['’]s?)?\s+(?:(?:were|was|have|has|had)\s+)?([\p{L}.-]+)/u
      .exec(text.slice(name.end, name.end + 30))?.[1]
      .toLowerCase();
    return (
      !/\s/.test(name.text) &&
      !isFirstName(name.text.toLowerCase()) &&
      after !== undefined &&
      BEATEN_BY.has(after) &&
      next !== undefined &&
      next.type !== 'person' &&
      /^\s+\S+\s+$/.test(text.slice(name.end, next.start))
    );
  }
  const before = text.slice(Math.max(0, name.start - 50), name.start);
  return name.type === 'place' && !LOCATIVE.test(before.slice(-20)) && !LOCATIVE_TOWN.test(before);
}

// A player's or a coach's role after his club's name: "Hertha defender Dedryck Boyata", "Widzew coach Franciszek
// Smuda".
const SIDE_ROLES =
  /^[ \t]+(?:defender|goalkeeper|keeper|striker|midfielder|forward|winger|captain|skipper|coach|manager|boss|fullback|full-back|centre-back|center-back|playmaker)[ \t]+\p{Lu}/u;

/**
 * Whether a lone word read as a person is, in a match report, the club of the player or coach named after it,
 * and no surname of the article's persons ("Graf coach Heinz Gunthardt" beside "Steffi Graf" stays).
 */
export function isSideBeforeItsPlayer(
  text: string,
  name: Span & { type: string },
  surnames: ReadonlySet<string>,
): boolean {
  return (
    name.type === 'person' &&
    !/\s/.test(name.text) &&
    !surnames.has(name.text.toLowerCase()) &&
    SIDE_ROLES.test(text.slice(name.end, name.end + 30))
  );
}

/**
 * Whether a lone word read as a person is, in a match report, a college's side ("Drake", "Creighton"): a
 * one-word college name that is no common surname ("Jones", "Smith") and no person of the article has for
 * one ("Phil Ford" keeps "Ford").
 */
export function isCollegeSide(name: Span & { type: string }, surnames: ReadonlySet<string>): boolean {
  const lower = name.text.toLowerCase();
  return (
    name.type === 'person' &&
    !/\s/.test(name.text) &&
    lists().colleges.has(lower) &&
    !isLastName(lower) &&
    !surnames.has(lower)
  );
}

// "76ers", "49ers": a nickname that starts with figures names its club wherever it stands.
const NUMBERED = /(?<![\p{L}\p{N}])\p{N}+\p{Ll}+(?![\p{L}\p{N}])/gu;

/** The clubs named by a nickname in figures ("the 76ers"), with the town written before it ("Philadelphia 76ers"). */
export function numberedNicknames(text: string): Span[] {
  const clubs: Span[] = [];
  for (const match of text.matchAll(NUMBERED)) {
    if (!lists().teams.has(match[0])) continue;
    const town = /(?:\p{Lu}[\p{L}.'’-]*[ \t]+)+$/u.exec(text.slice(Math.max(0, match.index - 40), match.index));
    // "The 76ers" at a sentence's start: the article is no part of the name.
    const townName = town?.[0].replace(/^(?:The|A)[ \t]+/, '') ?? '';
    const start = match.index - townName.length;
    const end = match.index + match[0].length;
    clubs.push({ start, end, text: text.slice(start, end) });
  }
  return clubs;
}

/**
 * A match report's headline in capitals names its teams as the story does ("SOCCER - WREXHAM EDGE BURY"
 * over "Wrexham beat Bury"): where a line has no lower-case letter, the teams' names in capitals.
 */
export function headlineTeams(text: string, teams: readonly string[]): Span[] {
  const names = [...new Set(teams.filter(t => t.length >= 3).map(t => t.toUpperCase()))];
  if (names.length === 0) return [];
  const found: Span[] = [];
  for (const line of text.matchAll(/^[^\n]*\p{Lu}[^\n]*$/gmu)) {
    if (/\p{Ll}/u.test(line[0])) continue;
    for (const name of names) {
      for (let at = line[0].indexOf(name); at >= 0; at = line[0].indexOf(name, at + 1)) {
        const before = line[0].charAt(at - 1);
        const after = line[0].charAt(at + name.length);
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        const start = line.index + at;
        found.push({ start, end: start + name.length, text: text.slice(start, start + name.length) });
      }
    }
  }
  return found;
}

// A match's score after a side: "beat Tondela 2-0", "drew 1-1"; not a tennis player's sets ("6-4 6-3").
const SIDE_SCORE = /^[ \t]+(\d{1,3})-(\d{1,3})(?![\d-])(?![ \t]*,?[ \t]*\d{1,2}-\d)/;
const RESULT_VERB =
  /^[ \t]+(?:beat|beats|drew[ \t]+with|edged|edge|edges|stunned|stun|stuns|thrashed|routed|hammered|downed|held|lost[ \t]+to)[ \t]+$/;

function isSideScore(after: string): boolean {
  const score = SIDE_SCORE.exec(after);
  if (!score) return false;
  const [low, high] = [Math.min(Number(score[1]), Number(score[2])), Math.max(Number(score[1]), Number(score[2]))];
  // A goal game's score, not a set's (6-4, 7-5), or a game's of points (98-91, 24-21); not a bowler's figures (4-27).
  return (high <= 9 && !(high >= 6 && high <= 7)) || low >= 10;
}

/**
 * In a match report, the names read as persons that a result makes sides: the one a score follows ("beat
 * Tondela 2-0"), the one before it ("Moreirense beat Tondela 2-0"), and a pair that drew ("Pacos de Ferreira
 * and Gil Vicente drew 1-1").
 */
export function resultClauseSides<M extends Span & { type: string }>(text: string, mentions: readonly M[]): M[] {
  const sides = new Set<M>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    // A player's full name may come before a game's score too ("Jansher Khan beat Rodney Eyles 3-0"): only a
    // draw makes sides of names of several words.
    const oneWord = (n: M) => !/\s/.test(n.text);
    if (oneWord(m) && isSideScore(text.slice(m.end, m.end + 24))) sides.add(m);
    if (!next) return;
    const between = text.slice(m.end, next.start);
    const afterNext = text.slice(next.end, next.end + 24);
    const beaten = oneWord(m) && oneWord(next) && RESULT_VERB.test(between) && isSideScore(afterNext);
    const drew =
      /^[ \t]+and[ \t]+$/.test(between) &&
      /^[ \t]+drew[ \t]/.test(afterNext) &&
      isSideScore(afterNext.replace(/^[ \t]+drew/, ''));
    if (beaten || drew) sides.add(m).add(next);
  });
  return [...sides].filter(m => m.type === 'person');
}

/**
 * Whether a name read as a person opens with a town's or a province's name that is no first name, as a club's
 * does in a match report ("Qingdao Haiou", "Dalian Wanda"; not "Sydney Smith").
 */
export function isTownOpenedSide(name: Span & { type: string }): boolean {
  const words = name.text.split(/\s+/);
  if (name.type !== 'person' || words.length !== 2) return false;
  const first = words[0].toLowerCase();
  // A city or a province the lexicon knows, not a country ("PAKISTAN SPINNER") nor a small town a given name
  // spells too ("Jos Buttler").
  return (
    isLexiconPlace(first) && countryOf(words[0])?.toLowerCase() !== first && !isFirstName(first) && !isLastName(first)
  );
}

// The year a club was founded in, written after its name with its nought: "Schalke 04", "Mainz 05".
const FOUNDING_YEAR = /^[ \t]+0\d(?![\p{L}\p{N}]|[ \t]+\p{Lu}|[.:,-]\d)/u;

/** A club's name read without the founding year written after it, read with it ("Schalke" of "Schalke 04"). */
export function withFoundingYear<M extends Span & { type: string }>(text: string, name: M): M | undefined {
  const year = FOUNDING_YEAR.exec(text.slice(name.end, name.end + 8));
  if (!year || name.type !== 'organization') return undefined;
  const end = name.end + year[0].length;
  return { ...name, end, text: text.slice(name.start, end) };
}
