// Finds every event mention of a clause in the sense of ECB+'s ACTION classes: the verb groups the
// clause finder saw (happenings, plans, reports, states, denials), the verbs it passed over
// (participles, gerunds, infinitives: "was found dead after falling", "to attack") and the event
// nouns ("the launch", "talks", "the quake"), each with its polarity and modality.
import type { EventModality, EventPolarity } from '../types';
import type { Clause } from './clauses';
import { adjectival, type ClauseContext, type Mood, type Predicate } from './predicates';
import {
  BE,
  DO,
  FUTURE_MODALS,
  HAVE,
  NEGATIONS,
  OTHER_MODALS,
  PARTICLES,
  irregularPastBase,
  isKnownVerbBase,
  isNamedEvent,
  isPhraseNoun,
  isSamePast,
  isUnlistedVerb,
  mentionNoun,
  tagsOf,
  verbBase,
} from './words';

/** One event mention: its trigger tokens, what it says happened, and whether it did. */
export interface EventMentionTrigger extends Predicate {
  polarity: EventPolarity;
  modality: EventModality;
}

// Words that look like verb forms but are not actions in news prose (auxiliaries, connectives,
// adjectival participles of feeling, "according").
const NOT_ACTIONS = new Set([
  'according',
  'including',
  'following',
  'regarding',
  'concerning',
  'during',
  'given',
  'based',
  'let',
  'get',
  'got',
  'gets',
  'getting',
  'going',
  'used',
  'same',
  'own',
  'need',
  'needed',
  'seem',
  'seemed',
  'seems',
  'become',
  'became',
  'becomes',
  'make',
  'made',
  'makes',
  'making',
  'do',
  'done',
  'doing',
  'like',
  'called',
  'named',
  'led',
  'aged',
  'related',
  'united',
  'limited',
  'advanced',
  'detailed',
  'experienced',
  'skilled',
  'talented',
  'interested',
  'concerned',
  'supposed',
  'used',
  'able',
  'unable',
  'ago',
  'ever',
  'please',
  'thing',
  'things',
  'something',
  'anything',
  'everything',
  'nothing',
  'morning',
  'evening',
  'building',
  'buildings',
  'ceiling',
  'king',
  'ring',
  'spring',
  'thing',
  'wedding',
  'clothing',
  'nothing',
  'during',
  'sibling',
  'darling',
  'string',
  'bring',
  'swing',
  'wing',
  'feed',
  'need',
  'seed',
  'speed',
  'bed',
  'red',
  'shed',
  'hundred',
  'sacred',
  'wicked',
  'naked',
  'beloved',
  'learned',
  'crooked',
  'ragged',
  'rugged',
  'wretched',
  'alleged',
  'reportedly',
  'allegedly',
  'coming',
  'come',
  'came',
  'go',
  'went',
  'gone',
  'goes',
  'want',
  'wanted',
  'wants',
  'put',
  'puts',
  'mean',
  'means',
  'meant',
  'think',
  'thinks',
  'thought',
  'believe',
  'believes',
  'believed',
  'seen',
  'feel',
  'feels',
  'felt',
  'accounting',
  'endangered',
  'running',
  'ranking',
  'breaking',
  'mandated',
  'shopping',
  'coaching',
]);
// Verb groups that carry grammar rather than an action.
const NOT_PREDICATES = new Set(['be', 'according', 'have', 'seem', 'get']);
// Adjectives ECB+ marks as states of the happening: "found dead", "pleaded guilty".
const STATE_ADJECTIVES = new Set([
  'dead',
  'guilty',
  'injured',
  'wounded',
  'missing',
  'alive',
  'unconscious',
  'homeless',
]);
// "Frustrating", "surprising": -ing adjectives that say how something feels, not what happened.
const FEELINGS =
  /^(?:frustrat|disappoint|surpris|intrigu|interest|amaz|astonish|shock|excit|bor|annoy|alarm|worry|daunt|dar|revolv|promis|encourag|satisfy|embarrass|confus|disturb|trouble|puzzl|stunn|tir)ing$/;
