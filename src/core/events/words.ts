// What single words can do in an event: auxiliaries and modals, reporting and state verbs, light
// verbs that take an event noun ("conducted a launch"), the event nouns themselves, and base forms.
import nlp from 'compromise';
import { lexiconTags } from '../text/lexicon';

export const BE = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'am',
  "'s",
  '’s',
  "'re",
  '’re',
  "'m",
  '’m',
]);
export const HAVE = new Set(['has', 'have', 'had', 'having', "'ve", '’ve']);
export const DO = new Set(['do', 'does', 'did']);
// "Will" and "shall" announce what is planned, which is still news; the others say what might be.
export const FUTURE_MODALS = new Set(['will', 'shall', "'ll", '’ll']);
export const OTHER_MODALS = new Set(['would', 'could', 'should', 'can', 'may', 'might', 'must', 'cannot', 'ought']);
export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no']);

// Reporting verbs carry what someone said, not a happening of their own (base forms).
const REPORTING = new Set([
  'say',
  'tell',
  'stress',
  'add',
  'note',
  'reiterate',
  'report',
  'state',
  'claim',
  'quote',
  'cite',
  'write',
  'ask',
  'reply',
  'explain',
  'announce',
  'insist',
  'emphasize',
  'emphasise',
  'underline',
  'confirm',
  'deny',
  'comment',
  'remark',
  'acknowledge',
  'argue',
  'suggest',
  'tweet',
  'post',
  'declare',
  'mention',
  'recall',
  'urge',
  'warn',
  'point',
  'according',
  'told',
  'said',
  'describe',
  'call',
  'respond',
  'indicate',
  'estimate',
  'predict',
  'admit',
  'assert',
  'allege',
  'conclude',
  'observe',
  'caution',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'demand',
  'hint',
  'issue',
  'publish',
  'disclose',
  'reveal',
  'answer',
  'complain',
  'accuse',
  'criticize',
  'criticise',
]);
// Thinking, wanting and being are states, not happenings.
const STATES = new Set([
  'be',
  'seem',
  'appear',
  'remain',
  'believe',
  'think',
  'know',
  'want',
  'like',
  'hope',
  'wish',
  'need',
  'feel',
  'consider',
  'expect',
  'fear',
  'doubt',
  'mean',
  'matter',
  'include',
  'involve',
  'contain',
  'belong',
  'own',
  'lack',
  'deserve',
  'understand',
  'look',
  'sound',
  'become',
  'stay',
  'exist',
  'depend',
  'concern',
  'let',
  'help',
  'get',
  'appreciate',
  'love',
  'hate',
  'enjoy',
  'regret',
  'respect',
  'trust',
  'imagine',
  'recognize',
  'remember',
  'forget',
  'keep',
  'tend',
  'use',
  'see',
  'hear',
  'watch',
  'read',
  'find',
  'have',
  'do',
  'make',
  'pose',
  'face',
  'prefer',
  // Feelings, which the passive turns into adjectives: "I'm convinced", "they were worried".
  'convince',
  'interest',
  'determine',
  'worry',
  'please',
  'surprise',
  'disappoint',
  'satisfy',
  'base',
  'locate',
  'compose',
  'link',
  'relate',
  'entitle',
  'suppose',
  'allow',
  'require',
  'expect',
]);
// "Continues to develop", "began to withdraw": the second verb is the happening.
const ASPECTUAL = new Set([
  'begin',
  'start',
  'continue',
  'keep',
  'stop',
  'resume',
  'try',
  'attempt',
  'plan',
  'intend',
  'decide',
  'agree',
  'refuse',
  'fail',
  'seek',
  'vow',
  'threaten',
  'promise',
  'pledge',
  'aim',
  'prepare',
  'move',
  'offer',
]);
// Verbs whose object names the happening: "conducted a missile launch", "held talks", "carried out a strike".
const LIGHT = new Set([
  'hold',
  'conduct',
  'carry',
  'stage',
  'make',
  'pay',
  'have',
  'take',
  'launch',
  'begin',
  'start',
  'resume',
  'complete',
  'hold',
  'host',
  'attend',
  'join',
  'give',
  'mount',
  'perform',
  'undertake',
  'wage',
  'sign',
]);
// Particles that belong to a phrasal trigger ("brought up", "carried out", "broke out", "took part").
export const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away']);
/** "Took part", "took place": nouns that make a phrasal verb with "take". */
export const TAKE_NOUNS = new Set(['part', 'place']);

