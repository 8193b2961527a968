import * as assert from 'assert';
import { happeningClass } from '../../../../src/core/happenings/lemma-class';

describe('happeningClass', () => {
  it('gives a verb and the nouns made from it one class', () => {
    for (const [verb, noun] of [
      ['riot', 'rioting'],
      ['explode', 'explosion'],
      ['elect', 'election'],
      ['announce', 'announcement'],
      ['injure', 'injuries'],
      ['hit', 'hitting'],
      ['cut', 'cuts'],
    ])
      assert.strictEqual(happeningClass(noun), happeningClass(verb), `${noun} ~ ${verb}`);
  });

  it('keeps words that only end like a gerund whole', () => {
    assert.strictEqual(happeningClass('bring'), 'bring');
    assert.strictEqual(happeningClass('sing'), 'sing');
  });

  it('makes the noun "fire" a blaze and leaves the verb to launches and shots', () => {
    assert.strictEqual(happeningClass('fire', 'the fire'), happeningClass('blaze'));
    assert.strictEqual(happeningClass('fire', 'fires'), happeningClass('blaze'));
    assert.notStrictEqual(happeningClass('fire', 'fired'), happeningClass('blaze'));
    assert.strictEqual(happeningClass('fire', 'fired'), happeningClass('launch'));
  });
});