// A verb form after a word of degree is an adjective: "the most pressing issue", "a very worrying sign".
const DEGREES = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'increasingly', 'extremely', 'highly']);
// Relative words the lexicon files as determiners: "the fire that destroyed…" is a verb after them.
const RELATIVES = new Set(['that', 'which', 'who']);
// A verb form after these is an adjective or a noun ("the planned robbery", "his wedding").
const NOUN_OPENERS = /Determiner|Possessive/;
// Conditionals: what follows "if" or "unless" has not happened.
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
// Verbs whose complement did not happen, or not yet: "refused to attend", "plans to attack", "denied killing".
const NEGATING_VERBS = new Set([
  'refuse',
  'fail',
  'deny',
  'decline',
  'reject',
  'avoid',
  'prevent',
  'stop',
  'cancel',
  'halt',
  'postpone',
]);
const PLANNING_VERBS = new Set([
  'plan',
  'intend',
  'want',
  'hope',
  'aim',
  'seek',
  'prepare',
  'threaten',
  'vow',
  'pledge',
  'promise',
  'propose',
  'expect',
  'agree',
  'decide',
  'wish',
  'try',
  'attempt',
  'offer',
  'ask',
  'urge',
  'call',
]);

/** The event mentions of a clause in text order; `predicates` are the clause's verb groups. */
export function clauseMentions(ctx: ClauseContext, clause: Clause): EventMentionTrigger[] {
  const mentions: EventMentionTrigger[] = [];
  const covered = new Set<number>();
  const conditional =
    CONDITIONALS.has(ctx.tokens[clause.first].lower) ||
    (clause.first > 0 && CONDITIONALS.has(ctx.tokens[clause.first - 1]?.lower ?? ''));
  // "No peace treaty was signed": a negative subject denies the clause's verb.
  const negativeSubject = hasNegativeSubject(ctx, clause);
  for (const predicate of clause.predicates) {
    if (NOT_PREDICATES.has(predicate.base)) continue;
    const head = predicate.head;
    // The trigger is the head word (with its particle): ECB+ marks "launch", not "conducted a launch".
    const next = ctx.tokens[head + 1]?.lower ?? '';
    const last =
      head + 1 < predicate.last && (PARTICLES.has(next) || isPhraseNoun(predicate.base, next)) ? head + 2 : head + 1;
    const polarity: EventPolarity =
      predicate.mood === 'negated' || (negativeSubject && head > negativeSubject) ? 'negative' : 'positive';
    mentions.push({
      ...predicate,
      first: head,
      last,
      polarity,
      modality: modalityOf(predicate.mood, predicate.modal, conditional),
    });
    // Only the trigger: a light verb ("held talks") or a report ("announced the arrest") is a mention of its own.
    for (let i = head; i < last; i++) covered.add(i);
  }
  for (let i = clause.first; i < clause.last; i++) {
    if (covered.has(i)) continue;
    const extra = otherMention(ctx, i, clause);
    if (!extra) continue;
    const governing = [...mentions].reverse().find(m => m.head < i && i - m.last <= 3);
    const negated =
      precededByNegation(ctx, i) ||
      (governing !== undefined && NEGATING_VERBS.has(governing.base) && governing.polarity === 'positive');
    const planned = governing !== undefined && PLANNING_VERBS.has(governing.base) && ctx.tokens[i - 1]?.lower === 'to';
    const inherited = extra.isNoun ? 'asserted' : (governing?.modality ?? 'asserted');
    mentions.push({
      first: i,
      last: i + 1,
      head: i,
      base: extra.base,
      mood: negated ? 'negated' : 'happening',
      passive: false,
      modal: null,
      action: ctx.tokens[i].text,
      polarity: negated || (governing?.polarity === 'negative' && !extra.isNoun) ? 'negative' : 'positive',
      modality: conditional ? 'hypothetical' : planned ? 'future' : inherited,
    });
  }
  return mentions.sort((a, b) => a.head - b.head);
}

function modalityOf(mood: Mood, modal: string | null, conditional: boolean): EventModality {
  if (conditional) return 'hypothetical';
  if (modal && FUTURE_MODALS.has(modal)) return 'future';
  if (modal && OTHER_MODALS.has(modal)) return modal === 'would' ? 'hypothetical' : 'possible';
  return mood === 'future' ? 'future' : mood === 'hypothetical' ? 'possible' : 'asserted';
}

/** The token index of a negative determiner in the clause's subject ("no peace treaty"), or 0. */
function hasNegativeSubject(ctx: ClauseContext, clause: Clause): number {
  const verb = clause.predicates[0]?.first ?? clause.last;
  for (let i = clause.first; i < verb; i++) if (/^(?:no|neither|nor|none)$/.test(ctx.tokens[i].lower)) return i;
  return 0;
}

function precededByNegation(ctx: ClauseContext, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const token = ctx.tokens[j];
    if (token.kind !== 'word') return false;
    if (NEGATIONS.has(token.lower) || token.lower === 'without') return true;
  }
  return false;
}