// Nouns that name a happening, in the singular; plural forms are found by their singular.
const EVENT_NOUNS = new Set([
  'launch',
  'test',
  'talk',
  'talks',
  'meeting',
  'summit',
  'visit',
  'trip',
  'tour',
  'attack',
  'strike',
  'airstrike',
  'withdrawal',
  'election',
  'vote',
  'referendum',
  'agreement',
  'deal',
  'treaty',
  'war',
  'invasion',
  'explosion',
  'blast',
  'earthquake',
  'quake',
  'arrest',
  'trial',
  'drill',
  'drills',
  'exercise',
  'negotiation',
  'conference',
  'ceremony',
  'protest',
  'clash',
  'riot',
  'shooting',
  'killing',
  'murder',
  'robbery',
  'heist',
  'crash',
  'fire',
  'ceasefire',
  'truce',
  'inauguration',
  'funeral',
  'merger',
  'acquisition',
  'takeover',
  'resignation',
  'appointment',
  'nomination',
  'deployment',
  'evacuation',
  'rescue',
  'investigation',
  'raid',
  'ambush',
  'bombing',
  'massacre',
  'hijacking',
  'kidnapping',
  'escape',
  'flood',
  'storm',
  'hurricane',
  'tsunami',
  'eruption',
  'outbreak',
  'collapse',
  'coup',
  'uprising',
  'rally',
  'march',
  'demonstration',
  'victory',
  'defeat',
  'release',
  'speech',
  'call',
  'conversation',
  'discussion',
  'consultation',
  'sanction',
  'embargo',
  'offensive',
  'operation',
  'campaign',
  'sale',
  'purchase',
  'shutdown',
  'blockade',
  'crackdown',
  'detention',
  'execution',
  'conviction',
  'sentencing',
  'hearing',
  'ruling',
  'verdict',
  'lawsuit',
  'accident',
  'collision',
  'derailment',
  'landslide',
  'wildfire',
  'shelling',
  'firing',
  'overflight',
  'incursion',
  'intervention',
  'annexation',
  'occupation',
  'liberation',
  'siege',
  'battle',
  'fight',
  'fighting',
  'skirmish',
  'attempt',
  'signing',
  'opening',
  'closure',
  'announcement',
  'debate',
  'hijack',
]);
// Event nouns that only name the happening next to a light verb ("made a call", not "a call for peace").
const WEAK_EVENT_NOUNS = new Set([
  'call',
  'release',
  'operation',
  'campaign',
  'opening',
  'attempt',
  'fire',
  'sale',
  'march',
  'speech',
  'announcement',
  'debate',
  'fight',
  'fighting',
  'test',
  'exercise',
  'trip',
  'tour',
  'deal',
  'war',
]);

const infinitives = new Map<string, string>();
const tagCache = new Map<string, string>();

/** The lexicon's tags of a lower-case word as one string ("" for unknown words), for tests by regex. */
export function tagsOf(lower: string): string {
  let tags = tagCache.get(lower);
  if (tags === undefined) {
    tags = String(lexiconTags(lower) ?? '');
    tagCache.set(lower, tags);
  }
  return tags;
}
const verbTransforms = (
  nlp.methods() as unknown as {
    two: {
      transform: {
        verb: {
          toInfinitive(word: string, model: unknown, tense: string): string;
          conjugate(word: string, model: unknown): { PastTense?: string };
        };
      };
    };
  }
).two.transform.verb;
const knownBases = new Map<string, boolean>();
const model = nlp.model();

