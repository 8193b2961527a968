// Tells whether a time expression is said of the past or the future, from the verbs of its clause.
//
// Wire copy places a bare weekday or month-day by tense: "said Tuesday" is the Tuesday before the
// article date, "will meet on Friday" the Friday after. The nearest verb group on the left in the
// same clause decides ("talks that began Monday will end Friday"); failing that, the nearest on the
// right ("On Friday, the ministers will meet").

export type Tense = 'past' | 'present' | 'future';

export interface TenseOptions {
  /** Look right first: a possessive ("Thursday's talks would …") belongs to the verb after it. */
  rightFirst?: boolean;
}

const FUTURE = new Set([
  'will',
  "won't",
  'wont',
  'shall',
  'would',
  'upcoming',
  'scheduled',
  'expected',
  'planned',
  'plans',
  'plan',
  'planning',
  'intends',
  'intend',
  'aims',
  'hopes',
]);

// Irregular past forms; regular ones end in "-ed". Reporting verbs in the present ("says") report
// something already said, so they place a bare weekday as the past tense does.
const PAST = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'met',
  'began',
  'came',
  'went',
  'took',
  'made',
  'held',
  'gave',
  'left',
  'saw',
  'found',
  'spoke',
  'became',
  'won',
  'lost',
  'hit',
  'fell',
  'rose',
  'sent',
  'led',
  'ran',
  'brought',
  'fled',
  'struck',
  'wrote',
  'flew',
  'sought',
  'thought',
  'knew',
  'got',
  'shot',
  'kept',
  'paid',
  'sold',
  'bought',
  'built',
  'caught',
  'chose',
  'drew',
  'drove',
  'fought',
  'forgot',
  'froze',
  'grew',
  'heard',
  'hid',
  'hung',
  'laid',
  'meant',
  'rang',
  'rode',
  'sat',
  'shook',
  'shut',
  'slept',
  'sank',
  'sped',
  'spent',
  'stood',
  'stole',
  'stuck',
  'swore',
  'swept',
  'taught',
  'threw',
  'tore',
  'understood',
  'woke',
  'wore',
  'withdrew',
  'overtook',
  'undertook',
  'arose',
  'broke',
  'burst',
  'cut',
  'dealt',
  'dug',
  'felt',
  'forbade',
  'forgave',
  'lit',
  'overcame',
  'oversaw',
  'rebuilt',
  'slid',
  'spun',
  'strove',
  'upheld',
  'wept',
  'says',
  'tells',
]);

// Present forms, including plural ones that cannot be told from the base form ("voters go to the
// polls on Tuesday"); in news, a present-tense clause with a weekday speaks of a coming day.
const PRESENT = new Set([
  'is',
  'are',
  'am',
  'remains',
  'has',
  'have',
  'begins',
  'starts',
  'opens',
  'ends',
  'meets',
  'takes',
  'goes',
  'go',
  'meet',
  'vote',
  'votes',
  'begin',
  'start',
  'open',
  'close',
  'closes',
  'end',
  'hold',
  'holds',
  'face',
  'faces',
  'head',
  'heads',
  'return',
  'returns',
  'resume',
  'resumes',
  'arrive',
  'arrives',
  'leave',
  'leaves',
  'travel',
  'travels',
  'visit',
  'visits',
  'runs',
  'expires',
  'expire',
]);

// "may cut rates", "could meet": a possibility still to come; "could have met" is the past.
const MODALS = new Set(['may', 'might', 'could', 'should', 'must']);

const LINKING_VERBS = new Set([
  'remain',
  'remains',
  'stay',
  'stays',
  'become',
  'becomes',
  'seem',
  'seems',
  'look',
  'looks',
  'get',
  'gets',
]);

// "has been", "have met": the present perfect speaks of the past.
const PERFECT_AUXILIARIES = new Set(['has', 'have']);
const PARTICIPLE =
  /(?:ed|en|been|met|made|held|had|said|told|begun|come|gone|taken|risen|fallen|won|lost|hit|sent|built)$/i;

