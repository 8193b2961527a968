import * as assert from 'assert';
import { annotate } from '../../../../src/core';
import { reportYear } from '../../../../src/core/happenings/within-article';

const keyOf = (text: string, trigger: string) =>
  annotate(text).events.find(e => e.trigger.text === trigger)?.happeningKey;

describe('assignHappeningKeys', () => {
  it('takes the year an undated article reports on from its sentences', () => {
    const text = 'A strong earthquake struck Iran on November 27, 2005, killing 10 people.\nThe quake destroyed homes.';
    const annotation = annotate(text);
    assert.strictEqual(annotation.articleDate.value, null);
    assert.strictEqual(reportYear(annotation.events, null), '2005');
  });

  it('keeps the dated and the undated mentions of one happening together when the article has no date', () => {
    const text = 'A strong earthquake struck Iran on November 27, 2005, killing 10 people.\nThe quake destroyed homes.';
    assert.ok(keyOf(text, 'earthquake'));
    assert.strictEqual(keyOf(text, 'quake'), keyOf(text, 'earthquake'));
  });

  it('keeps apart a happening told in a sentence about another year', () => {
    const text =
      'MOSCOW, October 26. Russian and Japanese diplomats held talks on Tuesday.\n' +
      'Six rounds of talks took place before Pyongyang stated in April 2009 that it would leave.';
    const annotation = annotate(text, { articleDate: '2021-10-26' });
    const talks = annotation.events.filter(e => /talks|took place/.test(e.trigger.text));
    assert.ok(talks.length >= 2, talks.map(e => e.trigger.text).join(', '));
    assert.notStrictEqual(talks[talks.length - 1].happeningKey, talks[0].happeningKey);
  });
});
