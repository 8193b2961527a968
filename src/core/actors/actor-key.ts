// Turns a name into the key that identifies an actor: type plus a case-, accent- and punctuation-free form.
import type { EntityType } from '../types';

/** `North Korea’s` → `north-korea`; `U.S.` → `us`; keeps letters of any script. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    // Accents off Latin letters only ("Zürich" = "Zurich"); in other scripts a mark can make another letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function actorKey(type: EntityType, name: string): string {
  return `${type}:${normalizeName(name)}`;
}
