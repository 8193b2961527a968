// Korean and Cantonese names as the English-language press writes them: a one-syllable family name, then a
// given name of two syllables joined by a hyphen ("Jun Young-hyun", "Ho Wing-lun"), perhaps after an English
// first name ("Gary Chan Hak-kan"). The hyphenated syllables look like no English word, so a tagger may read
// half the name or none of it.
import type { EntityType, Span } from '../types';
import { isCommonWord } from '../text/lexicon';

// Family names common in Korea, Hong Kong, Macau and Singapore, as romanised in their press.
const FAMILY_NAMES = new Set(
  (
    'Kim Lee Park Choi Jung Jeong Jun Jeon Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo ' +
    'Hong Ko Moon Yang Son Bae Baek Heo Nam Min Bang Noh Roh Ha Kwak Sung Cha Joo Woo Ryu Yeo Chun Chung Koo ' +
    'Chan Wong Lam Cheung Leung Ho Ng Tang Tse Yip Chow Chau Lau Kwok Fung Mak Lai Cheng Tsang Yeung Siu Chu Hui ' +
    'Choy Tam Tong Lo Law Ma Poon Sze Wan Yau Yuen Kam Ip Au Lui Mok Pang Kwan Liu Tsui Chiu Man Fok'
  ).split(' '),
);
// A given name of two syllables joined by a hyphen, the second in lower case: "Young-hyun", "Hak-kan".
const GIVEN = String.raw`\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}`;
const FAMILY_THEN_GIVEN = new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{1,4})[ \t]+${GIVEN}(?![\p{L}-])`, 'gu');

/**
 * The persons so named that no person of `persons` holds whole: each family name before a hyphenated given name,
 * with the English first name a person read before it ("Gary Chan" of "Gary Chan Hak-kan"). In text order.
 */
export function eastAsianNames(text: string, persons: readonly Span[]): (Span & { type: EntityType })[] {
  const found: (Span & { type: EntityType })[] = [];
  for (const match of text.matchAll(FAMILY_THEN_GIVEN)) {
    const given = match[0].slice(match[1].length).trim().toLowerCase().split('-');
    // "Man Made-in", "Song Well-known": English words joined, no given name.
    if (!FAMILY_NAMES.has(match[1]) || given.every(isCommonWord)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (persons.some(p => p.start <= start && p.end >= end)) continue;
    const longer = persons.find(p => p.start < start && p.end === start + match[1].length);
    const from = longer ? longer.start : start;
    found.push({ start: from, end, text: text.slice(from, end), type: 'person' });
  }
  return found;
}
