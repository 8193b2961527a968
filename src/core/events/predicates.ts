// Finds the verb groups of a clause ("have discussed", "will be held", "conducted a missile launch")
// and says what each one is: a happening, a plan, a report, a state, a maybe or a denial.
import type { Token } from '../text/tokenize';
import {
  BE,
  DO,
  FUTURE_MODALS,
  tagsOf,
  HAVE,
  NEGATIONS,
  OTHER_MODALS,
  PARTICLES,
  TAKE_NOUNS,
  eventNoun,
  isAspectualVerb,
  irregularPastBase,
  isKnownVerbBase,
  isLikelyVerb,
  isPhraseNoun,
  isSamePast,
  isUnlistedVerb,
  isLightVerb,
  isReportingVerb,
  isStateVerb,
  verbBase,
} from './words';

export type Mood = 'happening' | 'future' | 'reporting' | 'state' | 'hypothetical' | 'negated';

/** A verb group, or an event noun standing alone. Token indices are into the article's token list. */
export interface Predicate {
  /** The trigger: first and one-past-last token. */
  first: number;
  last: number;
  /** The verb, or the event noun that names the happening. */
  head: number;
  /** Base form of the head ("hold", "launch"). */
  base: string;
  mood: Mood;
  passive: boolean;
  /** The modal before the verb ("would"), which reported speech turns into a plan. */
  modal: string | null;
  /** The happening in a few words. */
  action: string;
}

