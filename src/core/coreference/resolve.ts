// Resolves pronouns and short descriptions ("he", "it", "the ministry", "the minister", "the 45-year-old")
// to an actor named earlier in the article, only where the text leaves one candidate: a mention is
// left unresolved rather than guessed between two people.
import type { Coreference, Mention } from '../types';
import type { TokenizedText } from '../text/tokenize';
import { tagsOf } from '../events/words';

const PERSON_PRONOUNS = new Map<string, 'male' | 'female'>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['herself', 'female'],
  ['hers', 'female'],
]);
// "It" refers to a country, a city or an organization ("Pyongyang claimed it had carried out…").
const THING_PRONOUNS = new Set(['it', 'its', 'itself']);
// Heads of descriptions of an organization, matched against the words of its name.
const ORGANIZATION_HEADS = new Set([
  'ministry',
  'agency',
  'company',
  'firm',
  'group',
  'party',
  'department',
  'court',
  'committee',
  'council',
  'government',
  'army',
  'military',
  'police',
  'club',
  'team',
  'bank',
  'university',
  'network',
  'union',
]);
// Heads of descriptions of a person, matched against the title words before the name.
const PERSON_HEADS = new Set([
  'minister',
  'president',
  'chancellor',
  'senator',
  'governor',
  'mayor',
  'secretary',
  'actress',
  'actor',
  'singer',
  'star',
  'director',
  'coach',
  'player',
  'spokesman',
  'spokeswoman',
  'chief',
  'general',
  'ambassador',
  'envoy',
  'leader',
  'premier',
  'prime',
  'judge',
  'suspect',
  'victim',
  'officer',
  'man',
  'woman',
]);
// How far back a pronoun looks for its antecedent: the sentence and the two before it.
const SENTENCE_WINDOW = 2;

export function resolveCoreferences(doc: TokenizedText, entities: Mention[]): Coreference[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const found: Coreference[] = [];
  // The names of the window, kept by two moving pointers: linear in the article's length.
  let from = 0;
  let to = 0;
  doc.sentences.forEach((sentence, s) => {
    const windowStart = doc.sentences[Math.max(0, s - SENTENCE_WINDOW)].start;
    while (from < sorted.length && sorted[from].start < windowStart) from++;
    for (let i = sentence.first; i < sentence.last; i++) {
      const token = doc.tokens[i];
      if (
        token.kind !== 'word' ||
        !(PERSON_PRONOUNS.has(token.lower) || THING_PRONOUNS.has(token.lower) || token.lower === 'the')
      )
        continue;
      while (to < sorted.length && sorted[to].end <= token.start) to++;
      const before = sorted.slice(from, to).filter(e => e.end <= token.start);
      const antecedent = resolvePronoun(token.lower, before, sentence.start);
      const resolved = antecedent
        ? {
            start: token.start,
            end: token.end,
            text: token.text,
            actorKey: antecedent.actorKey,
            kind: 'pronoun' as const,
          }
        : resolveDescription(doc, i, before);
      if (resolved) found.push(resolved);
    }
  });
  return found;
}

function resolvePronoun(lower: string, before: Mention[], sentenceStart: number): Mention | null {
  const gender = PERSON_PRONOUNS.get(lower);
  if (gender) {
    const candidates = distinctActors(before.filter(e => e.type === 'person' && genderOf(e) !== opposite(gender)));
    return candidates.length === 1 ? candidates[0] : null;
  }
  if (THING_PRONOUNS.has(lower)) {
    // Only a name in the same sentence, which is then the subject that "it" takes up.
    const candidates = distinctActors(before.filter(e => e.type !== 'person' && e.start >= sentenceStart));
    return candidates.length === 1 ? candidates[0] : null;
  }
  return null;
}

// "The ministry", "the minister", "the 45-year-old": "the" and a head that names one earlier actor.
function resolveDescription(doc: TokenizedText, i: number, before: Mention[]): Coreference | null {
  const token = doc.tokens[i];
  if (token.lower !== 'the') return null;
  const next = doc.tokens[i + 1];
  if (!next || (next.kind !== 'word' && next.kind !== 'number')) return null;
  let last = i + 1;
  let candidates: Mention[] = [];
  const age = /^\d{1,3}$/.test(next.text) && doc.tokens[i + 2]?.text === '-' && doc.tokens[i + 3]?.lower === 'year-old';
  if (age) {
    last = i + 3;
    candidates = before.filter(e => e.type === 'person');
  } else if (ORGANIZATION_HEADS.has(next.lower) && !/Noun|Adjective/.test(tagsOf(doc.tokens[i + 2]?.lower ?? ''))) {
    candidates = before.filter(
      e => e.type === 'organization' && e.text.toLowerCase().split(/\s+/).includes(next.lower),
    );
  } else if (PERSON_HEADS.has(next.lower) && !/^\p{Lu}/u.test(doc.tokens[i + 2]?.text ?? '')) {
    // The title right before the name: "Foreign Minister Sergei Lavrov", not a title of someone before.
    candidates = before.filter(
      (e, k) =>
        e.type === 'person' &&
        new RegExp(`\\b${next.lower}\\b`, 'i').test(
          doc.text.slice(Math.max(0, e.start - 40, before[k - 1]?.end ?? 0), e.start),
        ),
    );
  }
  const actors = distinctActors(candidates);
  if (actors.length !== 1) return null;
  const start = token.start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end), actorKey: actors[0].actorKey, kind: 'description' };
}

// One mention per actor, the fullest name kept: "Sergei Lavrov" and "Lavrov" are one person.
function distinctActors(mentions: Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of mentions) {
    const id = m.type === 'person' ? m.actorKey.slice(m.actorKey.lastIndexOf('-') + 1) : m.actorKey;
    const known = seen.get(id);
    if (!known || m.text.length > known.text.length) seen.set(id, m);
  }
  return [...seen.values()];
}

function opposite(gender: 'male' | 'female'): 'male' | 'female' {
  return gender === 'male' ? 'female' : 'male';
}

function genderOf(person: Mention): 'male' | 'female' | null {
  const tags = tagsOf(person.text.split(/\s/, 1)[0].toLowerCase());
  if (tags.includes('FemaleName')) return 'female';
  return tags.includes('MaleName') ? 'male' : null;
}
