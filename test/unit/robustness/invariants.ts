// What must hold of any annotation of any text: spans inside the text and quoting it, entities apart from
// each other and from dates, and plain JSON data. Shared by the fuzz test and `npm run fuzz`.
import type { Annotation, Span } from '../../../src/core/types';

/** Each way the annotation breaks the rules, in words; empty when it keeps them. */
export function annotationProblems(text: string, annotation: Annotation): string[] {
  const problems: string[] = [];
  const check = (what: string, span: Span) => {
    const valid =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start < span.end &&
      span.end <= text.length;
    if (!valid) problems.push(`${what} [${span.start}, ${span.end}) is outside the text of length ${text.length}`);
    else if (text.slice(span.start, span.end) !== span.text)
      problems.push(
        `${what} [${span.start}, ${span.end}) says ${JSON.stringify(span.text)} but the text has ${JSON.stringify(text.slice(span.start, span.end))}`,
      );
  };
  annotation.entities.forEach(entity => check(`${entity.type} ${JSON.stringify(entity.text)}`, entity));
  annotation.dates.forEach(date => check(`date ${JSON.stringify(date.text)}`, date));
  for (const event of annotation.events) {
    check(`event ${JSON.stringify(event.action)}`, event);
    check(`trigger of ${JSON.stringify(event.action)}`, event.trigger);
  }
  problems.push(
    ...overlaps('entity', annotation.entities),
    ...overlaps('entity or date', [...annotation.entities, ...annotation.dates]),
  );
  if (JSON.stringify(JSON.parse(JSON.stringify(annotation))) !== JSON.stringify(annotation))
    problems.push('the annotation is not plain JSON data');
  return problems;
}

function overlaps(what: string, spans: Span[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted
    .slice(1)
    .flatMap((span, i) =>
      span.start < sorted[i].end
        ? [
            `${what} ${JSON.stringify(sorted[i].text)} [${sorted[i].start}, ${sorted[i].end}) overlaps ${JSON.stringify(span.text)} [${span.start}, ${span.end})`,
          ]
        : [],
    );
}
