import * as assert from 'assert';
import { tenseAround } from '../../../../src/core/dates/tense';

function tenseOf(sentence: string, expression: string, rightFirst = false) {
  const start = sentence.indexOf(expression);
  assert.ok(start >= 0, expression);
  return tenseAround(sentence, start, start + expression.length, { rightFirst });
}

describe('tenseAround', () => {
  it('takes the nearest verb group on the left: "said Tuesday" is past, "will meet on Friday" future', () => {
    assert.strictEqual(tenseOf('Lavrov said Tuesday that talks would go on.', 'Tuesday'), 'past');
    assert.strictEqual(tenseOf('Lavrov will meet Kishida on Friday.', 'Friday'), 'future');
  });

  it('looks right when the clause opens with the date: "On Friday, the ministers will meet"', () => {
    assert.strictEqual(tenseOf('On Friday, the ministers will meet in Geneva.', 'Friday'), 'future');
    assert.strictEqual(tenseOf('On November 29, North Korea conducted a missile launch.', 'November 29'), 'past');
  });

  it('reads a passive future ("will be held") and a present perfect ("has risen") correctly', () => {
    assert.strictEqual(tenseOf('The election will be held on Sunday.', 'Sunday'), 'future');
    assert.strictEqual(tenseOf('Bitcoin has risen tenfold since January.', 'January'), 'past');
  });

  it('stops at a clause boundary: in "said that on Friday the talks will resume", Friday is future', () => {
    assert.strictEqual(tenseOf('He said that on Friday the talks will resume.', 'Friday'), 'future');
  });

  it('reads plans as the future ("set to", "due to", "scheduled for")', () => {
    assert.strictEqual(tenseOf('The talks are set to resume on Wednesday.', 'Wednesday'), 'future');
    assert.strictEqual(tenseOf('Britain is due to leave on March 29.', 'March 29'), 'future');
    assert.strictEqual(tenseOf('Elections are scheduled for March 18.', 'March 18'), 'future');
  });

  it('reads a modal as the future, and "May" with a capital as the month', () => {
    assert.strictEqual(
      tenseOf('The Bank of England may cut rates in the third quarter.', 'the third quarter'),
      'future',
    );
    assert.strictEqual(tenseOf('The ceasefire that began on May 26 held through the weekend.', 'the weekend'), 'past');
  });

  it('takes "until" before a date for a preposition, not a clause boundary', () => {
    assert.strictEqual(
      tenseOf('Markets will remain closed until at least Thursday, officials said.', 'Thursday'),
      'future',
    );
  });

  it('gives a possessive weekday the tense of the verb after it', () => {
    assert.strictEqual(tenseOf("A spokesman said Thursday's talks would focus on grain.", 'Thursday', true), 'future');
  });

  it('says nothing when no verb is near', () => {
    assert.strictEqual(tenseOf('Tuesday, December 9, 2008', 'Tuesday'), null);
  });
});
