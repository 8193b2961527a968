import * as assert from 'assert';
import { relationToArticleDate, weekdayOfValue } from '../../../../src/core/dates/relation';

describe('relationToArticleDate', () => {
  it('counts days for a day: "12 days before the article date"', () => {
    assert.strictEqual(relationToArticleDate('2017-11-29', '2017-12-11'), '12 days before the article date');
    assert.strictEqual(relationToArticleDate('2017-12-12', '2017-12-11'), '1 day after the article date');
    assert.strictEqual(relationToArticleDate('2021-10-26', '2021-10-26'), 'the article date itself');
    assert.strictEqual(relationToArticleDate('2017-12-08T10:24', '2017-12-11'), '3 days before the article date');
  });

  it('rounds long distances to months and years', () => {
    assert.strictEqual(relationToArticleDate('2017-09-15', '2017-12-11'), 'about 3 months before the article date');
    assert.strictEqual(relationToArticleDate('2015-12-12', '2017-12-11'), 'about 2 years before the article date');
  });

  it("compares weeks, months and years with the article's own", () => {
    assert.strictEqual(relationToArticleDate('2017-W49', '2017-12-11'), "1 week before the article's week");
    assert.strictEqual(relationToArticleDate('2020-W53', '2021-01-04'), "1 week before the article's week");
    assert.strictEqual(relationToArticleDate('2018-01', '2017-12-11'), "1 month after the article's month");
    assert.strictEqual(relationToArticleDate('2017', '2017-12-11'), "in the article's year");
    assert.strictEqual(relationToArticleDate('2003', '2021-10-26'), "18 years before the article's year");
  });

  it('says nothing where a year is unknown or the value is no calendar point', () => {
    assert.strictEqual(relationToArticleDate('XXXX-11-29', 'XXXX-12-11'), null);
    assert.strictEqual(relationToArticleDate('2017-11-29', 'XXXX-12-11'), null);
    assert.strictEqual(relationToArticleDate('2017-11-29', null), null);
    assert.strictEqual(relationToArticleDate('P4D', '2017-12-11'), null);
    assert.strictEqual(relationToArticleDate('PAST_REF', '2017-12-11'), null);
  });
});

describe('weekdayOfValue', () => {
  it('names the weekday of a known day, and of a day with a time', () => {
    assert.strictEqual(weekdayOfValue('2017-11-29'), 'Wednesday');
    assert.strictEqual(weekdayOfValue('2017-12-08TNI'), 'Friday');
  });

  it('gives none for an unknown year or a coarser value', () => {
    assert.strictEqual(weekdayOfValue('XXXX-11-29'), null);
    assert.strictEqual(weekdayOfValue('2017-11'), null);
  });
});