// "-ed" adjectives and participles that do not place a clause in the past.
const NOT_PAST = new Set([
  'scheduled',
  'expected',
  'planned',
  'proposed',
  'intended',
  'armed',
  'united',
  'based',
  'related',
  'concerned',
  'alleged',
  'detailed',
  'limited',
  'advanced',
  'supposed',
  'red',
]);

// A clause ends at these; "He said that on Friday the talks will resume" must not take "said" for "Friday".
// "until", "before" and "after" are left out: before a date they are prepositions ("closed until Thursday").
const CLAUSE_BREAK = /^(?:that|which|who|when|while|whereas|but|because|although|though|as|and|;|:|\.|\?|!|"|“|”)$/i;
const SENTENCE_END = /^[.?!;]$/;
const WORD = /[A-Za-z’']+|\d+|[;:.?!"“”]/g;
const WINDOW = 10;
const REACH = 160;

function normalized(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/’/g, "'");
}

/** The tense word `i` of `words` gives its clause, looking at its verb group, or null. */
function tenseOfWord(words: string[], i: number): Tense | null {
  const w = normalized(words[i]);
  const next = normalized(words[i + 1]);
  const previous = normalized(words[i - 1]);
  if (w.endsWith("'ll") || FUTURE.has(w)) return 'future';
  // "May" with a capital is the month ("since May 26"), not the modal.
  if (MODALS.has(w) && /^[a-z]/.test(words[i])) return next === 'have' ? 'past' : 'future';
  // "set to", "due to", "going to": a plan, not a past act.
  if (['going', 'set', 'due'].includes(w) && (next === 'to' || next === 'for')) return 'future';
  if (PERFECT_AUXILIARIES.has(w) && PARTICIPLE.test(next)) return 'past';
  const past = PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
  if (past) {
    // "may cut", "will hit": after a modal the form is the base verb.
    if (FUTURE.has(previous) || (MODALS.has(previous) && /^[a-z]/.test(words[i - 1])) || previous.endsWith("'ll"))
      return 'future';
    // "will be held", "is to be signed": a passive future; "is closed": a present state.
    const beforeBe = normalized(words[i - 2]);
    if (
      previous === 'be' &&
      (FUTURE.has(beforeBe) || MODALS.has(beforeBe) || beforeBe === 'to' || beforeBe.endsWith("'ll"))
    )
      return 'future';
    if (previous === 'is' || previous === 'are' || previous === 'am') return 'present';
    // "will remain closed": the participle is a state; the verb before it has the tense.
    if (LINKING_VERBS.has(previous)) return null;
    return 'past';
  }
  if (PRESENT.has(w)) {
    // "will meet" is the future; an infinitive ("refused to meet") takes its tense from the verb before it.
    if (FUTURE.has(previous) || previous.endsWith("'ll")) return 'future';
    return previous === 'to' ? null : 'present';
  }
  return null;
}

function words(text: string): string[] {
  return [...text.matchAll(WORD)].map(m => m[0]);
}

function tenseBefore(text: string, start: number): Tense | null {
  const before = words(text.slice(Math.max(0, start - REACH), start)).slice(-WINDOW);
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before[i])) break;
    const tense = tenseOfWord(before, i);
    if (tense) return tense;
  }
  return null;
}

function tenseAfter(text: string, end: number): Tense | null {
  const after = words(text.slice(end, end + REACH)).slice(0, WINDOW);
  for (let i = 0; i < after.length; i++) {
    if (SENTENCE_END.test(after[i])) break;
    const tense = tenseOfWord(after, i);
    if (tense) return tense;
  }
  return null;
}

/** The tense of the clause around `text.slice(start, end)`, or null when no verb says it. */
export function tenseAround(text: string, start: number, end: number, options: TenseOptions = {}): Tense | null {
  if (options.rightFirst) return tenseAfter(text, end) ?? tenseBefore(text, start);
  return tenseBefore(text, start) ?? tenseAfter(text, end);
}
