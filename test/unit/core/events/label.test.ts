import * as assert from 'assert';
import { annotate, compareEventDates, eventLabel } from '../../../../src/core';

const names: Record<string, string> = {
  'place:north-korea': 'North Korea',
  'place:seoul': 'Seoul',
  'place:washington': 'Washington',
  'place:tokyo': 'Tokyo',
};
const nameOf = (key: string) => names[key] ?? key;

describe('eventLabel', () => {
  it('reads "2017-11-29 · North Korea — missile launch"', () => {
    const [event] = annotate('On November 29, North Korea conducted a missile launch.', {
      articleDate: '2017-12-11',
    }).events.filter(e => e.main);
    assert.strictEqual(eventLabel(event, nameOf), '2017-11-29 · North Korea — missile launch');
    assert.strictEqual(eventLabel(event, nameOf, false), 'North Korea — missile launch');
  });

  it('shortens a long list of actors and leaves out a missing date', () => {
    const [event] = annotate('Seoul, Washington and Tokyo held joint military drills.').events.filter(e => e.main);
    assert.strictEqual(eventLabel(event, nameOf), 'Seoul, Washington +1 — joint military drills');
  });
});

describe('compareEventDates', () => {
  it('orders known years first, then unknown years, then undated', () => {
    const values = [null, 'XXXX-11-29', '2017-11-29', '2003', '2003-08', 'XXXX-01-06'];
    assert.deepStrictEqual([...values].sort(compareEventDates), [
      '2003',
      '2003-08',
      '2017-11-29',
      'XXXX-01-06',
      'XXXX-11-29',
      null,
    ]);
  });
});
