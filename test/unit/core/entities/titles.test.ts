import * as assert from 'assert';
import { endsInTitle } from '../../../../src/core/entities/titles';

// Sentences written here for these tests (no test set's text).
const at = (text: string, name: string) => ({ end: text.indexOf(name) + name.length, text: name });

describe('endsInTitle', () => {
  it('finds a title’s start read as a name: a country and portfolios, or an officer’s words', () => {
    const text =
      'Japanese Foreign Minister Taro Aso met Chief Financial Officer Ann Lee and Chief Cabinet Secretary Ito.';
    assert.strictEqual(endsInTitle(text, at(text, 'Japanese Foreign')), true);
    assert.strictEqual(endsInTitle(text, at(text, 'Chief Financial')), true);
    assert.strictEqual(endsInTitle(text, at(text, 'Chief Cabinet')), true);
  });

  it('leaves a body’s name before its officer’s role as it is', () => {
    const text = 'The Scottish National Party leader and the Ministry of Finance spokesman spoke.';
    assert.strictEqual(endsInTitle(text, at(text, 'Scottish National Party')), false);
    assert.strictEqual(endsInTitle(text, at(text, 'Ministry of Finance')), false);
  });
});
