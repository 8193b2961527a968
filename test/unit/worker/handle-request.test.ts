import * as assert from 'assert';
import { DATE_RULES } from '../../../src/core/dates/find-dates';
import { handleRequest } from '../../../src/worker/handle-request';

const TEXT =
  'WASHINGTON, Dec. 11, 2017 - On Tuesday the Senate voted, and on November 29 North Korea launched a missile.';

describe('a worker answering a request', () => {
  it('annotates the text with the options given', () => {
    const response = handleRequest({ id: 7, text: TEXT, options: { articleDate: '2017-12-11' } });
    assert.ok('annotation' in response);
    assert.strictEqual(response.id, 7);
    assert.strictEqual(response.annotation.articleDate.source, 'given');
    assert.strictEqual(response.problems, undefined);
  });

  it("tells a date rule that threw in its answer, and keeps the other rules' dates", () => {
    const weekdays = DATE_RULES.weekdays;
    DATE_RULES.weekdays = () => {
      throw new Error('rule broken on purpose');
    };
    try {
      const response = handleRequest({ id: 1, text: TEXT, options: { articleDate: '2017-12-11' } });
      assert.ok('annotation' in response);
      assert.deepStrictEqual(response.problems, [
        "the date rule 'weekdays' failed on an article: rule broken on purpose",
      ]);
      const found = response.annotation.dates.map(d => d.text);
      assert.ok(found.includes('November 29'), found.join(' | '));
      assert.ok(!found.includes('Tuesday'), found.join(' | '));
    } finally {
      DATE_RULES.weekdays = weekdays;
    }
  });
});
