// Finds the events of an article, one per clause: the happening's trigger, its actors (the agent
// first), its place and date, and who reported it. Reports, states and maybes are not events.
import type { ArticleDate, Coreference, DateMention, Mention, NewsEvent } from '../types';
import type { Sentence, TokenizedText } from '../text/tokenize';
import { firstEndingAfter, spansWithin } from './sorted-spans';
import { splitClauses, type Clause } from './clauses';
import { findEventNoun, type ClauseContext, type Predicate } from './predicates';
import { findQuotes, reportedBy, type Quote } from './quotes';
import { eventKind } from './kinds';
import { antecedent } from './pronouns';
import { clauseMentions, type EventMentionTrigger } from './mentions';
import { isReportingVerb, isStateVerb, mentionNoun } from './words';

// "In Moscow", "over Japan", "on the Korean Peninsula": where it happened, not who took part.
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'over',
  'into',
  'inside',
  'outside',
  'across',
  'off',
  'on',
  'throughout',
  'around',
]);
const MOVEMENT_PREPOSITIONS = new Set(['to', 'from', 'toward', 'towards']);
// Prepositions that make a name a modifier of the subject ("Chief of Russia’s General Staff").
const OBLIQUE = new Set(['of', 'for', 'with', 'from', 'at', 'in', 'by', 'to', 'about', 'against', 'between', 'among']);
const POSSESSIVE = /['’]s?$/;
const SENTENCE_END = /[.!?"”’)]$/;
const SUBORDINATE = new Set([
  'before',
  'after',
  'when',
  'while',
  'since',
  'until',
  'because',
  'if',
  'which',
  'who',
  'that',
  'whether',
  'although',
]);

interface ArticleContext extends ClauseContext {
  entities: Mention[];
  /** Entity index per token, -1 outside names. */
  entityAt: Int32Array;
  dates: DateMention[];
  quotes: Quote[];
  /** Resolved pronouns by their start offset. */
  coreferences: Map<number, string>;
  /** The date of each speaker's last dated report ("Lavrov said Tuesday"), by surname key. */
  reportDates: Map<string, string>;
}

export function extractEvents(
  doc: TokenizedText,
  entities: Mention[],
  dates: DateMention[],
  articleDate?: ArticleDate,
  coreferences: Coreference[] = [],
): NewsEvent[] {
  const sortedEntities = [...entities].sort((a, b) => a.start - b.start);
  const entityAt = markTokens(doc, sortedEntities);
  const dateAt = markTokens(
    doc,
    [...dates].sort((a, b) => a.start - b.start),
  );
  const ctx: ArticleContext = {
    text: doc.text,
    tokens: doc.tokens,
    blocked: i => entityAt[i] >= 0 || dateAt[i] >= 0,
    endsName: i => entityAt[i] >= 0 && sortedEntities[entityAt[i]].end === doc.tokens[i].end,
    headline: false,
    entities: sortedEntities,
    entityAt,
    dates: dates.filter(isCalendarDate),
    quotes: findQuotes(doc, sortedEntities),
    coreferences: new Map(coreferences.filter(c => c.kind === 'pronoun').map(c => [c.start, c.actorKey])),
    reportDates: new Map(),
  };
  const events: NewsEvent[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.last - sentence.first < 2) continue;
    ctx.headline = isHeadline(doc, sentence);
    events.push(...sentenceEvents(ctx, sentence, articleDate?.value ?? null));
  }
  return events;
}

function sentenceEvents(ctx: ArticleContext, sentence: Sentence, articleDate: string | null): NewsEvent[] {
  const clauses = splitClauses(ctx, sentence);
  const reports = findReports(ctx, clauses);
  const sentenceDates = spansWithin(ctx.dates, sentence.start, sentence.end).filter(d => !startsRange(ctx.text, d));
  const inQuote = quoteAround(ctx.quotes, sentence.start, sentence.end) !== undefined;
  const events: NewsEvent[] = [];
  let previousAgent: string | null = null;
  for (const clause of clauses) {
    // One mention per head word: a verb group the clause finder reports twice is one mention.
    const mentions = clauseMentions(ctx, clause).filter((m, i, all) => all.findIndex(o => o.head === m.head) === i);
    const chosen =
      happeningOf(ctx, clause, clauses.length, reports.length > 0 || inQuote) ??
      actionMention(mentions) ??
      reportedMeeting(ctx, clause, mentions);
    // A verbless clause's event noun is its main mention even where the mention finder saw it as a noun.
    if (chosen && !mentions.some(m => m.head === chosen.head))
      mentions.push({ ...chosen, polarity: 'positive', modality: 'asserted' });
    let clauseAgent: string | null = null;
    for (const mention of mentions) {
      const isChosen = chosen !== null && mention.head === chosen.head;
      // In reported speech "would" is the past of "will" (see happeningOf).
      if (isChosen && chosen.mood === 'future' && mention.modality === 'hypothetical' && chosen.modal === 'would')
        mention.modality = 'future';
      const predicate: Predicate = isChosen
        ? { ...chosen, mood: mention.polarity === 'negative' ? 'negated' : chosen.mood }
        : mention;
      const event = mentionEvent(
        ctx,
        sentence,
        clause,
        predicate,
        mention,
        reports,
        clauses,
        previousAgent,
        inQuote,
        sentenceDates,
        articleDate,
      );
      // A lone event noun with nobody involved is more often the page's furniture ("Join the discussion").
      const furniture = event.actorKeys.length === 0 && !event.placeKey && clause.predicates.length === 0;
      event.main =
        isChosen &&
        !furniture &&
        mention.polarity === 'positive' &&
        (mention.modality === 'asserted' || mention.modality === 'future');
      if (event.main && event.kind === 'meeting') withSpeaker(ctx, event, predicate.head, reports, clause);
      if (event.main) clauseAgent = event.actorKeys[0] ?? null;
      if (mention.mood === 'reporting' && event.dateSource === 'sentence' && event.date && event.actorKeys[0])
        ctx.reportDates.set(surnameKey(event.actorKeys[0]), event.date);
      events.push(event);
    }
    previousAgent =
      clauseAgent ?? firstNameBefore(ctx, clause.first, clause.predicates[0]?.head ?? clause.first) ?? previousAgent;
  }
  return events.sort((a, b) => a.trigger.start - b.trigger.start);
}

// One mention as an event: the clause's names ordered around its own trigger, a pronoun subject
// resolved, its own clause's date.
function mentionEvent(
  ctx: ArticleContext,
  sentence: Sentence,
  clause: Clause,
  predicate: Predicate,
  mention: EventMentionTrigger,
  reports: Report[],
  clauses: Clause[],
  previousAgent: string | null,
  inQuote: boolean,
  sentenceDates: DateMention[],
  articleDate: string | null,
): NewsEvent {
  const start = ctx.tokens[clause.first].start;
  const end = ctx.tokens[clause.last - 1].end;
  const quote = quoteAround(ctx.quotes, ctx.tokens[predicate.first].start, ctx.tokens[predicate.last - 1].end);
  const speakerKey =
    mention.mood === 'reporting' ? null : (quote?.speakerKey ?? reporterOf(ctx, reports, clauses, clause, predicate));
  const names = spansWithin(ctx.entities, start, end).filter(
    e => !isReportParticipant(ctx, reports, clause, predicate, e),
  );
  const kind = eventKind(predicate.base);
  const places = placesOf(ctx, names, kind === 'movement');
  const actorKeys = orderActors(
    ctx,
    names.filter(e => !places.includes(e)),
    predicate,
  );
  const verbStart = ctx.tokens[predicate.first].start;
  if (!names.some(e => e.end <= verbStart)) {
    // Inside a quote "he" and "she" are seen from the speaker, who rarely means themselves.
    const pronoun = quote || inQuote ? null : pronounSubject(ctx, clause.first, predicate.first);
    // "Reid told People she was…" is not Reid's doing; "Pyongyang claimed it had carried out…" is.
    const thing = pronoun !== null && !pronoun.startsWith('person:');
    const subject = clause.sharesSubject ? previousAgent : pronoun !== speakerKey || thing ? pronoun : null;
    if (subject) actorKeys.unshift(subject);
  }
  const triggerFirst = predicate === mention ? mention.first : predicate.first;
  const triggerLast = predicate === mention ? mention.last : predicate.last;
  const trigger = { start: ctx.tokens[triggerFirst].start, end: ctx.tokens[triggerLast - 1].end, text: '' };
  trigger.text = ctx.text.slice(trigger.start, trigger.end);
  const asserted = mention.polarity === 'positive' && mention.modality === 'asserted' && mention.mood !== 'future';
  // Without a date of its own, a reported happening takes the report's ("As the military reported on October 19, …").
  const report = coveringReport(ctx, reports, clauses, clause, predicate);
  const own =
    spansWithin(sentenceDates, start, end).length > 0 || !report
      ? { start, end }
      : { start: ctx.tokens[report.clause.first].start, end: ctx.tokens[report.clause.last - 1].end };
  const date = dateOf(
    sentenceDates,
    own.start,
    own.end,
    asserted ? predicate : { ...predicate, mood: 'future' },
    articleDate,
  );
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    trigger,
    date: date.value,
    dateSource: date.source,
    actorKeys: [...new Set(actorKeys)],
    placeKey: places[0]?.actorKey ?? null,
    speakerKey,
    kind,
    action: predicate === mention ? trigger.text : predicate.action,
    lemma: predicate.base,
    main: false,
    polarity: mention.polarity,
    modality: mention.modality,
    happeningKey: '',
  };
}

