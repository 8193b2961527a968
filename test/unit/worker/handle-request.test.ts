import * as assert from 'assert';
import * as v8 from 'v8';
import { annotate } from '../../../src/core/annotate';
import { compactAnnotation, expandAnnotation } from '../../../src/core/cache/compact-annotation';
import { DATE_RULES } from '../../../src/core/dates/find-dates';
import { storedProfile } from '../../../src/core/happenings/article-profile';
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

  it('answers in the compact form when asked, standing for the same annotation, its happening profile made', () => {
    const options = { articleDate: '2017-12-11' };
    const response = handleRequest({ id: 3, text: TEXT, options, form: 'compact' });
    assert.ok('compact' in response, JSON.stringify(response));
    assert.strictEqual(response.id, 3);
    const annotation = annotate(TEXT, options);
    assert.ok(annotation.events.length > 0 && annotation.entities.length > 0);
    assert.deepStrictEqual(response.compact, compactAnnotation(annotation));
    assert.deepStrictEqual(expandAnnotation(response.compact), annotation);
    assert.deepStrictEqual(response.compact.profile, storedProfile(annotation));
  });

  it('makes the compact strings one byte a character, as a structured clone carries them to the other thread', () => {
    const text =
      "MOSCOW, October 26. /TASS/. Japanese diplomat Funakoshi is heading his country’s delegation at the six-party talks on North Korea's nuclear program.";
    const response = handleRequest({ id: 1, text, options: {} });
    const compact = handleRequest({ id: 2, text, options: {}, form: 'compact' });
    assert.ok('annotation' in response && 'compact' in compact);
    assert.ok(
      response.annotation.events.some(event => event.text.includes('’')),
      'a sentence with a curly quote',
    );
    // V8's serializer, which structured clone uses, tags a string it writes one byte a character with '"'.
    const ONE_BYTE_STRING = 0x22;
    for (const json of [compact.compact.mains, compact.compact.packed])
      assert.strictEqual(v8.serialize(json)[2], ONE_BYTE_STRING, json.slice(0, 80));
    const received = v8.deserialize(v8.serialize(compact)) as typeof compact;
    assert.deepStrictEqual(expandAnnotation(received.compact), response.annotation);
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
