// A name glued to a participle by a hyphen ("California-based", "Hamas-run", "Iran-backed") is the name alone;
// the compound is a modifier, not a body ("the California-based company").
import type { ScoredMention } from './learned/tag';
import { actorKey } from '../actors/actor-key';
import { lookupName, isCountryDemonym } from './gazetteer';
import { isDemonym } from '../text/lexicon';

const PARTICIPLE =
  /-(?:based|born|run|led|backed|owned|funded|controlled|held|made|bred|raised|registered|listed|headquartered)$/i;
// Where a company, a person or a thing is based or born is a place.
const OF_PLACES = /-(?:based|born|bred|raised|registered|headquartered)$/i;

/** The mention without its participle, typed by what its name is; none when the name is a people's. */
export function withoutParticiple(m: ScoredMention): ScoredMention[] {
  const suffix = PARTICIPLE.exec(m.text);
  if (!suffix) return [m];
  const text = m.text.slice(0, suffix.index);
  if (text.length < 2 || isDemonym(text.toLowerCase()) || isCountryDemonym(text)) return [];
  const known = lookupName(text);
  const type = known?.type ?? (OF_PLACES.test(m.text) ? 'place' : m.type);
  const key = actorKey(type, known?.type === type ? known.canonical : text);
  return [{ ...m, end: m.start + text.length, text, type, actorKey: key }];
}
