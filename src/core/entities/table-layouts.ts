// The fixed layouts of wire copy's results lines, one line at a time: a league table's line, a result with
// its scorers, a list of scorers, a leaderboard's or a draw's line with the country in brackets, a fixture.
import type { EntityType, Span } from '../types';
import { lookupName, countryOf } from './gazetteer';
import { isCommonWord, isFirstName, isLastName } from '../text/lexicon';
import { lists } from './learned/lists';
import { ORGANIZATION_HEADS, isOrganizationHeadWord } from './head-words';
import { COMPANY_SUFFIXES } from './candidates';
import { knownPerson } from './known-persons';
import { HONORIFIC_TOKEN, isRoleLower } from './titles';
import { isIndexName } from './benchmarks';

/** A name a table's layout gives a type. */
export type TableName = Span & { type: EntityType };
/** Which layout a line has: lines of one table share it. */
export type LayoutFamily =
  'standing' | 'result' | 'scorers' | 'entrant' | 'fixture' | 'roster' | 'price' | 'batting' | 'bowling';
/** A line read by its layout: its family and its names, with offsets into the line. */
export interface LineReading {
  family: LayoutFamily;
  names: TableName[];
}

// A capitalised word of a name ("O.", "Bell-Drummond", "Sha'Carri", "U.S."), and the small words inside
// some ("Alex de Minaur", "Edwin van der Sar", "Queen of the South").
const WORD = "\\p{Lu}[\\p{L}'’.&-]*";
const PARTICLE = '(?:de|del|della|da|dos|van|von|der|den|di|du|la|le|al|bin|of|the)';
export const NAME = `${WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${WORD})*`;
const GAP = '[ \\t]+';
const SP = '[ \\t]*';
// A figure of a table: a count, a percentage (".561"), a time ("1:42.76"), a half game ("1/2"), a dash or
// an equals sign for none or a total.
const FIGURE = '(?:\\d+(?:[.,:/]\\d+)*|\\.\\d+|-|=)';
// A leaderboard's rank or total before a name: "1.", "T4.", "=3", "207".
const RANK = '(?:T?\\d{1,3}\\.?|=\\d{1,3})';
// A goal's minute after its scorer: "12th", "56th pen", "(23rd)", "88th og"; in a result's brackets also a bare
// "12", as older wire copy writes it (elsewhere "China 40" is a medal count).
const minute = (suffix: string) =>
  `\\(?${SP}\\d{1,3}(?:st|nd|rd|th)${suffix}(?:${GAP}(?:pen|penalty|og|o\\.g\\.))?${SP}\\)?`;
const MINUTE = minute('');
const BARE_MINUTE = minute('?');

