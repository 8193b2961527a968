// The word lists the learned tagger reads besides the core's gazetteer, loaded on first use: company words,
// people's name parts, colleges, brands (data/name-lists.json), team nicknames, and the words that end or
// follow organizations' names.
import { isOrganizationHeadWord, PLACE_HEADS } from '../head-words';
import nameLists from '../../data/name-lists.json';
import sportsTeams from '../../data/sports-teams.json';

let companies: Set<string> | undefined;
let peopleNames: Set<string> | undefined;
let colleges: Set<string> | undefined;
let teams: Set<string> | undefined;
let brands: Set<string> | undefined;

/** Brands of shops, banks, restaurants, hotels ("waitrose", "rite aid"), lower case as written. */
export function brandNames(): Set<string> {
  brands ??= new Set(nameLists.brands.split('\n'));
  return brands;
}

/** Company words, parts of people's names, one-word colleges, team nicknames (lower case). */
export function lists(): {
  companies: Set<string>;
  peopleNames: Set<string>;
  colleges: Set<string>;
  teams: Set<string>;
} {
  companies ??= new Set(nameLists.companies.split(' '));
  peopleNames ??= new Set(nameLists.peopleNames.split(' '));
  colleges ??= new Set(nameLists.colleges.split(' '));
  teams ??= new Set(sportsTeams.nicknames);
  return { companies, peopleNames, colleges, teams };
}

// Words that end names of organizations beside the rules' head words, read by the tagger only (the rules
// keep theirs): a crime family, a clinic, a sports conference, a police precinct.
export const ORGANIZATION_TAILS = new Set(
  (
    'family families clinic clinics conference society program programme precinct advisors advisers foods ' +
    'stores brands publishing publications productions pictures films institution institutions ' +
    'commandos gang cartel syndicate mafia'
  ).split(' '),
);

// Lower-case nouns that say the capitalised words before them name an organization ("the Genovese crime
// family", "a Waitrose supermarket", "the Interior and Commerce departments").
export const ORGANIZATION_NOUNS = new Set(
  (
    'departments ministries agencies companies firms banks parties clan clans supermarket supermarkets chain ' +
    'retailer retailers newspaper newspapers tabloid broadcaster network channel magazine firm brand studio ' +
    'label outfit team teams squad crew mob gang gangs cartel'
  ).split(' '),
);

/** What the last word of a name says it names: "org", "place", "tail" (an organization, for the tagger only) or "". */
export const headKind = (last: string): string =>
  isOrganizationHeadWord(last) ? 'org' : PLACE_HEADS.has(last) ? 'place' : ORGANIZATION_TAILS.has(last) ? 'tail' : '';
