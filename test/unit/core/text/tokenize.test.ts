import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';

const words = (text: string) => tokenize(text).tokens.map(t => t.text);
const sentences = (text: string) => tokenize(text).sentences.map(s => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps the dot of initials and listed abbreviations', () => {
    assert.deepStrictEqual(words('The U.S. Army met Gen. Smith.'), [
      'The',
      'U.S.',
      'Army',
      'met',
      'Gen.',
      'Smith',
      '.',
    ]);
  });

  it('ends the sentence after a web address rather than taking its full stop into the name', () => {
    const text = 'Her rep told People.com. The actress is fine.';
    assert.ok(words(text).includes('People.com'), JSON.stringify(words(text)));
    assert.deepStrictEqual(sentences(text), ['Her rep told People.com.', 'The actress is fine.']);
  });
});