const STANDING = new RegExp(`^${SP}(?:${RANK}${GAP})?(${NAME})((?:${GAP}${FIGURE}){3,})${SP}$`, 'u');
const SIDE = `(${NAME})${GAP}(\\d{1,3})(?:${SP}\\(([^()\\n]*)\\))?`;
const RESULT = new RegExp(`^${SP}${SIDE}${GAP}${SIDE}${SP}(?:[.,;]|\\(|$)`, 'u');
// A result of a cup between clubs of several nations, each with its country in brackets: "Kinder Bologna ( Italy )
// 85 Panathinaikos ( Greece ) 79", perhaps after its group ("Group B :").
const CLUB_OF_NATION = `(${NAME})${SP}\\(${SP}(${NAME})${SP}\\)${GAP}\\d{1,3}`;
const CUP_RESULT = new RegExp(
  `^${SP}(?:Group${GAP}\\p{Lu}${SP}:${SP})?${CLUB_OF_NATION}${GAP}${CLUB_OF_NATION}${SP}(?:[.,;]|$)`,
  'u',
);
const SCORER = new RegExp(`^${SP}(${NAME})${SP}${MINUTE}(?:${SP},${SP}${MINUTE})*${SP}$`, 'u');
const SCORER_IN_RESULT = new RegExp(`^${SP}(${NAME})${SP}${BARE_MINUTE}(?:${SP},${SP}${BARE_MINUTE})*${SP}$`, 'u');
const SCORERS_LINE = new RegExp(
  `^${SP}(?:(?:Top|Leading)${GAP})?(?:[Ss]corers?|Goalscorers?|Goals?|[Rr]ebounds|[Aa]ssists)${SP}:${SP}(.+)$`,
  'u',
);
// A scorer with his side in brackets and his points: "Tavares (Real Madrid) 19".
const SCORER_OF_SIDE = new RegExp(
  `^${SP}(${NAME})${SP}\\(${SP}(${NAME})${SP}\\)${GAP}\\d{1,3}(?:${GAP}points)?${SP}$`,
  'u',
);
const TEAM_SCORERS = new RegExp(`^${SP}(${NAME})${GAP}-${GAP}(.+)$`, 'u');
// A leaderboard's entry: an entrant, perhaps the country in brackets and a team ("Lando Norris (Britain)
// McLaren"), then figures (rounds and a total, a time, a height, points) and perhaps their unit.
const ENTRY = new RegExp(
  `(${NAME})(?:${SP}\\(${SP}(${NAME})${SP}\\)(?:${GAP}(${NAME}))?)?((?:${GAP}${FIGURE})+)(?:${GAP}\\p{Ll}+)?${SP}(?:,${SP}|$)`,
  'uy',
);
const LEADER_RANK = new RegExp(`^${SP}(?:${RANK}${GAP})?`, 'u');
const SEED = `(?:\\d{1,2}${GAP}-${GAP})?`;
// A draw's line: "Pete Sampras (U.S.) beat 5 - Jonathan Stark (U.S.) 6-3 7-6 (7-4)".
const PLAYER = `(${NAME})(?:${SP}\\(${SP}(${NAME})${SP}\\))?`;
const SETS = `(?:${GAP}\\d{1,2}-\\d{1,2}(?:${SP}\\(${SP}\\d{1,2}-\\d{1,2}${SP}\\))?)+`;
const BEAT = new RegExp(
  `^${SP}${SEED}${PLAYER}${GAP}(?:beat|bt|def\\.?)${GAP}${SEED}${PLAYER}${SETS}(?:${GAP}(?:retired|retd|w/o|walkover))?${SP}[.]?${SP}$`,
  'u',
);
// A fixture list's line: "KANSAS CITY AT CHICAGO", "Leeds v Everton".
const FIXTURE = new RegExp(`^${SP}(${NAME})${GAP}(?:at|AT|v|vs\\.?|V)${GAP}(${NAME})${SP}$`, 'u');
// A market's line: a share's price and its previous one in brackets ("Komercni Banka 1,080 ( 1,160 )", "CEZ 915
// ( previous 985 )"), or two prices ("Mosenergo 1.82 1.87", "Azomures 1,850 1,860 -10"), perhaps with the change.
const PRICE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CHANGE = `(?:${GAP}(?:[+-]${SP}\\d+(?:[.,]\\d+)*${SP}%?|unch(?:anged)?))?`;
// Two prices, one of them written with a decimal point or a thousands comma, or two whole ones before their change
// (not a score's or a poll's pair: "Celtic 14 11").
const FRACTIONAL = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+';
const TWO_PRICES = `(?:${FRACTIONAL})${GAP}(?:${PRICE})|(?:${PRICE})${GAP}(?:${FRACTIONAL})|\\d+${GAP}\\d+(?=${GAP}(?:[+-]|unch))`;
const PRICE_LINE = new RegExp(
  `^${SP}(${NAME})${GAP}(?:(?:${PRICE})${SP}\\(${SP}(?:previous|prev\\.?|prior)?${SP}(?:${PRICE})${SP}\\)|${TWO_PRICES})${CHANGE}${SP}$`,
  'u',
);

// The home nations play as countries, though no gazetteer lists them as such.
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland', 'republic of ireland']);
// Nations by names the lists of today's countries lack: former states, short names and the sides of a region
// ("Western Samoa", "Korea", "West Indies").
const OTHER_NATIONS = new Set(
  (
    'western samoa|yugoslavia|soviet union|ussr|czechoslovakia|east germany|west germany|zaire|rhodesia|burma|' +
    'bosnia|korea|west indies'
  ).split('|'),
);

