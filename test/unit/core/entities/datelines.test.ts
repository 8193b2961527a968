import * as assert from 'assert';
import { datelinePlaces } from '../../../../src/core/entities/datelines';

// Wire copy written here for these tests (no test set's text), in the styles agencies use.
const names = (text: string) => datelinePlaces(text).map(p => p.text);

describe('datelinePlaces', () => {
  it('reads the city of "BONN 1997-03-14" opening a line, also in the middle of a file', () => {
    const text = 'Shares fell.\n\nBONN 1997-03-14\n\nThe bank said on Friday it would cut jobs.';
    assert.deepStrictEqual(names(text), ['BONN']);
  });

  it('reads the city and its region of "MANCHESTER, England 1997-03-14" and "CAPE CANAVERAL, Fla. (AP) -"', () => {
    assert.deepStrictEqual(names('MANCHESTER, England 1997-03-14\nThe club said.'), ['MANCHESTER', 'England']);
    assert.deepStrictEqual(names('CAPE CANAVERAL, Fla. (AP) - The launch slipped a day.'), ['CAPE CANAVERAL', 'Fla.']);
    assert.deepStrictEqual(names('TRENTON, N.J. (AP) - The vote was put off.'), ['TRENTON', 'N.J.']);
  });

  it('reads "WASHINGTON (Reuters) -", "NEW YORK ( AP ) --" and "TOKYO, March 14 -"', () => {
    assert.deepStrictEqual(names('WASHINGTON (Reuters) - The Senate voted.'), ['WASHINGTON']);
    assert.deepStrictEqual(names('NEW YORK ( AP ) -- Stocks rose.'), ['NEW YORK']);
    assert.deepStrictEqual(names('TOKYO, March 14 - The yen fell.'), ['TOKYO']);
  });

  it('reads a dateline before a dash and the story’s prose, not a headline in capitals after a dash', () => {
    assert.deepStrictEqual(names('LEEDS, England — Police said on Monday.'), ['LEEDS', 'England']);
    assert.deepStrictEqual(names('LONDON - Two men were held.'), ['LONDON']);
    assert.deepStrictEqual(names('SOCCER - ROVERS HOLD CITY'), []);
    assert.deepStrictEqual(names('FACTBOX - Key facts about the vote.'), [], "a wire's slug");
  });

  it("reads a town the gazetteer knows by its club as the dateline's place before an ISO date only", () => {
    assert.deepStrictEqual(names('BASKETBALL - EUROLEAGUE RESULTS.\nBARCELONA 2026-11-06\nResults on Thursday:'), [
      'BARCELONA',
    ]);
    assert.deepStrictEqual(names('LIVERPOOL (Reuters) - The club said.'), []);
  });

  it('reads a town named by an everyday word on a line of its own with an ISO date, not before a month', () => {
    assert.deepStrictEqual(names('SERBS MEET.\nPALE 1996-12-09\nThe assembly met on Monday.'), ['PALE']);
    assert.deepStrictEqual(names('SOCCER - RESULTS.\nSPLIT, Croatia 1996-12-09\nResults:'), ['SPLIT', 'Croatia']);
    assert.deepStrictEqual(names('PUBLISHED FRIDAY, MARCH 8\nThe report said.'), []);
    assert.deepStrictEqual(names('SOCCER.\nRESULTS 1996-12-09\nResults:'), []);
    assert.deepStrictEqual(names('ABOARD AIR FORCE ONE 1996-12-09\nThe president said.'), []);
  });

  it('reads no dateline in a headline in capitals, a second clause of one, or an agency alone', () => {
    assert.deepStrictEqual(names('SOCCER - ROVERS HOLD CITY TO GOALLESS DRAW.'), []);
    assert.deepStrictEqual(names('GERMANY, FRANCE AGREE ON BUDGET (Reuters)'), []);
    assert.deepStrictEqual(names('REUTERS (Reuters) - A correction follows.'), []);
    assert.deepStrictEqual(names('The minister flew to BONN 1997-03-14 for talks.'), []);
  });

  it('gives exact spans and never throws on odd text', () => {
    for (const text of ['', '\n\n', 'A (', 'ÉVIAN, France 1997-03-14', 'X'.repeat(5000) + ' 1997-03-14']) {
      for (const p of datelinePlaces(text)) assert.strictEqual(text.slice(p.start, p.end), p.text);
    }
  });
});
