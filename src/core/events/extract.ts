// Finds sentence-level events: the sentence's main action verb, the actors named in it, and its date.
import type { DateMention, Mention, NewsEvent, Span } from '../types';
import type { Sentence, Term } from '../text/parse';

// Reporting verbs carry what someone said, not a happening of their own.
const REPORTING_VERBS = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'stress', 'stressed', 'add', 'added', 'note', 'noted',
  'reiterate', 'reiterated', 'report', 'reported', 'state', 'stated', 'believe', 'believes', 'claim', 'claimed',
  'reads', 'read', 'according',
]);

// Helpers and copulas say how, not what; compromise also calls "last" in "last week" a verb at times.
const NOT_TRIGGER_TAGS = ['Auxiliary', 'Modal', 'Copula', 'Date', 'Adjective'];

export function extractEvents(sentences: Sentence[], entities: Mention[], dates: DateMention[]): NewsEvent[] {
  const events: NewsEvent[] = [];
  for (const sentence of sentences) {
    const trigger = findTrigger(sentence.terms);
    if (!trigger) continue;
    const actorKeys = unique(within(entities, sentence).map(e => e.actorKey));
    if (actorKeys.length === 0) continue;
    const date = within(dates, sentence)[0]?.value ?? null;
    events.push({ ...trimmed(sentence), trigger: { start: trigger.start, end: trigger.end, text: trigger.text }, date, actorKeys });
  }
  return events;
}

function findTrigger(terms: Term[]): Term | null {
  return terms.find(t => t.tags.has('Verb') && !NOT_TRIGGER_TAGS.some(tag => t.tags.has(tag))
    && !REPORTING_VERBS.has(t.text.toLowerCase()) && !/^(?:be|been|being)$/i.test(t.text)) ?? null;
}

function within<T extends Span>(spans: T[], container: Span): T[] {
  return spans.filter(s => s.start >= container.start && s.end <= container.end);
}

function trimmed(span: Span): Span {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { start: span.start + lead, end: span.start + lead + text.length, text };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
