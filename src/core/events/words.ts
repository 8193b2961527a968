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
// Verb + noun phrases that name one happening: "took place", "opened fire", "caught fire", "set ablaze".
const PHRASE_NOUNS: Record<string, Set<string>> = {
  take: TAKE_NOUNS,
  open: new Set(['fire']),
  catch: new Set(['fire']),
  set: new Set(['fire', 'alight', 'ablaze']),
};

/** True when the noun after the verb belongs to its trigger ("opened fire", "took place"). */
export function isPhraseNoun(base: string, next: string): boolean {
  return PHRASE_NOUNS[base]?.has(next) ?? false;
}

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
  // Guesses for words the lexicon lacks ("hanged" → "hange"): the stem without "-ed" when that is a known verb.
  if (!isKnownVerbBase(base) && /[a-z]{3}ed$/.test(lower) && isKnownVerbBase(lower.slice(0, -2)))
    base = lower.slice(0, -2);
  if (
    !isKnownVerbBase(base) &&
    /[a-z]{3}(?:ed|es|ing)$/.test(lower) &&
    UNLISTED_VERBS.has(lower.replace(/(?:d|s|ing)$/, ''))
  )
    base = lower.replace(/(?:d|s|ing)$/, '');
  if (!tense) base = irregularPastBase(lower) ?? base;
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
    known =
      /Infinitive|PresentTense/.test(tagsOf(base)) ||
      LIKELY_VERB_BASES.has(base) ||
      UNLISTED_VERBS.has(base) ||
      pastTenseIsKnown(base);
    knownBases.set(base, known);
  }
  return known;
}

// Asked of every adjective a clause holds: compromise's conjugation is too slow to run again for each.
const irregularPastBases = new Map<string, string | null>();

/** The base of an irregular past form the lexicon files as an adjective ("left" → "leave", "lost" → "lose"), or null. */
export function irregularPastBase(lower: string): string | null {
  let base = irregularPastBases.get(lower);
  if (base === undefined) {
    base = findIrregularPastBase(lower);
    irregularPastBases.set(lower, base);
  }
  return base;
}

