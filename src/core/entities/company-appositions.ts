// A name right after the noun that says what it is ("British retailer Kingfisher", "chemicals group Hoechst",
// "Dutch club Ajax") names an organization, whatever the look of its words says.
import type { Span } from '../types';
import { isFirstName } from '../text/lexicon';
import { countryOf } from './gazetteer';

// Nouns a newswire writes before a company's, an outlet's or a club's name; not "spokesman", "chief" or
// "director", which come before a person's.
const ORGANIZATION_NOUNS = new Set(
  (
    'company firm group retailer maker manufacturer carrier airline lender insurer broker brokerage ' +
    'conglomerate chain producer supplier operator publisher newspaper daily tabloid magazine ' +
    'broadcaster network studio club outfit label distributor automaker carmaker drugmaker chipmaker ' +
    'refiner miner utility developer'
  ).split(' '),
);

/** Whether a name read as a person or a place follows such a noun and is no full personal name or country. */
export function followsOrganizationNoun(text: string, name: Span & { type: string }): boolean {
  if (name.type === 'organization' || countryOf(name.text) !== undefined) return false;
  const words = name.text.split(/\s+/);
  if (name.type === 'person' && words.length > 1 && isFirstName(words[0].toLowerCase())) return false;
  const before = /(?:^|[^\p{L}])(\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, name.start - 30), name.start));
  return before !== null && ORGANIZATION_NOUNS.has(before[1]);
}