// A clause whose verb the clause finder did not know ("hanged himself", "destroyed the church"):
// its first asserted verb mention that tells what happened.
function actionMention(mentions: EventMentionTrigger[]): Predicate | null {
  return (
    mentions.find(
      m =>
        m.mood === 'happening' &&
        m.polarity === 'positive' &&
        m.modality === 'asserted' &&
        !isReportingVerb(m.base) &&
        !isStateVerb(m.base) &&
        !mentionNoun(m.base) &&
        /(?:ed|s)$/.test(m.action),
    ) ?? null
  );
}

// "Lavrov said during a meeting with Komura": a report's clause whose happening is the meeting it was made at.
function reportedMeeting(ctx: ArticleContext, clause: Clause, mentions: EventMentionTrigger[]): Predicate | null {
  return (
    mentions.find(
      m =>
        eventKind(m.base) === 'meeting' &&
        /^(?:during|at|after|before|ahead)$/.test(
          ctx.tokens[m.head - 1]?.lower === 'a' || ctx.tokens[m.head - 1]?.lower === 'the'
            ? (ctx.tokens[m.head - 2]?.lower ?? '')
            : (ctx.tokens[m.head - 1]?.lower ?? ''),
        ) &&
        m.polarity === 'positive' &&
        clause.predicates.some(p => p.mood === 'reporting'),
    ) ?? null
  );
}