function findIrregularPastBase(lower: string): string | null {
  if (lower === 'known') return 'know';
  if (/ed$/.test(lower) || !/Adjective|Participle|PastTense/.test(tagsOf(lower))) return null;
  try {
    const base = verbTransforms.toInfinitive(lower, model, 'PastTense');
    if (!base || base === lower || !/Infinitive/.test(tagsOf(base))) return null;
    const forms = verbTransforms.conjugate(base, model) as { PastTense?: string; Participle?: string };
    return forms.PastTense === lower || forms.Participle === lower ? base : null;
  } catch {
    return null;
  }
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

// Verbs of the news that compromise's lexicon lacks altogether ("retain", "attend", "destroy", "indict").
const UNLISTED_VERBS = new Set([
  'retain',
  'attend',
  'direct',
  'nominate',
  'destroy',
  'clinch',
  'rehire',
  'hire',
  'sprain',
  'turn',
  'burn',
  'level',
  'flip',
  'jolt',
  'interdict',
  'intercept',
  'thwart',
  'foil',
  'acquit',
  'ambush',
  'arraign',
  'assassinate',
  'assault',
  'convict',
  'defend',
  'detain',
  'disappear',
  'dismiss',
  'donate',
  'eliminate',
  'embezzle',
  'execute',
  'extradite',
  'halt',
  'indict',
  'inject',
  'interrogate',
  'investigate',
  'loot',
  'nab',
  'oust',
  'pardon',
  'plunder',
  'postpone',
  'prosecute',
  'rebuild',
  'scrap',
  'subpoena',
  'surrender',
  'swap',
  'torch',
  'triumph',
  'uproot',
  'vandalize',
  'outscore',
  'cut',
  'demote',
  'select',
  'pick',
  'tap',
  'inaugurate',
  'burgle',
  'mug',
  'blackmail',
  'reroute',
  'describe',
  'identify',
  'finish',
  'close',
  'connect',
  'criticize',
  'watch',
  'spread',
  'shut',
  'split',
  'rise',
  'note',
  'press',
  'sever',
  'restore',
  'renew',
  'reinstate',
  'overturn',
  'unveil',
  'evacuate',
  'collapse',
  'explode',
  'erupt',
  'derail',
  'topple',
  'demolish',
  'devastate',
  'wreck',
  'shatter',
  'smash',
  'strangle',
  'stab',
  'behead',
  'abduct',
  'kidnap',
  'hijack',
  'smuggle',
  'snatch',
  'steal',
  'rob',
  'raid',
  'storm',
  'rout',
  'sack',
  'fire',
  'resign',
  'retire',
  'elect',
  'reelect',
  're-elect',
  'appoint',
  'confess',
  'testify',
  'plead',
  'sentence',
  'imprison',
  'deport',
  'expel',
  'extend',
  'sign',
  'trade',
  'waive',
  'draft',
  'injure',
  'drown',
  'crash',
  'collide',
  'plunge',
]);

// Verbs whose past is their base ("a date has been set", "80 hurt"), which the lexicon files as nouns.
const SAME_PAST = new Set(['set', 'cut', 'shut', 'spread', 'hurt', 'cast', 'quit', 'burst', 'split', 'shed', 'upset']);

/** A verb whose past and participle are its base form ("set", "hurt", "spread"). */
export function isSamePast(lower: string): boolean {
  return SAME_PAST.has(lower);
}

/** A verb the lexicon lacks or files as an adjective only ("retain", "direct"). */
export function isUnlistedVerb(base: string): boolean {
  return UNLISTED_VERBS.has(base);
}

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

// Nouns of the news that name a happening or a state of affairs ECB+ marks as an action, beyond the
// event nouns above: deaths and injuries, crimes, games and ceremonies, statements and charges.
const MENTION_NOUNS = new Set([
  'death',
  'injury',
  'damage',
  'crime',
  'scandal',
  'incident',
  'game',
  'match',
  'playoff',
  'playoffs',
  'tournament',
  'championship',
  'victory',
  'win',
  'loss',
  'statement',
  'charge',
  'suspicion',
  'party',
  'show',
  'award',
  'awards',
  'role',
  'job',
  'offer',
  'sequel',
  'arson',
  'piracy',
  'outage',
  'vigil',
  'riot',
  'heist',
  'theft',
  'burglary',
  'assault',
  'homicide',
  'suicide',
  'overdose',
  'surgery',
  'treatment',
  'injuries',
  'emergency',
  'disaster',
  'catastrophe',
  'tragedy',
  'crisis',
  'conflict',
  'violence',
  'unrest',
  'threat',
  'warning',
  'alert',
  'strike',
  'layoff',
  'layoffs',
  'cut',
  'cuts',
  'bid',
  'plea',
  'appeal',
  'custody',
  'bail',
  'sentence',
  'probation',
  'penalty',
  'fine',
  'ban',
  'suspension',
  'firing',
  'hire',
  'departure',
  'arrival',
  'return',
  'move',
  'transfer',
  'trade',
  'signing',
  'premiere',
  'release',
  'launch',
  'debut',
  'concert',
  'festival',
  'parade',
  'celebration',
  'wedding',
  'marriage',
  'divorce',
  'birth',
  'funeral',
  'burial',
  'memorial',
  'tribute',
  'interview',
  'report',
  'reports',
  'comment',
  'comments',
  'remarks',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'denial',
  'confirmation',
  'apology',
  'criticism',
  'condemnation',
  'support',
  'opposition',
  'response',
  'reaction',
  'decision',
  'plan',
  'proposal',
  'request',
  'demand',
  'order',
  'orders',
  'approval',
  'rejection',
  'aftershock',
  'aftershocks',
  'tremor',
  'blaze',
  'flames',
  'smoke',
  'spill',
  'leak',
  'failure',
  'breakdown',
  'outages',
  'shot',
  'shots',
  'gunfire',
  'goal',
  'goals',
  'touchdown',
  'touchdowns',
  'score',
  'lead',
  'hit',
  'pass',
  'run',
  'runs',
  'kill',
  'kills',
  'casualties',
  'casualty',
  'fatalities',
  'victims',
  'rampage',
  'standoff',
  'chase',
  'pursuit',
  'hunt',
  'manhunt',
  'search',
  'recovery',
  'repair',
  'repairs',
  'restoration',
  'upgrade',
  'acquire',
  'deal',
  'talks',
  'war',
  'test',
  'fire',
  'trip',
  'tour',
  'exercise',
  'operation',
  'campaign',
  'call',
  'speech',
  'debate',
  'fight',
  'attempt',
  'opening',
  'sale',
  'march',
  'announcement',
  // Stays, changes and legal steps of the news.
  'stint',
  'stay',
  'exit',
  'slaying',
  'arraignment',
  'indictment',
  'testimony',
  'manslaughter',
  'violation',
  'probe',
  'bust',
  'coma',
  'stoppage',
  'bankruptcy',
  'interception',
  'stampede',
  'crossfire',
  'spree',
  'fallout',
  'aftermath',
  'change',
  'review',
  'sleep',
  'broadcast',
  'telecast',
  'boycott',
  'contest',
  'bout',
  'brawl',
  'blow',
  'quarrel',
  'feud',
  'dispute',
  'breach',
  'hack',
  'outburst',
  'uproar',
  'outcry',
  'backlash',
  // Causes and troubles that ECB+ counts as what happened: "died in a fall", "for undisclosed reasons".
  'fall',
  'problem',
  'reason',
  'cause',
  'step',
  'event',
  'play',
  'anger',
  'career',
  'help',
  'suit',
  'start',
  // Illnesses, which ECB+ counts as states: "died of heart disease".
  'disease',
  'illness',
  'cancer',
  'pneumonia',
  // Stages of a contest.
  'round',
  'quarterfinal',
  'semifinal',
]);
// Recurring events known by name, capitalised like names: "host the Oscars".
const NAMED_EVENTS = new Set(['oscars', 'oscar', 'grammys', 'emmys', 'olympics', 'paralympics']);

/** A recurring event known by its name ("Oscars"), which the mention finder takes despite its capital. */
export function isNamedEvent(lower: string): boolean {
  return NAMED_EVENTS.has(lower);
}
// "Government", "department": nouns in -ment, -tion and -al whose verb reading is not a happening.
const NOT_NOMINALIZATIONS = new Set([
  'government',
  'department',
  'apartment',
  'equipment',
  'environment',
  'management',
  'movement',
  'nation',
  'station',
  'information',
  'position',
  'population',
  'condition',
  'organization',
  'organisation',
  'administration',
  'association',
  'foundation',
  'institution',
  'tradition',
  'relation',
  'relations',
  'location',
  'section',
  'version',
  'edition',
  'portion',
  'question',
  'situation',
  'mention',
  'attention',
  'intention',
  'nationals',
  'official',
  'officials',
  'several',
  'general',
  'total',
  'material',
  'individual',
  'commercial',
  'editorial',
  'principal',
  'potential',
  'animal',
  'hospital',
  'capital',
  'signal',
  'original',
  'terminal',
  'criminal',
  'rival',
  'federal',
  'instrument',
  'document',
  'documents',
  'statement',
  'element',
  'moment',
  'comment',
  'segment',
  'settlement',
  'development',
  'requirement',
  'establishment',
  'entertainment',
  'amendment',
  'tournament',
  'parliament',
  'pavement',
  'basement',
  'compliment',
  'supplement',
  'implement',
  'engagement',
  'accomplishment',
  'achievement',
  'employment',
  'enforcement',
  'commitment',
  'assignment',
  'investment',
  'appointment',
  'treatment',
  'payment',
  'shipment',
  'connection',
  'direction',
  'production',
  'construction',
  'collection',
  'selection',
  'protection',
  'reduction',
  'generation',
  'operation',
  'corporation',
  'federation',
  'cooperation',
  'regulation',
  'legislation',
  'education',
  'communication',
  'transportation',
  'station',
  'consideration',
  'expectation',
  'explanation',
  'preparation',
  'reputation',
  'destination',
  'combination',
  'imagination',
  'motion',
  'emotion',
  'promotion',
  'notion',
  'option',
  'opinion',
  'union',
  'region',
  'division',
  'vision',
  'television',
  'provision',
  'mission',
  'commission',
  'permission',
  'session',
  'profession',
  'impression',
  'expression',
  'possession',
  'passion',
  'tension',
  'pension',
  'mansion',
  'dimension',
  'extension',
  'version',
  'fiction',
  'addition',
  'tradition',
  'competition',
  'composition',
  'solution',
  'pollution',
  'resolution',
  'constitution',
  'revolution',
  'evolution',
  'institution',
  'contribution',
  'distribution',
  'proportion',
  'nutrition',
  'ambition',
  'condition',
  'edition',
  'definition',
  'recognition',
  'tuition',
]);
const ACTION_SUFFIXES: [RegExp, string][] = [
  [/ations?$/, 'ate'],
  [/tions?$/, 'te'],
  [/ions?$/, ''],
  [/ions?$/, 'e'],
  [/ments?$/, ''],
  [/als?$/, ''],
  [/als?$/, 'e'],
  [/ures?$/, ''],
  [/ures?$/, 'e'],
  [/ances?$/, ''],
  [/ences?$/, ''],
  [/ances?$/, 'e'],
];

/**
 * The base an event noun of any strength is filed under ("launches" → "launch", "deaths" → "death",
 * "investigation" → "investigate"), or null for words that do not name a happening.
 */
export function mentionNoun(lower: string): string | null {
  // The noun "fire" is a blaze; the verb "fire" a shot or a launch.
  if (lower === 'fire' || lower === 'fires') return 'blaze';
  const listed = eventNoun(lower, false);
  if (listed) return listed;
  const forms = [lower];
  if (lower.endsWith('ies')) forms.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  if (lower.endsWith('s')) forms.push(lower.slice(0, -1));
  const found = forms.find(form => MENTION_NOUNS.has(form));
  if (found) return found;
  return nominalizedVerb(lower);
}

// "Investigation" → "investigate", "arrival" → "arrive", "shipment" → "ship": a noun made of a verb.
function nominalizedVerb(lower: string): string | null {
  if (lower.length < 7 || NOT_NOMINALIZATIONS.has(lower) || NOT_NOMINALIZATIONS.has(lower.replace(/s$/, '')))
    return null;
  for (const [suffix, replacement] of ACTION_SUFFIXES) {
    if (!suffix.test(lower)) continue;
    const stem = lower.replace(suffix, replacement);
    if (stem.length >= 3 && (/Infinitive/.test(tagsOf(stem)) || UNLISTED_VERBS.has(stem))) return stem;
  }
  return null;
}
