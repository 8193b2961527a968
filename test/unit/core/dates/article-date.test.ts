import * as assert from 'assert';
import { inferArticleDate } from '../../../../src/core/dates/article-date';

describe('inferArticleDate', () => {
  it('reads month and day from a TASS dateline and leaves the year unknown', () => {
    const text = 'All news\n\nTOKYO, December 11. /TASS/. Chief of Russia’s General Staff met the minister.';
    assert.deepStrictEqual(inferArticleDate(text), { value: 'XXXX-12-11', source: 'dateline', confidence: 0.9 });
  });

  it('reads an abbreviated month after a dateline with an agency', () => {
    const text = 'WASHINGTON (Reuters), Nov. 3 - The Senate voted on Friday.';
    assert.strictEqual(inferArticleDate(text).value, 'XXXX-11-03');
  });

  it('uses the date it is given over the dateline', () => {
    const text = 'MOSCOW, October 26. /TASS/. Russian Deputy Foreign Minister Igor Morgulov said.';
    assert.deepStrictEqual(inferArticleDate(text, '2021-10-26'), { value: '2021-10-26', source: 'given', confidence: 1 });
  });

  it('ignores a given date that is not a real day', () => {
    assert.strictEqual(inferArticleDate('MOSCOW, October 26. Text.', '2021-02-30').source, 'dateline');
  });

  it('says unknown when there is no dateline, rather than guessing from a photo credit', () => {
    const text = '© AFP 2023 / DOMINICK REUTER\nMOSCOW (Sputnik) Neither Russia, nor Japan is interested.';
    assert.deepStrictEqual(inferArticleDate(text), { value: null, source: 'unknown', confidence: 0 });
  });
});
