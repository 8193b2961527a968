// Turns a name into the key that identifies an actor: type plus a case-, accent- and punctuation-free form.
import type { EntityType } from '../types';
import { foldAccentsAndCase } from '../text/fold';

/** `North Korea’s` → `north-korea`; `U.S.` → `us`; keeps letters of any script. */
export function normalizeName(name: string): string {
  return foldAccentsAndCase(name)
    .replace(/['’]s$/, '')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const PERSON_PREFIX = 'person:';

export function actorKey(type: EntityType, name: string): string {
  const key = normalizeName(name);
  if (type === 'person') return `${PERSON_PREFIX}${foldTransliteration(key)}`;
  return `${type}:${foldSpelling(key)}`;
}

/** The name part of a person's key (`person:sergei-lavrov` → `sergei-lavrov`); null for any other key. */
export function personKeyName(key: string): string | null {
  return key.startsWith(PERSON_PREFIX) ? key.slice(PERSON_PREFIX.length) : null;
}

// British and American spellings of the words names are made of: "Promises Treatment Centre" is the
// "Promises Treatment Center" of another article.
const AMERICAN_SPELLINGS: Record<string, string> = {
  centre: 'center',
  centres: 'centers',
  theatre: 'theater',
  defence: 'defense',
  organisation: 'organization',
  harbour: 'harbor',
  labour: 'labor',
  programme: 'program',
  councillors: 'councilors',
};

function foldSpelling(key: string): string {
  return key
    .split('-')
    .map(word => AMERICAN_SPELLINGS[word] ?? word)
    .join('-');
}

// Russian and other names reach English in several spellings: Sergey/Sergei, Alexei/Aleksey,
// Dmitriy/Dmitry. The key spells them one way; the name shown keeps the writer's spelling.
function foldTransliteration(key: string): string {
  return key
    .replace(/(?<=[aeiou])x(?=[aeiou])/g, 'ks')
    .replace(/ey(?=-|$)/g, 'ei')
    .replace(/iy(?=-|$)/g, 'i')
    .replace(/(?<=[^aeiou-])y(?=-|$)/g, 'i');
}