/** Whether a name is a country ("Netherlands", "U.S.", "Wales"), which CoNLL reads as a place, as a side too. */
export function isNation(name: string): boolean {
  if (HOME_NATIONS.has(name.toLowerCase()) || OTHER_NATIONS.has(name.toLowerCase())) return true;
  const country = countryOf(name);
  return country !== undefined && lookupName(name)?.canonical === country;
}

/** A side in a table: a country is a place, any other side an organization. */
export function sideType(name: string): EntityType {
  return isNation(name) ? 'place' : 'organization';
}

// What stands in brackets after an entrant is its country, unless it is a name known as something else
// (a hockey player's club "(Edmonton)").
function isEntrantCountry(name: string): boolean {
  if (isNation(name)) return true;
  const known = lookupName(name);
  return known === undefined || (known.type === 'place' && known.strength === 'strong');
}

const at = (line: string, name: string, from: number, type: EntityType): TableName => {
  const start = line.indexOf(name, from);
  return { start, end: start + name.length, text: name, type };
};

/** The names in a line of one of the layouts, or null when the line has none of them. */
export function readTableLine(line: string): LineReading | null {
  const reading =
    standing(line) ??
    result(line) ??
    cupResult(line) ??
    scorers(line) ??
    entrants(line) ??
    fixture(line) ??
    roster(line) ??
    price(line);
  if (!reading?.names.some(isPartyRead)) return reading;
  // The party's acronym in brackets after it is no entrant's country.
  const names = reading.names.map((n, i, all) =>
    isPartyRead(n) || (i > 0 && isPartyRead(all[i - 1]) && /^\p{Lu}{2,6}$/u.test(n.text))
      ? { ...n, type: 'organization' as const }
      : n,
  );
  return { ...reading, names };
}

// A party or a body in an election's results reads like an entrant ("People's Party ( OVP ) 29.6 7", "Social
// Democrats ( SPO ) 29.1 6"): its head word or a party's plural says it is none.
const PARTY_PLURALS = new Set(['democrats', 'republicans', 'socialists', 'liberals', 'conservatives', 'greens']);

function isPartyRead(name: TableName): boolean {
  if (name.type !== 'person' || !/\s/.test(name.text)) return false;
  const last = name.text
    .split(/[ \t]+/)
    .pop()!
    .toLowerCase();
  return ORGANIZATION_HEADS.has(last) || PARTY_PLURALS.has(last);
}

// "Barcelona 10 7 2 1 22 9 23", "NEW YORK 74 58 .561 -": a side; "3. Tommy Fleetwood 69 72 68 209": a
// golfer, whose rounds (each 60 to 89) no league's figures look like. A boxer's record ("15 - 2 - 1") is no
// table's line.
function standing(line: string): LineReading | null {
  const match = STANDING.exec(line);
  if (!match || (match[2].match(/\d+/g) ?? []).length < 3 || /-[ \t]+\d/.test(match[2])) return null;
  const name = match[1];
  if (name.endsWith('.') && !/\p{Lu}\.\p{Lu}\.$/u.test(name)) return null;
  const type = /\s/.test(name) && isGolfRounds(match[2]) ? 'person' : sideType(name);
  return { family: 'standing', names: [at(line, name, match.index, type)] };
}

function isGolfRounds(figures: string): boolean {
  const all = figures
    .trim()
    .split(/[ \t]+/)
    .filter(f => f !== '=');
  const rounds = all.slice(0, -1);
  return rounds.length >= 1 && rounds.every(f => /^[6-8]\d$/.test(f)) && /^\d{2,3}$/.test(all[all.length - 1]);
}

// "Olympiakos 1 (Nikolaidis 55th) Panathinaikos 0. Halftime 0-0.", "Chicago 7 St Louis 3 (10 innings)".
function result(line: string): LineReading | null {
  const match = RESULT.exec(line);
  if (!match || match[1].endsWith('.') || match[4].endsWith('.')) return null;
  const names: TableName[] = [];
  let from = 0;
  for (const [side, goals] of [
    [match[1], match[3]],
    [match[4], match[6]],
  ]) {
    const team = at(line, side, from, sideType(side));
    names.push(team);
    from = team.end;
    if (goals === undefined) continue;
    const open = line.indexOf('(', from);
    names.push(...scorerNames(goals, open + 1, SCORER_IN_RESULT).map(s => at(line, s.text, s.start, 'person')));
    from = open + 1 + goals.length;
  }
  return { family: 'result', names };
}