// Both parties of a meeting reported by one of them: the speaker of "…, Lavrov said during a meeting
// with Komura" met Komura; and a meeting told without a date takes the speaker's last dated report.
function withSpeaker(ctx: ArticleContext, event: NewsEvent, head: number, reports: Report[], clause: Clause): void {
  const report = reports.find(r => r.clause === clause && r.predicate.head < head);
  const speaker = report?.speakerKey;
  if (!speaker || event.actorKeys.includes(speaker)) return;
  event.actorKeys.unshift(speaker);
  if (event.speakerKey === speaker) event.speakerKey = null;
  const dated = ctx.reportDates.get(surnameKey(speaker));
  if (event.dateSource !== 'sentence' && dated) {
    event.date = dated;
    event.dateSource = 'sentence';
  }
}

function surnameKey(key: string): string {
  return key.startsWith('person:') ? key.slice(key.lastIndexOf('-') + 1) : key;
}

interface Report {
  clause: Clause;
  predicate: Predicate;
  speakerKey: string | null;
}

// "…, the Russian Foreign Ministry’s press office announced": the name next to the verb, else the
// clause's first name. A report inside a subordinate clause ("before Pyongyang stated…") attributes nothing.
function findReports(ctx: ArticleContext, clauses: Clause[]): Report[] {
  return clauses.flatMap(clause =>
    SUBORDINATE.has(ctx.tokens[clause.first].lower)
      ? []
      : clause.predicates
          .filter(p => p.mood === 'reporting')
          .map(predicate => ({
            clause,
            predicate,
            speakerKey:
              reportedBy(ctx.tokens, ctx.entities, predicate.head) ??
              firstNameBefore(ctx, clause.first, predicate.head),
          })),
  );
}

// A report covers its complement ("X said Y launched", "X said on Tuesday that Y launched"), the
// clause after a fronted attribution ("As the military reported, Y launched"; "According to X, …")
// and what a trailing attribution closes (“…, ” Lavrov said); not a second verb of the same subject
// ("North Korea declared itself a nuclear power and conducted tests") nor a relative clause.
function reporterOf(
  ctx: ArticleContext,
  reports: Report[],
  clauses: Clause[],
  clause: Clause,
  predicate: Predicate,
): string | null {
  return coveringReport(ctx, reports, clauses, clause, predicate, true)?.speakerKey ?? null;
}