/** The base form of a verb form ("held" → "hold", "discusses" → "discuss"); the word itself otherwise. */
export function verbBase(lower: string): string {
  let base = infinitives.get(lower);
  if (base !== undefined) return base;
  const tags = tagsOf(lower);
  if (/Infinitive/.test(tags)) {
    infinitives.set(lower, lower);
    return lower;
  }
  const tense =
    /PastTense|Participle/.test(tags) || lower.endsWith('ed')
      ? 'PastTense'
      : /Gerund/.test(tags) || lower.endsWith('ing')
        ? 'Gerund'
        : /PresentTense/.test(tags) || lower.endsWith('s')
          ? 'PresentTense'
          : '';
  try {
    base = tense ? verbTransforms.toInfinitive(lower, model, tense) || lower : lower;
  } catch {
    base = lower;
  }
  infinitives.set(lower, base);
  return base;
}

/**
 * True for the base form of a verb: listed as one, or its past tense is ("check" is listed as a
 * noun, "checked" as a past tense).
 */
export function isKnownVerbBase(base: string): boolean {
  let known = knownBases.get(base);
  if (known === undefined) {
    known = /Infinitive|PresentTense/.test(tagsOf(base)) || LIKELY_VERB_BASES.has(base) || pastTenseIsKnown(base);
    knownBases.set(base, known);
  }
  return known;
}

function pastTenseIsKnown(base: string): boolean {
  try {
    const past = verbTransforms.conjugate(base, model).PastTense;
    return past !== undefined && past !== base && /PastTense/.test(tagsOf(past));
  } catch {
    return false;
  }
}

// Verbs of the news that compromise's lexicon files under their noun reading.
const LIKELY_VERB_BASES = new Set([
  'hold',
  'visit',
  'attack',
  'test',
  'launch',
  'fire',
  'strike',
  'vote',
  'hit',
  'plan',
  'call',
  'pose',
  'help',
  'warn',
  'protest',
  'shell',
  'bomb',
  'raid',
  'sign',
  'deal',
  'host',
  'head',
  'lead',
  'back',
  'condemn',
  'reject',
  'accept',
  'approve',
  'ban',
  'block',
  'arrest',
  'charge',
  'sentence',
  'jail',
  'kill',
  'shoot',
  'wound',
  'injure',
  'rescue',
  'evacuate',
  'crash',
  'flood',
  'storm',
  'elect',
  'appoint',
  'name',
  'fine',
  'sue',
  'release',
  'free',
  'seize',
  'capture',
  'deploy',
  'withdraw',
  'return',
  'arrive',
  'leave',
  'meet',
  'talk',
  'discuss',
  'drill',
  'march',
  'rally',
  'clash',
  'riot',
  'resign',
  'quit',
  'win',
  'lose',
  'beat',
  'score',
  'buy',
  'sell',
]);

/** A news verb that the lexicon files under its noun reading ("hold", "visit", "attack"). */
export function isLikelyVerb(base: string): boolean {
  return LIKELY_VERB_BASES.has(base);
}

export function isReportingVerb(base: string): boolean {
  return REPORTING.has(base);
}

export function isStateVerb(base: string): boolean {
  return STATES.has(base);
}

export function isAspectualVerb(base: string): boolean {
  return ASPECTUAL.has(base);
}

export function isLightVerb(base: string): boolean {
  return LIGHT.has(base);
}

/** The singular an event noun is listed under ("launches" → "launch"), or null for other words. */
export function eventNoun(lower: string, strong = true): string | null {
  const forms = [lower];
  if (lower.endsWith('ies')) forms.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  if (lower.endsWith('s')) forms.push(lower.slice(0, -1));
  const found = forms.find(form => EVENT_NOUNS.has(form));
  if (!found) return null;
  return strong && WEAK_EVENT_NOUNS.has(found) ? null : found;
}
