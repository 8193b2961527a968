import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import { sentenceOpeningNouns } from '../../../../src/core/entities/sentence-openers';
import { mention } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('sentenceOpeningNouns', () => {
  it('finds a plural everyday noun opening a sentence that the article also writes in lower case', () => {
    const text = '"People forget," she said. Apple said it would grow. Farmers grew apple trees and people came.';
    const found = sentenceOpeningNouns(tokenize(text), [
      mention(text, 'People', 'organization'),
      mention(text, 'Apple', 'organization'),
    ]);
    assert.deepStrictEqual(
      [...found].map(m => m.text),
      ['People'],
    );
  });

  it('leaves a word after an abbreviation’s full stop and one the article never writes in lower case', () => {
    const text = 'Sales in the U.S. People magazine rose. Officials said so.';
    const found = sentenceOpeningNouns(tokenize(text), [
      mention(text, 'People', 'organization'),
      mention(text, 'Officials', 'organization'),
    ]);
    assert.strictEqual(found.size, 0);
  });

  it('finds a singular everyday word opening a sentence before an office, not a body, a team or a department', () => {
    const text =
      'It rained. Transit manager Ann Lee spoke. City staff left. Commission chairman Ivo Rak agreed. ' +
      'Angels spokesman Tim Mead declined. Interior officials said no. Shell spokesman Tom Bell said yes.';
    const found = sentenceOpeningNouns(tokenize(text), [
      mention(text, 'Transit', 'person'),
      mention(text, 'City', 'organization'),
      mention(text, 'Commission', 'organization'),
      mention(text, 'Angels', 'organization'),
      mention(text, 'Interior', 'organization'),
      mention(text, 'Shell', 'organization'),
    ]);
    assert.deepStrictEqual(
      [...found].map(m => m.text),
      ['Transit', 'City'],
    );
  });

  it("leaves a club's short name and a company's word before its chief", () => {
    const text = 'Crystal Palace drew. Palace manager Ivo Rak spoke. It rained. Orange chief executive Ann Lee left.';
    const found = sentenceOpeningNouns(tokenize(text), [
      mention(text, 'Crystal Palace', 'organization'),
      mention(text, 'Palace', 'organization', 15),
      mention(text, 'Orange', 'organization'),
    ]);
    assert.deepStrictEqual([...found], []);
  });
});