function coveringReport(
  ctx: ArticleContext,
  reports: Report[],
  clauses: Clause[],
  clause: Clause,
  predicate: Predicate,
  named = false,
): Report | null {
  const at = clauses.indexOf(clause);
  const opener = ctx.tokens[clause.first].lower;
  for (const report of reports) {
    const reportAt = clauses.indexOf(report.clause);
    const reportOpener = ctx.tokens[report.clause.first].lower;
    const covers =
      reportAt === at
        ? report.predicate.head < predicate.head
        : reportAt < at
          ? (opener === 'that' && clause.first - report.predicate.last <= 3) || /^(?:as|according)$/.test(reportOpener)
          : /^[,"”’]$/.test(reportOpener);
    if (covers && (report.speakerKey || !named)) return report;
  }
  return null;
}

// The clause's happening: its first verb that tells what happened or is planned; in a sentence
// without any verb, its first event noun ("Missile launch over Japan").
function happeningOf(ctx: ArticleContext, clause: Clause, clauseCount: number, reported: boolean): Predicate | null {
  for (const predicate of clause.predicates) {
    if (predicate.mood === 'happening' || predicate.mood === 'future') return predicate;
    // In reported speech "would" is the past of "will": "Lavrov added that Russia would share…".
    if (predicate.mood === 'hypothetical' && predicate.modal === 'would' && reported)
      return { ...predicate, mood: 'future' };
  }
  if (clause.predicates.length === 0 && clauseCount === 1) return findEventNoun(ctx, clause.first, clause.last);
  return null;
}

// The agent comes first: a name before the verb that heads its phrase, not a possessive ("North
// Korea’s Foreign Ministry"), not after a preposition ("the risk of war between…") and not a name
// that qualifies the next one ("General Staff Army General Valery Gerasimov"); in the passive, the
// name after "by".
function orderActors(ctx: ArticleContext, names: Mention[], predicate: Predicate): string[] {
  const verbStart = ctx.tokens[predicate.first].start;
  const before = names.filter(e => e.end <= verbStart);
  const after = names.filter(e => e.start >= verbStart);
  const isAgent = (e: Mention, i: number) =>
    !isPossessive(ctx, e) && !OBLIQUE.has(wordBefore(ctx, e)) && !qualifiesNext(ctx, e, before[i + 1]);
  const agents = before.filter(isAgent);
  const byAgent = predicate.passive ? after.filter(e => wordBefore(ctx, e) === 'by') : [];
  const ordered = [...byAgent, ...agents, ...before.filter(e => !agents.includes(e)), ...after];
  return ordered.map(e => e.actorKey);
}

function isPossessive(ctx: ArticleContext, e: Mention): boolean {
  return POSSESSIVE.test(e.text) || /^['’]s?\b/.test(ctx.text.slice(e.end, e.end + 3));
}

// Only title words lie between the two names: "US National Security Adviser Herbert McMaster".
function qualifiesNext(ctx: ArticleContext, e: Mention, next: Mention | undefined): boolean {
  if (!next) return false;
  const between = ctx.text.slice(e.end, next.start);
  return (
    between.length < 40 &&
    /^[\s\p{L}-]*$/u.test(between) &&
    !/\b(?:and|or|nor|with|but|to|that|as)\b/i.test(between) &&
    between
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every(
        word =>
          /^\p{Lu}/u.test(word) ||
          /^(?:chief|head|leader|minister|secretary|president|general|adviser|spokesman|spokeswoman|envoy|ambassador|official|commander|director|chairman|deputy|foreign|defense|defence|prime)$/i.test(
            word,
          ),
      )
  );
}

function firstNameBefore(ctx: ArticleContext, first: number, verb: number): string | null {
  for (let i = first; i < verb; i++) if (ctx.entityAt[i] >= 0) return ctx.entities[ctx.entityAt[i]].actorKey;
  return null;
}

function placesOf(ctx: ArticleContext, names: Mention[], movement: boolean): Mention[] {
  return names.filter(
    e =>
      e.type === 'place' &&
      !isPossessive(ctx, e) &&
      (PLACE_PREPOSITIONS.has(wordBefore(ctx, e)) || (movement && MOVEMENT_PREPOSITIONS.has(wordBefore(ctx, e)))),
  );
}

// "She checked in today", "Pyongyang claimed it had carried out…": the subject pronoun before the verb.
function pronounSubject(ctx: ArticleContext, first: number, verb: number): string | null {
  for (let i = verb - 1; i >= first; i--) {
    const lower = ctx.tokens[i].lower;
    if (/^(?:he|she)$/.test(lower))
      return ctx.coreferences.get(ctx.tokens[i].start) ?? antecedent(ctx.tokens, ctx.entities, i);
    if (lower === 'it') return ctx.coreferences.get(ctx.tokens[i].start) ?? null;
  }
  return null;
}

// "TMZ reported Lohan was shopping", "Reid told People she was…": the reporter and whom they told
// are not actors of what was reported in the same clause.
function isReportParticipant(
  ctx: ArticleContext,
  reports: Report[],
  clause: Clause,
  predicate: Predicate,
  name: Mention,
): boolean {
  return reports.some(report => {
    // A report's own speaker is its actor: "Pyongyang claimed".
    if (report.clause !== clause || report.predicate.head >= predicate.head) return false;
    const reportStart = ctx.tokens[report.predicate.first].start;
    if (name.end <= reportStart) return true;
    const told = report.predicate.base === 'tell' && ctx.entities[ctx.entityAt[report.predicate.last]] === name;
    return told;
  });
}

// The word before a name, skipping "the": "in the United States" → "in".
function wordBefore(ctx: ArticleContext, entity: Mention): string {
  const match = /(\p{L}+)\s+(?:the\s+)?$/iu.exec(ctx.text.slice(Math.max(0, entity.start - 20), entity.start));
  return match ? match[1].toLowerCase() : '';
}

function dateOf(
  sentenceDates: DateMention[],
  start: number,
  end: number,
  predicate: Predicate,
  articleDate: string | null,
): { value: string | null; source: NewsEvent['dateSource'] } {
  // The clause's own date: "talks took place" does not take the date of another clause.
  const date = sentenceDates.find(d => d.start >= start && d.end <= end);
  if (date) return { value: date.value, source: 'sentence' };
  // A past or present happening without a date of its own is reported as of the article's date.
  if (articleDate && predicate.mood === 'happening') return { value: articleDate, source: 'article' };
  return { value: null, source: null };
}

// "Since the beginning of this year", "until 2020": the start or end of a span, not when it happened.
function startsRange(text: string, date: DateMention): boolean {
  return /\b(?:since|until|till|through)\s+(?:the\s+)?(?:(?:beginning|start|end|middle)\s+of\s+)?$/i.test(
    text.slice(Math.max(0, date.start - 40), date.start),
  );
}

// Dates a timeline can place: not durations ("four-day") nor vague references ("recently").
function isCalendarDate(date: DateMention): boolean {
  return date.grain !== 'duration' && date.grain !== 'reference' && /^(?:\d{2}|XXXX-)/.test(date.value);
}

// Headlines have no final full stop, or capitalise most of their words ("Obama Administration
// Restores Species Act Protections!"); their verbs come in the present ("diplomats discuss").
function isHeadline(doc: TokenizedText, sentence: Sentence): boolean {
  const length = sentence.last - sentence.first;
  if (length < 4) return false;
  const last = doc.tokens[sentence.last - 1];
  if (!SENTENCE_END.test(last.text) && length <= 20) return true;
  if (length > 25) return false;
  const words = doc.tokens.slice(sentence.first, sentence.last).filter(t => t.kind === 'word' && t.text.length > 3);
  return words.length >= 3 && words.filter(t => /^\p{Lu}/u.test(t.text)).length >= 0.8 * words.length;
}

/** For each token, the index of the span (sorted by start) that contains it, or -1. */
function markTokens(doc: TokenizedText, spans: { start: number; end: number }[]): Int32Array {
  const marks = new Int32Array(doc.tokens.length).fill(-1);
  let t = 0;
  spans.forEach((span, index) => {
    while (t < doc.tokens.length && doc.tokens[t].end <= span.start) t++;
    for (let k = t; k < doc.tokens.length && doc.tokens[k].start < span.end; k++) {
      if (doc.tokens[k].start >= span.start && doc.tokens[k].end <= span.end) marks[k] = index;
    }
  });
  return marks;
}

// Quotes are sorted and do not overlap: the one that holds [start, end), if any.
function quoteAround(quotes: Quote[], start: number, end: number): Quote | undefined {
  const quote = quotes[firstEndingAfter(quotes, start)];
  return quote && quote.start <= start && end <= quote.end ? quote : undefined;
}