// "Efes Pilsen ( Turkey ) 81 CSKA Moscow ( Russia ) 69": two clubs and their nations.
function cupResult(line: string): LineReading | null {
  const match = CUP_RESULT.exec(line);
  if (!match || !isNation(match[2]) || !isNation(match[4]) || isPlayer(match[1]) || isPlayer(match[3])) return null;
  if (!isClub(match[1]) && !isClub(match[3])) return null;
  const names: TableName[] = [];
  let from = 0;
  for (const [side, nation] of [
    [match[1], match[2]],
    [match[3], match[4]],
  ]) {
    const club = at(line, side, from, sideType(side));
    const country = at(line, nation, club.end, 'place');
    names.push(club, country);
    from = country.end;
  }
  return { family: 'result', names };
}

// A club by the lists or by its town after its name ("Real Madrid", "CSKA Moscow", "Kinder Bologna"), where a
// player of a game between two (chess, table tennis, snooker) has neither.
function isClub(side: string): boolean {
  const words = side.split(/[ \t]+/);
  if (lookupName(side)?.type === 'organization' || lists().teams.has(side.toLowerCase())) return true;
  return words.length > 1 && lookupName(words[words.length - 1])?.type === 'place';
}

// A player of a game between two (chess, tennis, snooker): a listed person, a first name, or a surname alone.
function isPlayer(side: string): boolean {
  const words = side.split(/[ \t]+/);
  const first = words[0].toLowerCase();
  return knownPerson(side) !== undefined || (words.length > 1 ? isFirstName(first) : isLastName(first));
}

