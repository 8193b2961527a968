// An article's structure as a reader sees it: the headline, its subheads, its paragraphs and the
// dateline that opens the story, so the editor's Outline, breadcrumbs and sticky scroll follow the text.
import { findHeadline } from '../events/headline';
import type { Span } from '../types';

export interface OutlineParagraph {
  /** The paragraph: lines up to a blank line, trimmed. */
  span: Span;
  /** "TOKYO, December 11. /TASS/." when the paragraph opens the story with one. */
  dateline?: Span;
}

export interface OutlineSection {
  /** A short line between paragraphs ("Korean Peninsula situation"); none for the paragraphs before the first. */
  subhead: Span | null;
  paragraphs: OutlineParagraph[];
  /** From the subhead (or the first paragraph) to the end of its last paragraph. */
  span: Pick<Span, 'start' | 'end'>;
}

export interface ArticleOutline {
  /** Site furniture above the headline ("All news", a section name); everything when there is no headline. */
  before: OutlineParagraph[];
  headline: Span | null;
  /** What follows the headline, in sections under its subheads. */
  sections: OutlineSection[];
}

// "TOKYO, December 11. /TASS/.", "MOSCOW (Sputnik)", "WASHINGTON, Dec 3 (Reuters) -": a place in capitals,
// then an agency in brackets or a date after a comma, then maybe the agency between slashes.
const DATELINE =
  /^\p{Lu}[\p{Lu}.'-]+(?: [\p{Lu}.'-]+)*(?:(,\s*[\p{L}]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?\.?)?\s*(\([\p{L} .&-]{2,30}\))?(?:\s*\/[\p{L} .&-]{2,30}\/)?\.?(?:\s+[-–—])?)/u;
// A subhead is a few words on their own, not a sentence: no closing stop, no quote, not a credit line.
const MAX_SUBHEAD_WORDS = 8;

/** The outline of an article; never throws, every span is exact. */
export function articleOutline(text: string): ArticleOutline {
  const paragraphs = splitParagraphs(text);
  const headline = findHeadline(text);
  if (!headline) return { before: paragraphs, headline: null, sections: [] };
  const before = paragraphs.filter(p => p.span.end <= headline.start);
  const after = paragraphs.filter(p => p.span.start >= headline.end);
  const sections: OutlineSection[] = [];
  let datelineFound = false;
  for (const paragraph of after.flatMap(p => (datelineFound ? [p] : splitAtDateline(p)))) {
    if (!datelineFound && paragraph.dateline) datelineFound = true;
    const current = sections.at(-1);
    if (isSubhead(paragraph.span.text) && !paragraph.dateline) {
      sections.push({
        subhead: paragraph.span,
        paragraphs: [],
        span: { start: paragraph.span.start, end: paragraph.span.end },
      });
    } else if (current) {
      current.paragraphs.push(paragraph);
      current.span.end = paragraph.span.end;
    } else {
      sections.push({
        subhead: null,
        paragraphs: [paragraph],
        span: { start: paragraph.span.start, end: paragraph.span.end },
      });
    }
  }
  return { before, headline, sections };
}

/** Paragraphs are runs of non-blank lines. */
function splitParagraphs(text: string): OutlineParagraph[] {
  const paragraphs: OutlineParagraph[] = [];
  let open = null as { start: number; end: number } | null;
  const lineBreak = /\r\n|\r|\n/g;
  for (let at = 0; ;) {
    lineBreak.lastIndex = at;
    const next = lineBreak.exec(text);
    const line = text.slice(at, next ? next.index : text.length);
    const content = line.trim();
    if (content) {
      const start = at + line.indexOf(content);
      open = { start: open?.start ?? start, end: start + content.length };
    } else if (open) {
      paragraphs.push({ span: { ...open, text: text.slice(open.start, open.end) } });
      open = null;
    }
    if (!next) break;
    at = next.index + next[0].length;
  }
  if (open) paragraphs.push({ span: { ...open, text: text.slice(open.start, open.end) } });
  return paragraphs;
}

/** The story's first paragraph may follow photo captions with no blank line between: it starts at its dateline. */
function splitAtDateline(paragraph: OutlineParagraph): OutlineParagraph[] {
  const { start, text } = paragraph.span;
  for (const line of text.matchAll(/(?:^|(?<=[\r\n]))[^\r\n]+/g)) {
    const dateline = findDateline({
      start: start + line.index,
      end: start + text.length,
      text: text.slice(line.index),
    });
    if (!dateline) continue;
    if (line.index === 0) return [{ span: paragraph.span, dateline }];
    const captions = text.slice(0, line.index).trimEnd();
    return [
      { span: { start, end: start + captions.length, text: captions } },
      { span: { start: dateline.start, end: paragraph.span.end, text: text.slice(line.index) }, dateline },
    ];
  }
  return [paragraph];
}

function findDateline(paragraph: Span): Span | undefined {
  const match = DATELINE.exec(paragraph.text);
  // A place alone is a sentence's first word in capitals ("US National Security Adviser"), not a dateline.
  if (!match || (!match[1] && !match[2])) return undefined;
  const text = match[0].trimEnd();
  return { start: paragraph.start, end: paragraph.start + text.length, text };
}

function isSubhead(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    !/[\r\n]/.test(line) &&
    words >= 2 &&
    words <= MAX_SUBHEAD_WORDS &&
    /^\p{Lu}/u.test(line) &&
    !/[.:;,!?"”’)]$/.test(line) &&
    !/©|https?:|www\.|\s-\s/.test(line)
  );
}
