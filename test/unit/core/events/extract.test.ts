import * as assert from 'assert';
import { annotate } from '../../../../src/core';

describe('extractEvents', () => {
  it('takes the action verb, the actors and the date of a sentence', () => {
    const text = 'On November 29, North Korea conducted a missile launch, the first since September 15.';
    const [event] = annotate(text, { articleDate: '2017-12-11' }).events;
    assert.ok(event);
    assert.strictEqual(event.trigger.text, 'conducted');
    assert.deepStrictEqual(event.actorKeys, ['place:north-korea']);
    assert.strictEqual(event.date, '2017-11-29');
    assert.strictEqual(event.text, text);
  });

  it('does not make a reporting verb the trigger', () => {
    const text = 'Lavrov said that Russia would share its assessments of the situation with Japan.';
    const [event] = annotate(text).events;
    assert.ok(event);
    assert.notStrictEqual(event.trigger.text, 'said');
  });

  it('gives one event per sentence at most, each inside its sentence', () => {
    const text = 'North Korea launched a missile. Japan protested. Seoul and Washington hold joint military drills.';
    const events = annotate(text).events;
    assert.ok(events.length >= 2 && events.length <= 3, JSON.stringify(events));
    for (const e of events) {
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.ok(e.trigger.start >= e.start && e.trigger.end <= e.end);
    }
  });
});