/** What the clause finder needs to know about the article's tokens. */
export interface ClauseContext {
  text: string;
  tokens: Token[];
  /** True for tokens inside a name or a date, which are never triggers. */
  blocked: (index: number) => boolean;
  /** True for the last token of a name: a subject can end there. */
  endsName: (index: number) => boolean;
  /** In a headline, verbs may be capitalised and come in the present ("diplomats discuss"). */
  headline: boolean;
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it', 'who', 'which', 'that']);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'who', 'which', 'that']);
const MODIFIERS = /Determiner|Possessive|Adjective|Preposition|Ordinal|Cardinal|Demonym|TextValue/;
const OBJECT_STOP = new Set([
  'that',
  'which',
  'who',
  'to',
  'and',
  'or',
  'but',
  'as',
  'while',
  'after',
  'before',
  'since',
  'on',
  'in',
  'at',
  'by',
  'for',
  'from',
  'with',
  'of',
  'over',
  'into',
  'during',
  'against',
  'about',
  'near',
  'off',
]);
// "The talks began", "a fire broke out": the subject names the happening better than the verb.
const OCCURRENCE_VERBS = new Set([
  'begin',
  'start',
  'end',
  'continue',
  'resume',
  'happen',
  'occur',
  'take',
  'break',
  'erupt',
  'unfold',
]);
const LIGHT_WINDOW = 6;
const OBJECT_WORDS = 4;

/** The verb groups of tokens [first, last), in order. */
export function findPredicates(ctx: ClauseContext, first: number, last: number): Predicate[] {
  const found: Predicate[] = [];
  let modal: string | null = null;
  let be = false;
  let have = false;
  let did = false;
  let negated = false;
  let infinitiveMark = false;
  let aspect = false;
  const reset = () => {
    modal = null;
    be = have = did = negated = infinitiveMark = aspect = false;
  };
  for (let i = first; i < last; i++) {
    const token = ctx.tokens[i];
    if (token.kind !== 'word' || ctx.blocked(i)) {
      reset();
      continue;
    }
    if (/^\p{Lu}/u.test(token.text) && !ctx.headline && i !== first) {
      reset();
      continue;
    }
    const lower = token.lower;
    if (lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') {
      found.push(predicate(i, i + 2, i, 'according', 'reporting', false, null, 'according to'));
      reset();
      continue;
    }
    if (FUTURE_MODALS.has(lower) || OTHER_MODALS.has(lower)) {
      modal = lower;
      continue;
    }
    if (NEGATIONS.has(lower)) {
      negated = true;
      continue;
    }
    if (DO.has(lower) && !isMainVerb(ctx, i, last)) {
      did = true;
      continue;
    }
    if (BE.has(lower)) {
      if (isMainVerb(ctx, i, last))
        found.push(predicate(i, i + 1, i, 'be', moodOf('be', modal, negated), false, modal, lower));
      be = true;
      continue;
    }
    if (HAVE.has(lower) && !isMainVerb(ctx, i, last)) {
      have = true;
      continue;
    }
    if (lower === 'to') {
      // Headlines announce plans with "to": "Ellen DeGeneres to host Oscars".
      if (ctx.headline && i > first && ctx.endsName(i - 1)) modal = 'will';
      else infinitiveMark = true;
      continue;
    }
    const tags = tagsOf(lower);
    if (/Adverb/.test(tags) || (lower.endsWith('ly') && !tags)) continue;
    const form = verbForm(ctx, i, tags, { be, have, did, modal: modal !== null, infinitiveMark });
    // "To announce his nominee": an infinitive of purpose or wish is not a happening, unless it
    // carries on an aspectual verb ("continues to develop").
    if (!form || (infinitiveMark && !aspect && !modal)) {
      // A noun or adjective between an auxiliary and the verb ends the group.
      reset();
      continue;
    }
    const base = form === 'infinitive' ? lower : verbBase(lower);
    // "Is going to happen" is a plan, like "will happen".
    if (base === 'go' && form === 'gerund' && ctx.tokens[i + 1]?.lower === 'to') {
      modal = 'will';
      be = false;
      i++;
      continue;
    }
    // "Continues to develop": the happening is the second verb.
    if (isAspectualVerb(base) && ctx.tokens[i + 1]?.lower === 'to' && i + 2 < last) {
      infinitiveMark = aspect = true;
      i++;
      continue;
    }
    found.push(verbPredicate(ctx, i, first, last, base, moodOf(base, modal, negated), be && form === 'past', modal));
    reset();
  }
  return found;
}

/** The first event noun of tokens [first, last), for a clause without a verb ("Missile launch over Japan"). */
export function findEventNoun(ctx: ClauseContext, first: number, last: number): Predicate | null {
  for (let i = first; i < last; i++) {
    const token = ctx.tokens[i];
    if (token.kind !== 'word' || ctx.blocked(i)) continue;
    const noun = eventNoun(token.lower);
    if (noun) return nounPredicate(ctx, i, i, first, noun);
  }
  return null;
}

type Form = 'past' | 'present' | 'infinitive' | 'gerund';

function verbForm(
  ctx: ClauseContext,
  i: number,
  tags: string,
  aux: { be: boolean; have: boolean; did: boolean; modal: boolean; infinitiveMark: boolean },
): Form | null {
  const lower = ctx.tokens[i].lower;
  if (/PastTense/.test(tags)) return afterModifier(ctx, i) && !aux.be && !aux.have ? null : 'past';
  if (/Participle/.test(tags)) return aux.be || aux.have ? 'past' : null;
  if (!tags && /[a-z]{2}ed$/.test(lower) && isKnownVerbBase(verbBase(lower)))
    return afterModifier(ctx, i) && !aux.be && !aux.have ? null : 'past';
  // The lexicon files "escaped", "received" and "picked" as adjectives; after a subject they are verbs.
  if (/Adjective/.test(tags) && /[a-z]{2}ed$/.test(lower) && isKnownVerbBase(verbBase(lower)))
    return aux.be || aux.have || afterSubject(ctx, i, false) ? 'past' : null;
  if (isSamePast(lower) && !aux.modal && !aux.did && !aux.infinitiveMark)
    return aux.be || aux.have || afterSubject(ctx, i, false) ? 'past' : null;
  // "Lohan has left the clinic": an irregular past the lexicon files as an adjective.
  if (irregularPastBase(lower))
    return (aux.be || aux.have || afterSubject(ctx, i, false)) && !adjectival(ctx, i) ? 'past' : null;
  if (/Gerund/.test(tags) || (!tags && lower.endsWith('ing') && isKnownVerbBase(verbBase(lower))))
    return aux.be ? 'gerund' : null;
  if (/PresentTense/.test(tags) && !/Plural/.test(tags)) return afterSubject(ctx, i, false) ? 'present' : null;
  const bare =
    /Infinitive/.test(tags) ||
    isUnlistedVerb(lower) ||
    (isKnownVerbBase(lower) && !/Adjective|Determiner|Preposition|Pronoun/.test(tags));
  if (bare && (aux.modal || aux.did || aux.infinitiveMark)) return 'infinitive';
  // Without an auxiliary, a bare form is a verb only when no noun reading competes ("Atlanta judge
  // sentenced", "rehab center") and a verb does not follow it.
  const nounReading = /Singular|Plural|Actor|Noun/.test(tags) && !isLikelyVerb(lower);
  if (bare && !nounReading && afterSubject(ctx, i, true) && !beforeVerb(ctx, i)) return 'present';
  // "North Korea launches", "he visits": a third-person form the lexicon lists as a plural noun or lacks.
  if (
    (/Plural/.test(tags) || !tags) &&
    lower.endsWith('s') &&
    isKnownVerbBase(verbBase(lower)) &&
    afterName(ctx, i) &&
    !beforeVerb(ctx, i)
  )
    return 'present';
  return null;
}

function afterName(ctx: ClauseContext, i: number): boolean {
  return i > 0 && (ctx.endsName(i - 1) || /^(?:he|she|it)$/.test(ctx.tokens[i - 1].lower));
}

// "The planned robbery", "a launched missile", "court-mandated": a participle after a determiner
// or a hyphen is an adjective.
function afterModifier(ctx: ClauseContext, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  if (previous?.text === '-' || previous?.text === '–') return true;
  if (!previous || previous.kind !== 'word' || ctx.blocked(i - 1)) return false;
  return /Determiner|Possessive|Adjective/.test(tagsOf(previous.lower));
}

// A present-tense verb follows its subject: a name, a pronoun or a noun; a bare form ("discuss")
// only a plural one ("diplomats discuss"), except in headlines.
function afterSubject(ctx: ClauseContext, i: number, plural: boolean): boolean {
  let p = i - 1;
  while (p >= 0 && ctx.tokens[p].kind === 'word' && /Adverb/.test(tagsOf(ctx.tokens[p].lower))) p--;
  const previous = ctx.tokens[p];
  if (!previous) return false;
  if (ctx.endsName(p)) return !/['’]s?$/.test(previous.text);
  if (previous.kind !== 'word' || ctx.blocked(p) || OBJECT_STOP.has(previous.lower)) return false;
  if ((plural ? PLURAL_PRONOUNS : SUBJECT_PRONOUNS).has(previous.lower)) return true;
  // A capital says a name, except at the start of a sentence ("Police say", "Witnesses say").
  if (/^\p{Lu}/u.test(previous.text) && !ctx.headline && !startsSentence(ctx, p)) return false;
  const tags = tagsOf(previous.lower);
  if (MODIFIERS.test(tags) || /Infinitive|PastTense|PresentTense|Gerund|Modal|Copula|Conjunction|Pronoun/.test(tags))
    return false;
  if (ctx.headline || !plural) return true;
  return /Plural/.test(tags) || (tags === '' && /[^suio]s$/.test(previous.lower));
}

function startsSentence(ctx: ClauseContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  return !before || /^[.!?]$/.test(before.text) || before.after.includes('\n');
}

function beforeVerb(ctx: ClauseContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !ctx.blocked(i + 1) &&
    /PastTense|PresentTense|Modal|Copula/.test(tagsOf(next.lower))
  );
}

// An auxiliary is the main verb when no verb form follows it ("had talks", "is tense").
function isMainVerb(ctx: ClauseContext, i: number, last: number): boolean {
  for (let j = i + 1; j < Math.min(last, i + 4); j++) {
    const token = ctx.tokens[j];
    if (token.kind !== 'word') return true;
    const tags = tagsOf(token.lower);
    if (NEGATIONS.has(token.lower) || /Adverb/.test(tags) || token.lower.endsWith('ly')) continue;
    if (BE.has(token.lower) || HAVE.has(token.lower)) return false;
    return !(/PastTense|Participle|Gerund|Infinitive/.test(tags) || (!tags && /(?:ed|ing)$/.test(token.lower)));
  }
  return true;
}

function moodOf(base: string, modal: string | null, negated: boolean): Mood {
  if (negated) return 'negated';
  if (isReportingVerb(base)) return 'reporting';
  if (isStateVerb(base)) return 'state';
  if (modal && OTHER_MODALS.has(modal)) return 'hypothetical';
  if (modal) return 'future';
  return 'happening';
}

function verbPredicate(
  ctx: ClauseContext,
  i: number,
  first: number,
  last: number,
  base: string,
  mood: Mood,
  passive: boolean,
  modal: string | null,
): Predicate {
  const { tokens } = ctx;
  let end = i + 1;
  // Phrasal verbs keep their particle: "brought up", "carried out", "took part".
  if (
    end < last &&
    tokens[end].kind === 'word' &&
    (PARTICLES.has(tokens[end].lower) || isPhraseNoun(base, tokens[end].lower))
  )
    end++;
  if (isLightVerb(base) || isReportingVerb(base) || mood === 'state') {
    for (let j = end; j < Math.min(last, end + LIGHT_WINDOW); j++) {
      const token = tokens[j];
      if (token.kind === 'punct') break;
      if (token.kind !== 'word' || ctx.blocked(j)) continue;
      // "A statement strongly condemning the drills": the object ends where another verb begins.
      if (/Gerund|PastTense|Adverb/.test(tagsOf(token.lower)) && !eventNoun(token.lower, false)) break;
      const noun = eventNoun(token.lower, !isLightVerb(base));
      if (noun && !eventNoun(tokens[j + 1]?.lower ?? '')) {
        // A light verb's object names the happening; a report's object is what was reported.
        if (isLightVerb(base))
          return {
            ...nounPredicate(ctx, j, i, end, noun),
            first: i,
            mood: mood === 'state' ? 'happening' : mood,
            modal,
          };
        if (mood === 'reporting') return { ...nounPredicate(ctx, j, j, end, noun), mood: 'happening', modal };
        break;
      }
      if (OBJECT_STOP.has(token.lower) && token.lower !== 'in') break;
    }
  }
  const trigger = ctx.text.slice(tokens[i].start, tokens[end - 1].end);
  const subject = OCCURRENCE_VERBS.has(base) ? subjectEventNoun(ctx, i, first) : null;
  if (subject) return { ...predicate(i, end, i, subject.base, mood, passive, modal, `${subject.action} ${trigger}`) };
  return predicate(i, end, i, base, mood, passive, modal, trigger + objectOf(ctx, end, last));
}

// "Six-party talks on resolving the crisis began": the event noun before an occurrence verb.
function subjectEventNoun(ctx: ClauseContext, verb: number, first: number): { base: string; action: string } | null {
  for (let j = first; j < verb; j++) {
    const token = ctx.tokens[j];
    if (token.kind !== 'word') continue;
    const noun = eventNoun(token.lower, false);
    if (noun && !ctx.blocked(j)) return { base: noun, action: nounPhrase(ctx, j, Math.max(0, j - 3)) };
  }
  return null;
}

function nounPredicate(ctx: ClauseContext, noun: number, first: number, phraseStart: number, base: string): Predicate {
  return predicate(first, noun + 1, noun, base, 'happening', false, null, nounPhrase(ctx, noun, phraseStart));
}

// The event noun with the words that say which one: "missile launch", "first hydrogen bomb test".
function nounPhrase(ctx: ClauseContext, noun: number, from: number): string {
  let start = noun;
  while (start - 1 >= from) {
    const token = ctx.tokens[start - 1];
    if (token.kind === 'punct' && token.text === '-' && !token.after) {
      start--;
      continue;
    }
    if (token.kind !== 'word' && token.kind !== 'number') break;
    const tags = tagsOf(token.lower);
    if (
      /Determiner|Possessive|Preposition|Pronoun|Conjunction/.test(tags) ||
      OBJECT_STOP.has(token.lower) ||
      PARTICLES.has(token.lower) ||
      TAKE_NOUNS.has(token.lower)
    )
      break;
    start--;
  }
  return ctx.text.slice(ctx.tokens[start].start, ctx.tokens[noun].end).replace(/\s+/g, ' ');
}

// A short object completes a bare verb: "launched a ballistic missile"; a long one is left out.
function objectOf(ctx: ClauseContext, from: number, last: number): string {
  const words: string[] = [];
  for (let j = from; j < last && words.length <= OBJECT_WORDS; j++) {
    const token = ctx.tokens[j];
    // "develop its nuclear and missile programs": a coordinated object is too long for a label.
    if (token.kind === 'punct' || OBJECT_STOP.has(token.lower)) {
      if (/^(?:and|or|but)$/.test(token.lower)) return '';
      break;
    }
    if (ctx.blocked(j) || /^\p{Lu}/u.test(token.text)) return '';
    const tags = tagsOf(token.lower);
    if (
      words.length === 0 &&
      !/Determiner|Possessive|Adjective|Singular|Plural|Noun|Cardinal/.test(tags) &&
      tags !== ''
    )
      return '';
    if (/Infinitive|PastTense|PresentTense|Gerund|Adverb/.test(tags) && words.length > 0) return '';
    words.push(token.text);
  }
  if (
    words.length === 0 ||
    words.length > OBJECT_WORDS ||
    /^(?:and|or)$/.test(ctx.tokens[from + words.length]?.lower ?? '')
  )
    return '';
  return ' ' + ctx.text.slice(ctx.tokens[from].start, ctx.tokens[from + words.length - 1].end).replace(/\s+/g, ' ');
}

function predicate(
  first: number,
  last: number,
  head: number,
  base: string,
  mood: Mood,
  passive: boolean,
  modal: string | null,
  action: string,
): Predicate {
  return { first, last, head, base, mood, passive, modal, action };
}

/** "A sprained left knee", "drunk driving", "with 7:41 left": an irregular past used as an adjective. */
export function adjectival(ctx: ClauseContext, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (previous && (previous.kind === 'number' || /^(?:seconds?|minutes?|hours?|days?|weeks?)$/.test(previous.lower)))
    return true;
  // "Alaska lost part of its history", "have lost access": after a subject or an auxiliary it is a verb.
  if (
    previous &&
    (ctx.endsName(i - 1) || SUBJECT_PRONOUNS.has(previous.lower) || HAVE.has(previous.lower) || BE.has(previous.lower))
  )
    return false;
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !ctx.blocked(i + 1) &&
    (/Singular|Gerund|Adjective/.test(tagsOf(next.lower)) || (!tagsOf(next.lower) && !/s$/.test(next.lower))) &&
    !/Determiner|Pronoun|Preposition/.test(tagsOf(next.lower))
  );
}
