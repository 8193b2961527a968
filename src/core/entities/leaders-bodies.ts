// A leader's name before the body he led is the person, and the body no name of its own ("the Bush
// administration", "the Obama Administration", "the Clinton White House"): CoNLL's convention.
import type { Span } from '../types';
import { actorKey } from '../actors/actor-key';
import { isDemonym, lexiconTags } from '../text/lexicon';
import { isCountryDemonym, isSureName, lookupName } from './gazetteer';
import { overlappingSorted } from '../text/spans';
import type { ScoredMention } from './learned/tag';
import { CONVENTION_SCORE } from './conventions';

// Up to three capitalised words, then the body; the words are tried from the longest name down ("The Bush").
const BEFORE_BODY =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]+(administration|Administration|presidency|Presidency|White House|government|Government|cabinet|Cabinet|era)(?![\p{L}\p{N}])/gu;
// Only a president's or a governor's name is written capitalised before these in lower case ("the Bush
// administration"); a government or a cabinet may be a party's or a city's ("the Labour government").
const LEADERS_ONLY = new Set(['administration', 'presidency']);
// The endings of adjectives made from names, which no list holds whole ("Kurdish", "Islamic", "Maltese").
const ADJECTIVE_ENDING = /(?:ish|ese|ic|ist)$/;
// A party's or a tier's word before a body is no leader ("the Democratic administration"); adjectives the
// lexicon knows as such ("Republican", "Interim") are left out by their tag.
const AFFILIATIONS = new Set([
  'democratic',
  'democrat',
  'conservative',
  'labour',
  'labor',
  'tory',
  'green',
  'federal',
  'transitional',
  'local',
  'provincial',
  'municipal',
]);

/** The mentions (in text order, never overlapping) with the leaders named before their bodies read as persons. */
export function withLeadersBeforeBodies(text: string, mentions: readonly ScoredMention[]): ScoredMention[] {
  const persons = personNames(mentions);
  const dropped = new Set<number>();
  const added: ScoredMention[] = [];
  for (const match of text.matchAll(BEFORE_BODY)) {
    const namesEnd = match.index + match[1].length;
    // "Nixon's presidency": the name without the possessive.
    const end = namesEnd - (/['’]s$/.exec(match[1])?.[0].length ?? 0);
    for (const word of match[1].matchAll(/[^ \t]+/g)) {
      const start = match.index + word.index;
      const leader = { start, end, text: text.slice(start, end) };
      const named = persons.get(oneSpaced(leader.text));
      const evident =
        isPersonWord(leader.text) || (LEADERS_ONLY.has(match[2]) && isLeaderWord(text, start, leader.text));
      if (!named && !evident) continue;
      const bodyEnd = match.index + match[0].length;
      const body = { start: bodyEnd - match[2].length, end: bodyEnd, text: match[2] };
      const edit = leaderEdit(mentions, leader, body, named);
      edit?.drop.forEach(i => dropped.add(i));
      added.push(...(edit?.add ?? []));
      break;
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((_, i) => !dropped.has(i)), ...added].sort((a, b) => a.start - b.start);
}

/** The persons of the article by full name and by surname, each with the mention that names them. */
function personNames(mentions: readonly ScoredMention[]): Map<string, ScoredMention> {
  const names = new Map<string, ScoredMention>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    names.set(oneSpaced(m.text), m);
    const words = m.text.split(/\s+/);
    if (words.length > 1 && !names.has(words[words.length - 1])) names.set(words[words.length - 1], m);
  }
  return names;
}

const oneSpaced = (name: string) => name.replace(/\s+/g, ' ');

// A leader's name the article names nowhere else is known by the lexicon ("Nixon", "Clinton"), unless the
// word is a place's or a body's too ("the Jordan government", "the Victoria cabinet").
function isPersonWord(name: string): boolean {
  if (/\s/.test(name) || isSureName(name)) return false;
  return /Person|LastName/.test(String(lexiconTags(name.toLowerCase()) ?? ''));
}

// A word within the sentence (its capital is the name's) that is no place, body or nationality known by that name ("the Kabul
// administration", "the Kurdish administration").
function isLeaderWord(text: string, start: number, name: string): boolean {
  const lower = name.toLowerCase();
  if (/\s/.test(name) || isSureName(name) || isCountryDemonym(name) || isDemonym(lower)) return false;
  if (
    AFFILIATIONS.has(lower) ||
    ADJECTIVE_ENDING.test(lower) ||
    /Adjective|Comparative|Superlative/.test(String(lexiconTags(lower) ?? ''))
  )
    return false;
  const before = text.slice(Math.max(0, start - 8), start).replace(/[ \t"'’“”`(]+$/u, '');
  return before !== '' && !/[.!?:\n]$/.test(before);
}

/**
 * `mentions` with `leader` as a person: added where nothing was read, retyped where the model read it as
 * another type, cut out of a name that ran on through the body ("Obama Administration"), which keeps its own
 * type when it is a name by itself ("Clinton" | "White House"); a longer name that holds the leader
 * ("National Oceanic and Atmospheric Administration") stands.
 */
function leaderEdit(
  mentions: readonly ScoredMention[],
  leader: Span,
  body: Span,
  person: ScoredMention | undefined,
): { drop: number[]; add: ScoredMention[] } | undefined {
  const over = overlappingSorted(mentions, leader);
  const first = over.length ? mentions[over[0]] : undefined;
  if (over.length > 1 || (first && (first.start < leader.start || first.end > body.end))) return undefined;
  if (first?.type === 'person' && first.end === leader.end) return undefined;
  // A place the model read that the gazetteer knows is that place, whoever bears its name ("Jordan").
  if (first?.type === 'place' && (lookupName(first.text) ?? lookupName(leader.text))?.type === 'place')
    return undefined;
  const score = first?.score ?? person?.score ?? CONVENTION_SCORE;
  const key = person?.actorKey ?? actorKey('person', leader.text);
  const add: ScoredMention[] = [{ ...first, ...leader, type: 'person', actorKey: key, score }];
  const known = lookupName(body.text);
  if (known && first && first.end > leader.end && overlappingSorted(mentions, body).every(i => i === over[0]))
    add.push({ ...body, type: known.type, actorKey: actorKey(known.type, known.canonical), score });
  return { drop: over, add };
}