// A verb form the clause finder passed over, or an event noun.
function otherMention(ctx: ClauseContext, i: number, clause: Clause): { base: string; isNoun: boolean } | null {
  const token = ctx.tokens[i];
  if (token.kind !== 'word' || ctx.blocked(i) || token.lower.length < 3) return null;
  const lower = token.lower;
  const tags = tagsOf(lower);
  if (isNamedEvent(lower)) return { base: lower, isNoun: true };
  if (/^\p{Lu}/u.test(token.text) && i !== clause.first && !ctx.headline) return null;
  // "Known as" gives a name; "known for" a state.
  if (lower === 'known' && ctx.tokens[i + 1]?.lower === 'as') return null;
  if (NOT_ACTIONS.has(lower) || BE.has(lower) || HAVE.has(lower) || DO.has(lower) || NEGATIONS.has(lower)) return null;
  // "The ceremony's host": the noun before its possessive ending.
  const noun = mentionNoun(lower.replace(/['’]s$/, ''));
  if (noun) return { base: noun, isNoun: true };
  if (/Modal|Copula|Auxiliary|Pronoun|Preposition|Conjunction|Determiner|Adverb/.test(tags)) return null;
  if (STATE_ADJECTIVES.has(lower)) return { base: lower, isNoun: false };
  const previous = ctx.tokens[i - 1];
  const afterDeterminer =
    previous !== undefined &&
    previous.kind === 'word' &&
    !RELATIVES.has(previous.lower) &&
    NOUN_OPENERS.test(tagsOf(previous.lower));
  if (DEGREES.has(previous?.lower ?? '') && /[a-z]{3}(?:ing|ed)$/.test(lower)) return null;
  // The lexicon lists few verbs ("destroy" is not there): an unknown word in -ed is a verb form.
  const edForm =
    /^[a-z]+ed$/.test(lower) &&
    lower.length > 4 &&
    (!tags || (/Adjective/.test(tags) && isKnownVerbBase(verbBase(lower))));
  // "A man suspected of shooting", "convicted of murder": a participle with its "of".
  if (/[a-z]{3}ed$/.test(lower) && ctx.tokens[i + 1]?.lower === 'of' && !/Noun|Singular|Plural/.test(tags))
    return { base: verbBase(lower), isNoun: false };
  if (isSamePast(lower) && !afterDeterminer) return { base: lower, isNoun: false };
  if (/PastTense|Participle/.test(tags) || edForm || (irregularPastBase(lower) && !adjectival(ctx, i))) {
    return afterDeterminer ? null : { base: verbBase(lower), isNoun: false };
  }
  if (/Gerund/.test(tags) || (!tags && /[a-z]{3}ing$/.test(lower))) {
    return { base: verbBase(lower), isNoun: false };
  }
  // "Striking protesters", "was caught speeding": a verb's -ing form the lexicon files as an adjective.
  if (
    /Adjective/.test(tags) &&
    /[a-z]{3}ing$/.test(lower) &&
    !afterDeterminer &&
    isKnownVerbBase(verbBase(lower)) &&
    !FEELINGS.test(lower)
  )
    return { base: verbBase(lower), isNoun: false };
  // "To block the law", "to file charges": a verb the lexicon also lists as a noun, after "to" and before its object.
  if (
    previous?.lower === 'to' &&
    (/Infinitive/.test(tags) ||
      isUnlistedVerb(lower) ||
      (isKnownVerbBase(lower) && !/Adjective|Plural/.test(tags) && beforeObject(ctx, i)))
  )
    return { base: lower, isNoun: false };
  // "Esther Williams, swimming star, dies at 91": a third-person form after a name or a comma; in a
  // headline after any capitalised word ("Overnight Fire Destroys…").
  if (
    (/PresentTense|Plural/.test(tags) || !tags) &&
    lower.endsWith('s') &&
    isKnownVerbBase(verbBase(lower)) &&
    previous !== undefined &&
    (ctx.endsName(i - 1) ||
      previous.text === ',' ||
      /^(?:he|she|it)$/.test(previous.lower) ||
      (ctx.headline &&
        /^\p{Lu}/u.test(previous.text) &&
        !/Preposition|Determiner|Conjunction|Adjective|Value|Cardinal/.test(tagsOf(previous.lower))))
  )
    return { base: verbBase(lower), isNoun: false };
  return null;
}

// "To file charges", "to block the law", "to shed her image": an object or a particle follows the verb.
function beforeObject(ctx: ClauseContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next) return false;
  if (ctx.blocked(i + 1)) return true;
  return (
    next.kind === 'word' &&
    (PARTICLES.has(next.lower) ||
      /^(?:into|in|as)$/.test(next.lower) ||
      /Determiner|Possessive|Pronoun|Cardinal/.test(tagsOf(next.lower)))
  );
}
