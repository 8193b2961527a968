// The words that end names of organizations and places: "Foreign Ministry", "Korean Peninsula".
import type { Token } from '../text/tokenize';

// The last word of an organization's name usually says what it is.
export const ORGANIZATION_HEADS = new Set([
  'ministry', 'agency', 'party', 'army', 'navy', 'council', 'committee', 'commission', 'bank', 'university', 'college',
  'institute', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'group',
  'association', 'union', 'court', 'department', 'office', 'police', 'forces', 'force', 'guard', 'service', 'services',
  'company', 'foundation', 'organization', 'organisation', 'fund', 'airlines', 'airways', 'federation', 'league', 'club',
  'bureau', 'authority', 'administration', 'assembly', 'parliament', 'cabinet', 'government', 'front', 'movement', 'brigade',
  'brigades', 'corps', 'staff', 'network', 'times', 'post', 'journal', 'herald', 'tribune', 'news', 'television', 'tv', 'radio',
  'press', 'media', 'systems', 'technologies', 'technology', 'holdings', 'partners', 'motors', 'energy', 'petroleum',
  'pharmaceuticals', 'laboratories', 'labs', 'industries', 'entertainment', 'studios', 'records', 'magazine', 'daily',
  'gazette', 'telegraph', 'observer', 'monitor', 'telecom', 'communications', 'capital', 'securities', 'insurance',
  'group', 'alliance', 'coalition', 'tribunal', 'senate', 'congress', 'secretariat', 'directorate', 'command', 'fc', 'united',
  'academy', 'school', 'church', 'synod', 'board', 'chamber', 'society', 'trust', 'exchange', 'reserve', 'treasury',
]);
// ... and of a place's: "Korean Peninsula", "Narita Airport", "Gaza Strip".
export const PLACE_HEADS = new Set([
  'peninsula', 'island', 'islands', 'strait', 'sea', 'ocean', 'river', 'mountains', 'mountain', 'valley', 'province',
  'region', 'county', 'city', 'gulf', 'bay', 'lake', 'desert', 'airport', 'stadium', 'square', 'street', 'avenue', 'road',
  'bridge', 'hospital', 'canal', 'coast', 'heights', 'plateau', 'basin', 'district', 'prefecture', 'oblast', 'territory',
  'territories', 'village', 'town', 'park', 'palace', 'base', 'port', 'harbor', 'harbour', 'station', 'prison', 'center',
  'centre', 'arena', 'hall', 'cathedral', 'mosque', 'temple', 'plaza', 'highway', 'state', 'states',
]);

/** A word that ends an organization's or a place's name ("Ministry", "Peninsula"). */
export function isNameHead(token: Token): boolean {
  return ORGANIZATION_HEADS.has(token.lower) || PLACE_HEADS.has(token.lower);
}