/** The scorers of a list "Isak 12th, Gordon 56th pen, 80th", with offsets into it plus `offset`; `scorer` reads one. */
function scorerNames(list: string, offset: number, scorer = SCORER): TableName[] {
  const names: TableName[] = [];
  let from = 0;
  for (const item of list.split(',')) {
    const start = from;
    from += item.length + 1;
    if (/^[ \t]*\(?[ \t]*\d/.test(item)) continue;
    const match = scorer.exec(item) ?? SCORER_OF_SIDE.exec(item);
    if (!match) return [];
    const at = start + item.indexOf(match[1]);
    names.push({ start: offset + at, end: offset + at + match[1].length, text: match[1], type: 'person' });
    if (match[2] === undefined) continue;
    const side = start + item.indexOf(match[2], at - start + match[1].length);
    names.push({
      start: offset + side,
      end: offset + side + match[2].length,
      text: match[2],
      type: sideType(match[2]),
    });
  }
  return names;
}

// "Scorers: Isak 12th, Gordon 56th pen", "Juventus - Vlahovic (23rd), Yildiz (70th)".
function scorers(line: string): LineReading | null {
  const listed = SCORERS_LINE.exec(line);
  if (listed) {
    const offset = listed.index + listed[0].length - listed[1].length;
    const names = scorerNames(listed[1], offset);
    return names.length ? { family: 'scorers', names } : null;
  }
  const team = TEAM_SCORERS.exec(line);
  if (!team) return null;
  const offset = team.index + team[0].length - team[2].length;
  const names = scorerNames(team[2], offset);
  if (!names.length) return null;
  return { family: 'scorers', names: [at(line, team[1], team.index, sideType(team[1])), ...names] };
}

// "1. Ernie Els (South Africa) 70 68 69 207", "Iga Swiatek (Poland) beat Marta Kostyuk (Ukraine) 6-2 6-1".
function entrants(line: string): LineReading | null {
  const beat = BEAT.exec(line);
  if (!beat) return leaderboard(line);
  const names: TableName[] = [];
  let from = 0;
  for (const [player, country] of [
    [beat[1], beat[2]],
    [beat[3], beat[4]],
  ]) {
    const person = at(line, player, from, 'person');
    names.push(person);
    from = person.end;
    if (country === undefined || !isEntrantCountry(country)) continue;
    const place = at(line, country, from, 'place');
    names.push(place);
    from = place.end;
  }
  return { family: 'entrant', names };
}

// A leaderboard's line, one entry or more ("135 Xander Schauffele 68 67, Hideki Matsuyama (Japan) 67 68"):
// an entrant with a country in brackets, or one whose figures are a golfer's rounds.
function leaderboard(line: string): LineReading | null {
  ENTRY.lastIndex = LEADER_RANK.exec(line)![0].length;
  const entries: RegExpExecArray[] = [];
  for (let entry = ENTRY.exec(line); entry; entry = ENTRY.exec(line)) {
    entries.push(entry);
    if (ENTRY.lastIndex === line.length) break;
  }
  if (!entries.length || ENTRY.lastIndex !== line.length) return null;
  if (!entries.some(e => e[2] !== undefined) && !entries.every(e => isGolfRounds(e[4]))) return null;
  const names: TableName[] = [];
  for (const entry of entries) {
    const person = at(line, entry[1], entry.index, 'person');
    names.push(person);
    if (entry[2] === undefined) continue;
    const country = at(line, entry[2], person.end, 'place');
    if (isEntrantCountry(entry[2])) names.push(country);
    if (entry[3] !== undefined) names.push(at(line, entry[3], country.end, 'organization'));
  }
  return { family: 'entrant', names };
}

// "KANSAS CITY AT CHICAGO": both sides of a fixture.
function fixture(line: string): LineReading | null {
  const match = FIXTURE.exec(line);
  if (!match) return null;
  const home = at(line, match[1], match.index, sideType(match[1]));
  return { family: 'fixture', names: [home, at(line, match[2], home.end, sideType(match[2]))] };
}

// A list's line of a post or a town and who holds or won it, perhaps with a party's acronym: "Interior - Bozidar
// Lalovic", "Pachuca - Ernesto Gil Villegas ( PRI )". The post is no name; a town is a place.
const LABEL = `${WORD}(?:${GAP}(?:(?:and|of|del|de)${GAP})?${WORD}){0,3}`;
const HOLDER = `${WORD}(?:${GAP}(?:(?:de|del|da|van|von|bin|al)${GAP})?${WORD}){1,3}`;
const ROSTER = new RegExp(
  `^${SP}(${LABEL})${GAP}[-–—]${GAP}(${HOLDER})(?:${SP}\\(${SP}(\\p{Lu}{2,6})${SP}\\))?${SP}$`,
  'u',
);

// Posts whose word is no everyday one ("Agriculture - Ivan Petrov").
const PORTFOLIOS = new Set(
  'agriculture fisheries forestry livestock irrigation telecommunications environment privatisation privatization infrastructure aviation'.split(
    ' ',
  ),
);

function roster(line: string): LineReading | null {
  const match = ROSTER.exec(line);
  if (!match) return null;
  const [, label] = match;
  const party = match[3];
  // A title opening the holder's name is no part of it ("Ambassador Robert Hunter", "Dr Tatyana Dmitrieva").
  const titled = /^(\p{Lu}[\p{L}.]*)[ \t]+/u.exec(match[2]);
  const isTitle = (word: string) => isRoleLower(word.toLowerCase().replace(/\.$/, '')) || HONORIFIC_TOKEN.test(word);
  const holder = titled && isTitle(titled[1]) ? match[2].slice(titled[0].length) : match[2];
  const words = holder.split(/[ \t]+/);
  if (words.length < 2) return null;
  const isPersonsName =
    /\p{Ll}/u.test(holder) &&
    lookupName(holder) === undefined &&
    !words.some(w => isOrganizationHeadWord(w.toLowerCase())) &&
    !words.every(w => isCommonWord(w.toLowerCase()));
  if (!isPersonsName) return null;
  const names: TableName[] = [];
  const listed = lookupName(label)?.type;
  const town = label
    .split(/[ \t]+/)
    .every(w => /^(?:del|de)$/.test(w) || (!isCommonWord(w.toLowerCase()) && !PORTFOLIOS.has(w.toLowerCase())));
  if (listed === 'place' || listed === 'organization' || (listed === undefined && town))
    names.push(at(line, label, match.index, listed ?? 'place'));
  const person = at(line, holder, match.index + match[0].indexOf(holder, label.length), 'person');
  names.push(person);
  if (party !== undefined) names.push(at(line, party, person.end, 'organization'));
  return { family: 'roster', names };
}

// The rows of a company's results ("Shr 1.24 1.10", "Revs 320.5 298.7").
const RESULTS_ROWS = new Set([
  'shr',
  'shrs',
  'net',
  'revs',
  'eps',
  'ebit',
  'ebitda',
  'pretax',
  'avg',
  'dividend',
  'div',
]);

// A share's line names its company; a line of a country's, a commodity's or a currency's figures ("Germany 2.1
// 2.3", "Gold 385.50 386.00") or of a voter's in a poll ("Bill Clinton 52 ( 49 )") none. Whether a table of
// such lines is a market's at all is its run's to say (`isMarketTable`).
function price(line: string): LineReading | null {
  const match = PRICE_LINE.exec(line);
  if (!match) return null;
  // A share's class is no part of its company's name ("Petrobras PN 21.50 21.80").
  const name = match[1].replace(/[ \t]+(?:PNA|PNB|PN|ON|UNT|CPO|L|B)$/, '');
  if (isIndexName(name)) return null;
  const words = name.split(/[ \t]+/);
  if (knownPerson(name) !== undefined || (words.length > 1 && isFirstName(words[0].toLowerCase()))) return null;
  if (isNation(name) || lookupName(name)?.type === 'place') return null;
  if (words.length === 1 && (isCommonWord(name.toLowerCase()) || RESULTS_ROWS.has(name.toLowerCase()))) return null;
  return { family: 'price', names: [at(line, name, 0, 'organization')] };
}

// A market table's heading: its columns ("Issue Close Previous Change") or its shares ("PRAGUE STOCKS - Closing
// prices"), not a commodity's, a currency's or a sport's.
const MARKET_HEADING =
  /^(?=.*\b(?:[Ii]ssues?|[Ss]hares?|[Ss]tocks?|STOCKS|SHARES|[Bb]ourse|BOURSE|[Ee]xchange|EXCHANGE|Company[ \t]+Last)\b)(?!.*\b(?:crude|oil|gold|coffee|cocoa|sugar|grain|metals?|currenc\w*|rates?|bonds?|futures|per share)\b)/u;

/**
 * Whether a run of price lines is a market's shares: its heading says so, or one of its names is a company the
 * lists know or one by its head word or legal form ("Lukoil", "OTP Bank", "SPT Telecom"), where a table of times,
 * points, rainfall, currencies or indices has none ("Bailey 9.98 9.91", "Moree 12.4 8.2", "Nikkei 17,250").
 */
export function isMarketTable(names: readonly string[], heading = ''): boolean {
  if (MARKET_HEADING.test(heading)) return true;
  return names.some(name => {
    const words = name.split(/[ \t]+/);
    const last = words[words.length - 1].toLowerCase();
    const byItsEnd = words.length > 1 && (isOrganizationHeadWord(last) || COMPANY_SUFFIXES.has(last));
    return lookupName(name)?.type === 'organization' || byItsEnd;
  });
}

// An entrant before a nation in brackets: "Coco Gauff (United States) def.", "Ernie Els ( South Africa ) 68".
const NATION_IN_BRACKETS = /^[ \t]*\([ \t]*(\p{Lu}[\p{L}. ]{1,30}?)[ \t]*\)/u;

/** Whether a name of two or three words that opens with a person's name stands before a nation in brackets. */
export function isEntrantBeforeNation(text: string, name: Span & { type: string }): boolean {
  const words = name.text.split(/[ \t]+/);
  const first = words[0].toLowerCase();
  if (name.type === 'person' || words.length < 2 || words.length > 3) return false;
  const personal = isFirstName(first) || (lists().peopleNames.has(first) && !isCommonWord(first));
  if (!personal || lookupName(name.text) !== undefined || lookupName(words[0]) !== undefined) return false;
  const nation = NATION_IN_BRACKETS.exec(text.slice(name.end, name.end + 40))?.[1];
  return nation !== undefined && isNation(nation);
}
