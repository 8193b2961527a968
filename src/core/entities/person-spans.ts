// A person's name drawn as the CoNLL conventions draw it: initials before it and a generation after it are
// the name's ("W. Mark Felt", "Tony White, Jr."), a title before it and an honour after it are not ("Insp
// Gaskin", "Anthony Russell QC"), and two halves of one name read apart are one ("Sharron Diane Crawford Smith").
import type { Span } from '../types';
import { findCredits } from '../text/credits';
import { actorKey } from '../actors/actor-key';
import { isCommonWord, isDemonym, isFirstName } from '../text/lexicon';
import { isCountryDemonym, lookupName } from './gazetteer';
import { isRoleLower } from './titles';
import type { ScoredMention } from './learned/tag';

// Titles written in short or as a courtesy ("Mr", "Insp", "Miss"): the longer role nouns ("Minister",
// "Chief") are the rules' and the model's to leave out.
// Malaysia's honours are titles too ("Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim").
const HONORIFIC =
  /^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Rev|Fr|Insp|Det|Supt|Sgt|Cpl|Pte|Cllr)\.?|Tan[ \t]+Sri|Puan[ \t]+Sri|(?:Datuk|Dato['’]?)(?:[ \t]+S(?:e)?ri)?|Datin|Tun)[ \t]+(?=\p{Lu})/u;
const HONOUR = /,?[ \t]+(?:QC|KC|SC|MP|MEP|MSP|MLA|TD|OBE|MBE|CBE|KBE|DBE|PhD|Esq\.?)$/u;
const GENERATIONS = String.raw`(?:Jr\.?|Sr\.?|II|III|IV|V)`;
/** A generation, one word written after a surname ("Anthony LaCalamita III", "Tony White, Jr."). */
export const GENERATION = new RegExp(`^${GENERATIONS}$`);
const GENERATION_AFTER = new RegExp(String.raw`^,?[ \t]+${GENERATIONS}(?![\p{L}\p{N}])`, 'u');
// One initial or more ("J. R. R.") right before the name, not themselves after a letter or a dot ("D.C.
// Mark") nor after a capitalised word whose sentence they may end ("Plan B. Mark").
const INITIALS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’])(?<!\p{Lu}\.[ \t]*)(?<!(?:^|[^\p{L}'’-])\p{Lu}[\p{L}'’-]*[ \t]+)` +
    String.raw`((?:\p{Lu}\.[ \t]*)+)[ \t]+$`,
  'u',
);

// Particles of a surname, written in lower case inside a name ("van der", "de la", "dos").
const PARTICLES = String.raw`(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ter|ten|arap|wa|bin|ibn|ap|ur)`;
const PARTICLE_SURNAME_AFTER = new RegExp(String.raw`^(?:[ \t]+${PARTICLES}){1,2}[ \t]+\p{Lu}[\p{L}'’-]*\p{L}`, 'u');
// … and before a surname read alone, in the middle of a sentence ("said van Mierlo").
const PARTICLES_BEFORE = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}'’-])\p{Ll}[\p{Ll}'’-]*[ \t]+)(${PARTICLES}(?:[ \t]+${PARTICLES})?[ \t]+)$`,
  'u',
);

/** The mentions (in text order, never overlapping) with each person's span drawn again. */
export function withPersonSpans(text: string, mentions: readonly ScoredMention[]): ScoredMention[] {
  const drawn: ScoredMention[] = [];
  let credits: Span[] | undefined;
  const inCredit = (m: ScoredMention) => (credits ??= findCredits(text)).some(c => c.start < m.end && m.start < c.end);
  for (const m of mentions) {
    const last = drawn[drawn.length - 1];
    if (last && isOneName(text, last, m) && !inCredit(m)) {
      const whole = text.slice(last.start, m.end);
      drawn[drawn.length - 1] = trimmed({ ...last, end: m.end, text: whole, actorKey: actorKey('person', whole) });
      continue;
    }
    // A title read as a person of its own right before the name is no name ("Sheriff" | "Lee Baca").
    if (last && isTitleBefore(text, last, m)) drawn.pop();
    drawn.push(m.type === 'person' ? trimmed(m) : m);
  }
  const extendedSpans = drawn.map((m, i) => (m.type === 'person' ? extended(text, m, drawn[i - 1], drawn[i + 1]) : m));
  // A generation read as a name of its own ("Anthony LaCalamita" | "III") is now inside the name before it.
  return extendedSpans.filter((m, i) => i === 0 || extendedSpans[i - 1].end <= m.start);
}

// A person read right after another with only a space between is the rest of the name, unless the first is
// a title or a word that is not a name ("Sheriff" | "Jerry Ortiz", "Court Clerk" | "Dan Fallon") or the
// second a photo's credit after its caption ("… Igor Morgulov" | "Vladimir Gerdo/TASS").
function isTitleBefore(text: string, first: ScoredMention, second: ScoredMention): boolean {
  return (
    first.type === 'person' &&
    second.type === 'person' &&
    /^[ \t]$/.test(text.slice(first.end, second.start)) &&
    first.text.split(/\s+/).every(w => isRoleLower(w.toLowerCase().replace(/\.$/, '')))
  );
}

function isOneName(text: string, first: ScoredMention, second: ScoredMention): boolean {
  return (
    first.type === 'person' &&
    second.type === 'person' &&
    /^[ \t]$/.test(text.slice(first.end, second.start)) &&
    first.text.split(/\s+/).every(w => !isCommonWord(w.toLowerCase()) && !isRoleLower(w.toLowerCase()))
  );
}

function trimmed(m: ScoredMention): ScoredMention {
  let { start, text } = m;
  const title = HONORIFIC.exec(text);
  if (title) {
    start += title[0].length;
    text = text.slice(title[0].length);
  }
  const nationality = leadingNationality(text);
  if (nationality) {
    start += nationality;
    text = text.slice(nationality);
  }
  const honour = HONOUR.exec(text);
  if (honour && /\s/.test(text.slice(0, honour.index))) text = text.slice(0, honour.index);
  if (text === m.text) return m;
  const key = m.actorKey === actorKey('person', m.text) ? actorKey('person', text) : m.actorKey;
  return { ...m, start, end: start + text.length, text, actorKey: key };
}

// A nationality before a person's name is MISC, not the name's ("Uruguayan Juan Carlos de los Santos", "South
// African Hennie van der Merwe", "Argentine Crespo"): how many characters it takes, with the space after it. A
// first name that is also a nationality stays before a surname ("Roman Polanski").
function leadingNationality(name: string): number {
  const words = name.split(' ');
  for (const n of [2, 1]) {
    const phrase = words.slice(0, n).join(' ');
    if (words.length - n < 1 || !(isCountryDemonym(phrase) || (n === 1 && isDemonym(phrase.toLowerCase())))) continue;
    const firstName = isFirstName(phrase.toLowerCase());
    if (firstName && (words.length - n < 2 || !isFirstName(words[n].toLowerCase()))) return 0;
    return phrase.length + 1;
  }
  return 0;
}

// The initials and generation add nothing to who the person is: the key stays ("Mark Felt" is "W. Mark Felt").
function extended(
  text: string,
  m: ScoredMention,
  before: ScoredMention | undefined,
  after: ScoredMention | undefined,
): ScoredMention {
  let { start, end } = m;
  const initials = /\p{Ll}/u.test(m.text) ? INITIALS.exec(text.slice(Math.max(0, start - 40), start)) : null;
  if (initials) {
    const from = start - initials[0].length;
    const known = lookupName(initials[1].replace(/\s+/g, ''));
    if (!known && (!before || before.end <= from)) start = from;
  }
  // A surname's particles in lower case: "Elna" | "van der Merwe" read apart, "van Mierlo" read as "Mierlo".
  const surname = PARTICLE_SURNAME_AFTER.exec(text.slice(end, end + 40));
  // The surname may have been read as a person of its own ("Daniel" | "arap" | "Moi"); it is dropped below.
  const surnameEnd = surname ? end + surname[0].length : end;
  const surnameRead = after?.type === 'person' && after.end === surnameEnd;
  if (surname && isFirstName(m.text.toLowerCase()) && (!after || after.start >= surnameEnd || surnameRead))
    end = surnameEnd;
  const particles = !/\s/.test(m.text) ? PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 20), start)) : null;
  if (particles && (!before || before.end <= start - particles[1].length)) start -= particles[1].length;
  const generation = /\s/.test(m.text) ? GENERATION_AFTER.exec(text.slice(end, end + 8)) : null;
  const to = end + (generation?.[0].length ?? 0);
  if (generation && (!after || after.start >= to || (after.end === to && after.type === 'person'))) end = to;
  if (start === m.start && end === m.end) return m;
  const whole = text.slice(start, end);
  // A first name given its surname is keyed by the whole name; initials and particles before keep the key.
  const rekeyed = surname && end > m.end && m.actorKey === actorKey('person', m.text);
  return { ...m, start, end, text: whole, actorKey: rekeyed ? actorKey('person', whole) : m.actorKey };
}
