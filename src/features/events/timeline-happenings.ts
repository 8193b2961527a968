// What the timeline draws: one lane per article and one mark per happening, drawn once however many
// articles and sentences report it. A happening goes in the lane of the earliest article (by article date,
// then path, the lanes' order) with a main mention of it; its tooltip lists its reports in every article.
// An article whose every happening is drawn in an earlier lane has no lane of its own. No `vscode` here.
import type { ActorIndex, Happening, NewsEvent } from '../../core/view';
import { displayDate } from '../../presentation/dates';
import { eventLine } from '../../presentation/event-label';
import { count, short } from '../../presentation/display';
import { sentenceAround } from '../../presentation/mention-context';
import {
  datedByArticleOnly,
  happeningActors,
  happeningLine,
  happeningReports,
  stanceWord,
  type HappeningReport,
} from '../../presentation/happening';
import type { TimelineModel } from './timeline-svg';

/** The article a lane or a report names: its headline, date and path. */
export interface LaneArticle {
  documentId: string;
  title: string;
  date: string | null;
  path: string;
}

/** What the model needs of the workspace besides the index: articles by headline, names, texts. */
export interface TimelineSources {
  articleOf(documentId: string): LaneArticle;
  nameOf(actorKey: string): string;
  textOf(documentId: string): string | undefined;
  locale: string | undefined;
}

/** Where a click on a mark leads: the sentence of its first main mention in its lane's article. */
export interface MarkTarget {
  documentId: string;
  start: number;
  end: number;
}

/** Reports listed in a mark's tooltip before "and N more". */
const LISTED_REPORTS = 6;
const SENTENCE_CHARS = 200;

export function timelineModel(
  actors: ActorIndex,
  sources: TimelineSources,
): { model: TimelineModel; targets: Map<string, MarkTarget> } {
  const { articleOf, nameOf, locale } = sources;
  const targets = new Map<string, MarkTarget>();
  const model: TimelineModel = { lanes: [], marks: [] };
  const articles = actors
    .documentIds()
    .filter(id => actors.mainEvents(id).length > 0)
    .map(articleOf)
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.path.localeCompare(b.path));
  const drawn = new Set<string>();
  for (const article of articles) {
    const marks = model.marks.length;
    // The main mentions only, without expanding the article's annotation: an archive has thousands.
    const indices = actors.mainEventIndices(article.documentId);
    actors.mainEvents(article.documentId).forEach((event, m) => {
      const index = indices[m];
      const happening = actors.happenings.happeningOf(article.documentId, index);
      if (happening && drawn.has(happening.id)) return;
      const id = happening ? `happening:${happening.id}` : `${article.documentId}#${event.trigger.start}`;
      if (happening) drawn.add(happening.id);
      targets.set(id, { documentId: article.documentId, start: event.start, end: event.end });
      model.marks.push({
        id,
        lane: article.documentId,
        ...(happening ? happeningMark(actors, happening, sources) : eventMark(event, article, nameOf, locale)),
      });
    });
    if (model.marks.length > marks)
      model.lanes.push({
        id: article.documentId,
        title: article.title,
        subtitle: [displayDate(article.date, locale), article.path].join(' · '),
      });
  }
  return { model, targets };
}

type MarkContent = Omit<TimelineModel['marks'][number], 'id' | 'lane'>;

function happeningMark(actors: ActorIndex, happening: Happening, sources: TimelineSources): MarkContent {
  const { nameOf, locale } = sources;
  const reports = happeningReports(actors, happening);
  const dated = datedByArticleOnly(happening, reports) ? ' (article date)' : '';
  return {
    date: happening.date,
    when: happening.date ? displayDate(happening.date, locale, { short: true }) : 'no date',
    kind: happening.kind,
    label: happeningLine(happening, happeningActors(actors, happening, reports), nameOf, locale) + dated,
    detail: reportList(reports, sources),
  };
}

// An event the index has not linked to a happening (it never should): drawn as itself.
function eventMark(
  event: NewsEvent,
  article: LaneArticle,
  nameOf: (actorKey: string) => string,
  locale: string | undefined,
): MarkContent {
  return {
    date: event.date,
    when: event.date ? displayDate(event.date, locale, { short: true }) : 'no date',
    kind: event.kind,
    label: eventLine(event, nameOf, locale) + (event.dateSource === 'article' ? ' (article date)' : ''),
    detail: `${event.text.replace(/\s+/g, ' ')}\n— ${article.title}`,
  };
}

/**
 * The reports of a happening, article by article: the headline, then each sentence that mentions it
 * (with "denied", "planned"… where the sentence does not tell it as having happened).
 */
export function reportList(
  reports: HappeningReport[],
  { articleOf, textOf }: Pick<TimelineSources, 'articleOf' | 'textOf'>,
): string {
  const sentences = new Map<string, { documentId: string; event: NewsEvent }>();
  for (const report of reports) {
    const key = `${report.documentId}#${report.event.start}`;
    const known = sentences.get(key);
    if (!known || (report.event.main && !known.event.main)) sentences.set(key, report);
  }
  const listed = [...sentences.values()].slice(0, LISTED_REPORTS);
  const lines: string[] = [
    `Reported in ${count(new Set(reports.map(r => r.documentId)).size, 'article')}, ${count(sentences.size, 'sentence')}:`,
  ];
  let article: string | undefined;
  for (const { documentId, event } of listed) {
    if (documentId !== article) lines.push(`— ${articleOf(documentId).title}`);
    article = documentId;
    const stance = stanceWord(event);
    const text = textOf(documentId);
    // The sentence around the event word: a mention's span can hold a whole quotation.
    const sentence =
      text?.slice(event.trigger.start, event.trigger.end) === event.trigger.text
        ? sentenceAround(text, event.trigger, SENTENCE_CHARS).text
        : short(event.text, SENTENCE_CHARS);
    lines.push(`  • ${sentence}${stance ? ` (${stance})` : ''}`);
  }
  if (sentences.size > listed.length) lines.push(`  and ${count(sentences.size - listed.length, 'more sentence')}`);
  return lines.join('\n');
}
