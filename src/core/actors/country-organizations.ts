// Organizations named with their country: "Russia's General Staff" and "the Russian General Staff" are one
// actor, "North Korea's Foreign Ministry" and "Japan's Foreign Ministry" two. A bare "Foreign Ministry"
// belongs to the country its article makes clear (a possessive or adjective before it, an earlier mention
// of the same body with its country, the dateline); otherwise it stays within its article.
import type { Mention } from '../types';
import { isCommonWord } from '../text/lexicon';
import { fnv1a32 } from '../text/hash';
import { countryOf } from '../entities/gazetteer';
import { ORGANIZATION_HEADS } from '../entities/head-words';
import { normalizeName } from './actor-key';

// "Russia's ", "Russia’s ", "Russian ": a country's possessive or adjective right before a name.
const COUNTRY_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s+$/u;
const LEADING_THE = /^(?:the|The)\s+/;

/** A name made only of everyday words ("Foreign Ministry", "General Staff", "Supreme Court"): one such body per country. */
function isGenericBody(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.every(
      w =>
        /^(?:of|and|for|the)$/.test(w) ||
        (/^\p{Lu}/u.test(w) && (isCommonWord(w.toLowerCase()) || ORGANIZATION_HEADS.has(w.toLowerCase()))),
    ) && words.some(w => /^\p{Lu}/u.test(w))
  );
}

/** The country the first words of a name give ("Russian General Staff" → Russia, "General Staff") and the rest. */
function countryInName(name: string): { country: string; body: string } | undefined {
  const words = name.replace(LEADING_THE, '').split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = countryOf(words.slice(0, n).join(' '));
    const body = words.slice(n).join(' ');
    if (country && isGenericBody(body)) return { country, body };
  }
  return undefined;
}

/** The country of the dateline ("MOSCOW (Reuters) -", "SEOUL, South Korea —"), if the article opens with one. */
function datelineCountry(text: string): string | undefined {
  const dateline = /^\s*([\p{Lu}][\p{Lu}\p{Ll}. -]*?)(?:,\s*([\p{L}. ]+?))?\s*(?:\(|—|–|-)/u.exec(text.slice(0, 120));
  if (!dateline || dateline[1] !== dateline[1].toUpperCase()) return undefined;
  return (dateline[2] && countryOf(dateline[2])) || countryOf(dateline[1]);
}

/** A short stable tag of the article, so that a body whose country is unknown keys apart from other articles'. */
function articleTag(text: string): string {
  return fnv1a32(text).toString(36);
}

export function keyOrganizationsByCountry(text: string, mentions: Mention[]): Mention[] {
  const lastCountryOf = new Map<string, string>(); // body key → the country it last had in this article
  let dateline: string | undefined | null = null;
  let tag: string | undefined; // hashed once: per mention, a long article's hash was quadratic
  return mentions.map(m => {
    if (m.type !== 'organization') return m;
    const name = m.text.replace(LEADING_THE, '');
    let country: string | undefined;
    let body = name;
    const inName = countryInName(name);
    if (inName) ({ country, body } = inName);
    else if (isGenericBody(name)) {
      const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start).replace(/\bthe\s+$/i, ''));
      country = before ? countryOf(before[1]) : undefined;
    } else return m;
    const bodyKey = normalizeName(body);
    if (!country) country = lastCountryOf.get(bodyKey);
    if (!country) {
      if (dateline === null) dateline = datelineCountry(text);
      country = dateline;
    }
    // One word ("Senate", "Parliament") is too often the name itself to keep it within the article.
    if (!country)
      return /\s/.test(body) ? { ...m, actorKey: `organization:${bodyKey}@${(tag ??= articleTag(text))}` } : m;
    lastCountryOf.set(bodyKey, country);
    return { ...m, actorKey: `organization:${normalizeName(country)}-${bodyKey}` };
  });
}
