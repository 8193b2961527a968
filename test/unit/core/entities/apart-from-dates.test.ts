import * as assert from 'assert';
import { annotate } from '../../../../src/core/annotate';
import { apartFromDates } from '../../../../src/core/entities/apart-from-dates';
import type { DateMention, Mention } from '../../../../src/core/types';

const mention = (text: string, start: number, type: Mention['type'] = 'person'): Mention => ({
  start,
  end: start + text.length,
  text,
  type,
  actorKey: `${type}:x`,
});
const date = (text: string, start: number): DateMention => ({
  start,
  end: start + text.length,
  text,
  value: 'XXXX',
  grain: 'day',
});

describe('names apart from dates', () => {
  it('stops a name that runs into a date before it, with its own actor key', () => {
    // "Police arrested Brian Nichols Saturday" (ECB+): the weekday is the date, not part of the name.
    const [entity] = apartFromDates([mention('Brian Nichols Saturday', 16)], [date('Saturday', 30)]);
    assert.deepStrictEqual(entity, { ...mention('Brian Nichols', 16), actorKey: 'person:brian-nichols' });
  });

  it('drops a name inside a date or with no letter before it, and keeps one apart from every date', () => {
    const entities = [
      mention('Tuesday Ministry', 0, 'organization'),
      mention('May', 22),
      mention('Moscow', 30, 'place'),
    ];
    assert.deepStrictEqual(
      apartFromDates(entities, [date('Tuesday', 0), date('May 3', 22)]).map(e => e.text),
      ['Moscow'],
    );
  });

  it('leaves no overlap in a garbled line, where every span still quotes the text', () => {
    const text =
      'Reuters Tuesday Ministry in Moscow met Joe Coffey Monday and Rose Garden Monday, July 13, 2009 officials';
    const annotation = annotate(text);
    const spans = [...annotation.entities, ...annotation.dates].sort((a, b) => a.start - b.start);
    spans
      .slice(1)
      .forEach((span, i) => assert.ok(span.start >= spans[i].end, `${spans[i].text} overlaps ${span.text}`));
    for (const span of spans) assert.strictEqual(text.slice(span.start, span.end), span.text);
    assert.ok(
      annotation.entities.some(e => e.text === 'Joe Coffey'),
      annotation.entities.map(e => e.text).join(', '),
    );
  });
});
