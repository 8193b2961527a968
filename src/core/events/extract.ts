// Finds sentence-level events: the sentence's main action verb, the actors named in it, and its date.
import type { DateMention, Mention, NewsEvent, Span } from '../types';
import type { Token, TokenizedText } from '../text/tokenize';
import { isCommonWord, isPastTense, isVerbForm, lexiconTags } from '../text/lexicon';

// Reporting verbs carry what someone said, not a happening of their own.
const REPORTING_VERBS = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'stress', 'stressed', 'add', 'added', 'note', 'noted',
  'reiterate', 'reiterated', 'report', 'reported', 'state', 'stated', 'believe', 'believes', 'claim', 'claimed',
  'reads', 'read', 'according', 'quoted', 'cited', 'wrote', 'asked', 'replied', 'explained', 'announced',
]);
// Helpers and copulas say how, not what.
const NOT_TRIGGERS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'get', 'got', 'seem', 'seems', 'like',
]);

export function extractEvents(doc: TokenizedText, entities: Mention[], dates: DateMention[]): NewsEvent[] {
  const events: NewsEvent[] = [];
  for (const sentence of doc.sentences) {
    const actorKeys = unique(within(entities, sentence).map(e => e.actorKey));
    if (actorKeys.length === 0) continue;
    const trigger = findTrigger(doc.tokens.slice(sentence.first, sentence.last), entities);
    if (!trigger) continue;
    const date = within(dates, sentence)[0]?.value ?? null;
    events.push({ start: sentence.start, end: sentence.end, text: sentence.text, trigger: { start: trigger.start, end: trigger.end, text: trigger.text }, date, actorKeys });
  }
  return events;
}

// The first past-tense action verb, else the first verb of any form, outside names and dates.
function findTrigger(tokens: Token[], entities: Mention[]): Token | null {
  const verbs = tokens.filter(t => t.kind === 'word' && isVerbForm(t.lower) && !NOT_TRIGGERS.has(t.lower)
    && !REPORTING_VERBS.has(t.lower) && !/^\p{Lu}/u.test(t.text) && !inside(entities, t) && !isNounFirst(t.lower));
  return verbs.find(t => isPastTense(t.lower)) ?? verbs[0] ?? null;
}

// Words like "talks" or "drills" are verbs in the lexicon only in their rarer reading.
function isNounFirst(lower: string): boolean {
  const tags = lexiconTags(lower) ?? '';
  return /Plural|Singular|Noun/.test(tags) && isCommonWord(lower) && !/PastTense/.test(tags);
}

function inside(spans: Span[], token: Token): boolean {
  return spans.some(s => s.start <= token.start && token.end <= s.end);
}

function within<T extends Span>(spans: T[], container: Span): T[] {
  return spans.filter(s => s.start >= container.start && s.end <= container.end);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
