import * as assert from 'assert';
import { readScorecardLine } from '../../../../src/core/entities/scorecards';

// Scorecard lines written here for these tests (no test set's text).
const names = (line: string) => {
  const reading = readScorecardLine(line);
  for (const n of reading?.names ?? []) assert.strictEqual(line.slice(n.start, n.end), n.text, n.text);
  return reading?.names.map(n => `${n.text}/${n.type}`) ?? null;
};

describe('readScorecardLine', () => {
  it('reads a batsman, his fielder and his bowler as persons, initials included', () => {
    assert.deepStrictEqual(names('Z. Crawley c Carey b Cummins 45'), [
      'Z. Crawley/person',
      'Carey/person',
      'Cummins/person',
    ]);
    assert.deepStrictEqual(names('D. Bell-Drummond lbw b Worrall 23'), ['D. Bell-Drummond/person', 'Worrall/person']);
    assert.deepStrictEqual(names('J. Root not out 88'), ['J. Root/person']);
    assert.deepStrictEqual(names('H. Brook c & b Lyon 27'), ['H. Brook/person', 'Lyon/person']);
  });

  it("reads the bowlers' figures in both spacings", () => {
    assert.deepStrictEqual(names('Bowling: Starc 14-2-51-1, Cummins 15-3-48-1'), ['Starc/person', 'Cummins/person']);
    assert.deepStrictEqual(names('Bowling : Atkinson 12-2-40-1 , Clark 9.4-1-37-0'), [
      'Atkinson/person',
      'Clark/person',
    ]);
  });

  it("reads an innings' heading as its side, a country as a place", () => {
    assert.deepStrictEqual(names('Kent first innings'), ['Kent/organization']);
    assert.deepStrictEqual(names('England second innings'), ['England/place']);
  });

  it('reads an innings in one line: the side, its batsmen and its bowlers', () => {
    assert.deepStrictEqual(
      names('Pakistan first innings 312 ( Babar Azam 104 , Saud Shakeel 66 ; Prabath Jayasuriya 5-88 )'),
      ['Pakistan/place', 'Babar Azam/person', 'Saud Shakeel/person', 'Prabath Jayasuriya/person'],
    );
    assert.deepStrictEqual(names('Surrey 287-6 declared (Pope 101, Foakes 55 not out; Stevens 3-61)'), [
      'Surrey/organization',
      'Pope/person',
      'Foakes/person',
      'Stevens/person',
    ]);
    assert.strictEqual(names('Surrey 287 (the highest total of the season)'), null);
  });

  it('reads no scorecard in prose about cricket', () => {
    assert.strictEqual(names('Root was not out on 88 when bad light stopped play.'), null);
    assert.strictEqual(names('Bowling: the spinners did most of the work.'), null);
    assert.strictEqual(names('Extras (lb-4 nb-2) 6'), null);
  });
});
