import * as assert from 'assert';
import { inferArticleDate } from '../../../../src/core/dates/article-date';
import { latestYearMentioned, yearsFromRelativePhrases } from '../../../../src/core/dates/year-evidence';
import { readSeed } from '../../seeds';

describe('inferArticleDate', () => {
  it('reads month and day from a TASS dateline and leaves the year unknown', () => {
    const text = 'All news\n\nTOKYO, December 11. /TASS/. Chief of Russia’s General Staff met the minister.';
    assert.deepStrictEqual(inferArticleDate(text), { value: 'XXXX-12-11', source: 'dateline', confidence: 0.9 });
  });

  it('reads an abbreviated month after a dateline with an agency', () => {
    const text = 'WASHINGTON (Reuters), Nov. 3 - The Senate voted.';
    assert.strictEqual(inferArticleDate(text).value, 'XXXX-11-03');
  });

  it('reads a Reuters dateline that opens with the date ("Dec 11 (Reuters) -")', () => {
    assert.strictEqual(inferArticleDate('Dec 11 (Reuters) - Oil prices fell.').value, 'XXXX-12-11');
  });

  it('reads a day-first dateline ("LONDON, 11 December")', () => {
    assert.strictEqual(inferArticleDate('LONDON, 11 December (BBC) - Snow closed airports.').value, 'XXXX-12-11');
  });

  it('takes the year a dateline gives', () => {
    const text = 'MOSCOW, October 26, 2021. /TASS/. The diplomats spoke by phone.';
    assert.deepStrictEqual(inferArticleDate(text), { value: '2021-10-26', source: 'dateline', confidence: 0.95 });
  });

  it('uses the date it is given over the dateline', () => {
    const text = 'MOSCOW, October 26. /TASS/. Russian Deputy Foreign Minister Igor Morgulov said.';
    assert.deepStrictEqual(inferArticleDate(text, '2021-10-26'), {
      value: '2021-10-26',
      source: 'given',
      confidence: 1,
    });
  });

  it('uses a given date even where the text would say another year', () => {
    const text =
      'MOSCOW, October 26. /TASS/. Morgulov discussed the situation on Tuesday. Launches took place in 2015 and 2019.';
    assert.strictEqual(inferArticleDate(text, '2010-10-26').value, '2010-10-26');
  });

  it('ignores a given date that is not a real day', () => {
    assert.strictEqual(inferArticleDate('MOSCOW, October 26. Text.', '2021-02-30').source, 'dateline');
  });

  it('says unknown when there is no dateline, rather than guessing from a photo credit', () => {
    const text = '© AFP 2023 / DOMINICK REUTER\nMOSCOW (Sputnik) Neither Russia, nor Japan is interested.';
    assert.deepStrictEqual(inferArticleDate(text), { value: null, source: 'unknown', confidence: 0 });
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\u0000',
      'MOSCOW, February 30. /TASS/.',
      'A'.repeat(10000),
      '\uD800 TOKYO, December 11.',
    ]) {
      assert.doesNotThrow(() => inferArticleDate(text));
    }
  });

  describe('the year of a dateline from the weekday of the lead', () => {
    const morgulov =
      'MOSCOW, October 26. /TASS/. Russian Deputy Foreign Minister Igor Morgulov and Takehiro Funakoshi ' +
      'discussed in a telephone conversation on Tuesday recent developments on the Korean Peninsula.\n\n' +
      'North Korea could have tested a submarine-launched ballistic missile, as was the case in 2015 and 2019.';

    it('takes the first year from the latest year mentioned in which the dateline day is that weekday', () => {
      // 26 October fell on a Saturday in 2019, a Monday in 2020 and a Tuesday in 2021.
      const date = inferArticleDate(morgulov);
      assert.strictEqual(date.value, '2021-10-26');
      assert.strictEqual(date.source, 'dateline');
      assert.strictEqual(date.confidence, 0.6);
      assert.match(date.evidence ?? '', /Tuesday.*2021.*2019/);
    });

    it('moves with the lower bound: with 2021 mentioned, the next Tuesday 26 October is in 2027', () => {
      assert.strictEqual(inferArticleDate(morgulov.replace('2015 and 2019', '2015 and 2021')).value, '2021-10-26');
      assert.strictEqual(inferArticleDate(morgulov.replace('2015 and 2019', '2015 and 2022')).value, '2027-10-26');
    });

    it('keeps the year unknown when no year is mentioned to bound it', () => {
      assert.strictEqual(
        inferArticleDate(morgulov.replace(', as was the case in 2015 and 2019', '')).value,
        'XXXX-10-26',
      );
    });

    it('does not take a weekday said of the future ("will meet on Friday") for the article day', () => {
      const text = 'MOSCOW, October 26. /TASS/. The ministers will meet on Friday.\n\nThey last met in 2019.';
      assert.strictEqual(inferArticleDate(text).value, 'XXXX-10-26');
    });

    it('does not take "Tuesday night" or "last Tuesday" for the article day', () => {
      for (const phrase of ['on Tuesday night', 'last Tuesday', 'late Tuesday']) {
        const text = `MOSCOW, October 26. /TASS/. The ministers met ${phrase}.\n\nThey last met in 2019.`;
        assert.strictEqual(inferArticleDate(text).value, 'XXXX-10-26', phrase);
      }
    });

    it('does not count a photo-credit year in the lower bound', () => {
      const text =
        '© Vladimir Gerdo/TASS 2023\nMOSCOW, October 26. /TASS/. The diplomats spoke on Tuesday.\n\nThe talks began in 2019.';
      assert.strictEqual(inferArticleDate(text).value, '2021-10-26');
    });
  });

  describe('other evidence for the year', () => {
    it('reads a "Published:" line as the article date, from the text', () => {
      const text = 'Published: 12 Dec 2017\nThe talks ended yesterday in Vienna.';
      assert.deepStrictEqual(inferArticleDate(text), { value: '2017-12-12', source: 'text', confidence: 0.9 });
    });

    it('gives a dateline the year of the publication line, across New Year', () => {
      const text = 'Updated: January 2, 2018 08:15 GMT\nMOSCOW, December 31. /TASS/. Fireworks lit the sky.';
      assert.strictEqual(inferArticleDate(text).value, '2017-12-31');
    });

    it('reads "today (10 October 2011)" as the day of writing', () => {
      assert.strictEqual(
        inferArticleDate('SEACOM said today (10 October 2011) that repairs would take days.').value,
        '2011-10-10',
      );
    });

    it('takes the year of "last year (2020)" and of "two years ago, in 2019"', () => {
      assert.strictEqual(
        inferArticleDate('MOSCOW, March 3. /TASS/. Output fell last year (2020) by 3%.').value,
        '2021-03-03',
      );
      assert.strictEqual(
        inferArticleDate('MOSCOW, March 3. /TASS/. The plant opened two years ago, in 2019.').value,
        '2021-03-03',
      );
    });

    it('takes the year of a full date in the text on the dateline day', () => {
      const text =
        'TOKYO, December 11. /TASS/. The statement, dated December 11, 2017, was read out on state television.';
      assert.strictEqual(inferArticleDate(text).value, '2017-12-11');
    });

    it("does not take an anniversary's full date older than the latest year mentioned", () => {
      const text = 'HAVANA, October 16. /TASS/. The crisis began on October 16, 1962. Cuba marked it again in 2019.';
      assert.strictEqual(inferArticleDate(text).value, 'XXXX-10-16');
    });
  });

  describe('the seed articles', () => {
    it("resolves seed 001 to 2021-10-26 by the lead's Tuesday and the mention of 2019", () => {
      assert.strictEqual(inferArticleDate(readSeed('001_b0e5feebaca363bc.txt')).value, '2021-10-26');
    });

    it('keeps seed 000 at XXXX-12-11: it mentions no year', () => {
      assert.deepStrictEqual(inferArticleDate(readSeed('000_d6490ba55f8250cf.txt')), {
        value: 'XXXX-12-11',
        source: 'dateline',
        confidence: 0.9,
      });
    });

    it('leaves seed 004 unknown: no dateline, and its "© AFP 2023" is a photo credit', () => {
      assert.deepStrictEqual(inferArticleDate(readSeed('004_0b466d24d87483c2.txt')), {
        value: null,
        source: 'unknown',
        confidence: 0,
      });
    });
  });
});

describe('year evidence', () => {
  it('finds the latest year a text speaks of in the past, not targets ("by 2030") or the future', () => {
    assert.strictEqual(
      latestYearMentioned('Talks began in 2003 and collapsed in April 2009. Emissions must halve by 2030.'),
      2009,
    );
    assert.strictEqual(latestYearMentioned('The plant opened in 2015. It will close in 2040.'), 2015);
    assert.strictEqual(latestYearMentioned('No years here.'), null);
  });

  it('reads years from relative phrases tied to them', () => {
    assert.deepStrictEqual(
      yearsFromRelativePhrases('Output fell last year (2020). The plant opened two years ago, in 2019.'),
      [2021, 2021],
    );
    assert.deepStrictEqual(yearsFromRelativePhrases('In 2016, five years ago, the war began.'), [2021]);
  });
});
