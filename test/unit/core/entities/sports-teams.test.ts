import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import {
  headlineTeams,
  isClubsTown,
  isCollegeSide,
  isMatchReport,
  isSideBeforeItsPlayer,
  isTeamInContext,
  isTownOpenedSide,
  numberedNicknames,
  resultClauseSides,
  resultsLineTeams,
  withFoundingYear,
} from '../../../../src/core/entities/sports-teams';

// Match reports written here for these tests (no test set's text).
const teams = (text: string) => resultsLineTeams(text).map(t => t.text);
const at = (text: string, name: string, type = 'place') => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
};

describe('resultsLineTeams', () => {
  it('finds both teams of each result after "Results:" and of a result on its own line', () => {
    assert.deepStrictEqual(teams('Results: Rovers 2 Port Vale 1, Hull 0 Grimsby Town 0.'), [
      'Rovers',
      'Port Vale',
      'Hull',
      'Grimsby Town',
    ]);
    assert.deepStrictEqual(teams('Saturday:\nWrexham 3 Bury 2\nSt Johnstone 1 Falkirk 1\n'), [
      'Wrexham',
      'Bury',
      'St Johnstone',
      'Falkirk',
    ]);
  });

  it("finds a league table's teams but not a golfer's rounds", () => {
    assert.deepStrictEqual(teams('Wrexham 12 8 2 2 20 9 26\nBury 12 7 3 2 18 10 24'), ['Wrexham', 'Bury']);
    assert.deepStrictEqual(teams('Peter Lonard 70 68 71 69 278 1'), []);
  });

  it('finds no teams in prose with figures or in a date line', () => {
    assert.deepStrictEqual(teams('The firm said 12 of its 40 stores in Ohio would close by March 3.'), []);
    assert.deepStrictEqual(teams('March 8, 2013 5: 47 PM'), []);
  });
});

describe('isMatchReport', () => {
  it('knows a match report by its words or its results line, and a business story as none', () => {
    const report = 'Hull drew with Grimsby in the league on Saturday, a goalless match.';
    assert.strictEqual(isMatchReport(tokenize(report).tokens, report), true);
    const results = 'Wrexham 3 Bury 2';
    assert.strictEqual(isMatchReport(tokenize(results).tokens, results), true);
    const soccer = 'SOCCER - Zwolle held by Emmen. A substitute equalised late.';
    assert.strictEqual(isMatchReport(tokenize(soccer).tokens, soccer), true);
    const business = 'The bank said its profit rose in the third quarter.';
    assert.strictEqual(isMatchReport(tokenize(business).tokens, business), false);
  });

  it('knows one by a side beating a named other by a score, not a player by sets nor a vote', () => {
    const rugby = 'RUGBY UNION - Leicester beat Bath 28-21 on Saturday.';
    assert.strictEqual(isMatchReport(tokenize(rugby).tokens, rugby), true);
    const win = 'Girona went top of the league after a 4-2 win over Barcelona.';
    assert.strictEqual(isMatchReport(tokenize(win).tokens, win), true);
    for (const text of [
      'Top seed Pete Sampras beat Magnus Larsson 6-3 6-4 in Stuttgart.',
      'The Senate defeated the measure 52-48 on Tuesday.',
      'Clinton beat Dole 49-41 percent in the poll.',
      'Senator Jesse Helms beat Harvey Gantt 53-46 in North Carolina.',
      'A 6-3 win over California came in the Supreme Court.',
    ])
      assert.strictEqual(isMatchReport(tokenize(text).tokens, text), false, text);
  });
});

describe('isTeamInContext', () => {
  it('reads a town that beats, is held or has a manager as a team', () => {
    const text = 'Wrexham beat Bury 3-2 and Hull were held by Grimsby, said Hull manager Ray Bell.';
    assert.strictEqual(isTeamInContext(text, at(text, 'Wrexham')), true);
    assert.strictEqual(isTeamInContext(text, at(text, 'Bury')), true);
    assert.strictEqual(isTeamInContext(text, at(text, 'Hull')), true);
    assert.strictEqual(
      isTeamInContext(text, { ...at(text, 'Hull manager'), text: 'Hull', end: at(text, 'Hull manager').start + 4 }),
      true,
    );
  });

  it('reads a ground as a place, whatever words stand between it and its preposition', () => {
    const text = 'Lewandowski scored at an empty Allianz Arena before Wolfsburg beat Leipzig 2-0.';
    assert.strictEqual(isTeamInContext(text, at(text, 'Allianz Arena')), false);
    assert.strictEqual(isTeamInContext(text, at(text, 'Wolfsburg')), true);
  });

  it('reads the state after a town on the map as a place: "in Arlington, Texas"', () => {
    const text = 'The Cowboys lost at the stadium in Arlington, Texas, and Texas beat Baylor.';
    const first = text.indexOf('Texas');
    assert.strictEqual(isTeamInContext(text, { ...at(text, 'Texas'), start: first, end: first + 5 }), false);
    const second = text.indexOf('Texas', first + 1);
    assert.strictEqual(isTeamInContext(text, { ...at(text, 'Texas'), start: second, end: second + 5 }), true);
  });

  it('reads a town as its club unless a preposition puts it on the map', () => {
    const text = 'Level on points with Walsall, Wrexham face the trip to Bury and a night in Crewe.';
    assert.strictEqual(isTeamInContext(text, at(text, 'Walsall')), true);
    assert.strictEqual(isTeamInContext(text, at(text, 'Wrexham')), true);
    assert.strictEqual(isTeamInContext(text, at(text, 'Bury')), false);
    assert.strictEqual(isTeamInContext(text, at(text, 'Crewe')), false);
  });

  it('leaves a country, a town in prose and a full personal name as they are', () => {
    const text = 'Italy beat Wales, and fans travelled from Bury to see Ray Bell won the vote.';
    assert.strictEqual(isTeamInContext(text, at(text, 'Italy')), false);
    assert.strictEqual(isTeamInContext(text, at(text, 'Bury')), false);
    assert.strictEqual(isTeamInContext(text, at(text, 'Ray Bell', 'person')), false);
  });
});

describe('isTeamInContext, of a lone word read as a person', () => {
  it('reads it as a team only where it beats or holds a name that is no person', () => {
    const text = 'Rovers held Port Vale, and Dole beat Kemp.';
    const rovers = at(text, 'Rovers', 'person');
    assert.strictEqual(isTeamInContext(text, rovers, at(text, 'Port Vale', 'place')), true);
    assert.strictEqual(isTeamInContext(text, at(text, 'Dole', 'person'), at(text, 'Kemp', 'person')), false);
    assert.strictEqual(isTeamInContext(text, rovers), false);
  });
});

describe('isCollegeSide', () => {
  it('reads a lone college name read as a person as its side, but not a common surname or a player’s', () => {
    const lone = (text: string) => ({ start: 0, end: text.length, text, type: 'person' });
    assert.strictEqual(isCollegeSide(lone('Creighton'), new Set()), true);
    assert.strictEqual(isCollegeSide(lone('Jones'), new Set()), false);
    assert.strictEqual(isCollegeSide(lone('Drake'), new Set(['drake'])), false);
    assert.strictEqual(isCollegeSide({ ...lone('Creighton'), type: 'place' }, new Set()), false);
  });
});

describe('numberedNicknames', () => {
  it('finds a club in figures with the town before it, but not the article opening a sentence', () => {
    const text = 'The 76ers lost again. The Philadelphia 76ers fired their coach, and the 49ers won; 1990s, 3rd.';
    assert.deepStrictEqual(
      numberedNicknames(text).map(c => c.text),
      ['76ers', 'Philadelphia 76ers', '49ers'],
    );
    for (const c of numberedNicknames(text)) assert.strictEqual(text.slice(c.start, c.end), c.text);
  });
});

describe('headlineTeams', () => {
  it('finds the story’s teams in a headline in capitals, whole words only, and not in a line of prose', () => {
    const text = 'SOCCER - HULL EDGE PORT VALE, BURYING DOUBTS.\n\nHull beat Port Vale and Bury drew.';
    assert.deepStrictEqual(
      headlineTeams(text, ['Hull', 'Port Vale', 'Bury']).map(t => t.text),
      ['HULL', 'PORT VALE'],
    );
  });
});

describe('isSideBeforeItsPlayer', () => {
  it('reads a lone word before a player’s or coach’s role and name as his club, not a person’s surname', () => {
    const text = 'Kestrel defender Ian Moss scored; Graf coach Heinz Lott watched Steffi Graf.';
    const surnames = new Set(['moss', 'lott', 'graf']);
    assert.strictEqual(isSideBeforeItsPlayer(text, at(text, 'Kestrel', 'person'), surnames), true);
    assert.strictEqual(isSideBeforeItsPlayer(text, at(text, 'Graf', 'person'), surnames), false);
    assert.strictEqual(isSideBeforeItsPlayer(text, at(text, 'Ian Moss', 'person'), surnames), false);
  });
});

describe('isClubsTown', () => {
  it("reads the town after a club's name and \"of\" as the club's town, not a league's, a player's club or a word's", () => {
    const text =
      'Shooting Stars of Ibadan lost. Cincinnati Reds of Major League Baseball and the defeat of Leeds. ' +
      'Striker Tony Yeboah of Chelsea scored.';
    const stars = at(text, 'Shooting Stars', 'organization');
    assert.strictEqual(isClubsTown(text, at(text, 'Ibadan', 'organization'), stars), true);
    const reds = at(text, 'Cincinnati Reds', 'organization');
    assert.strictEqual(isClubsTown(text, at(text, 'Major League Baseball', 'organization'), reds), false);
    assert.strictEqual(isClubsTown(text, at(text, 'Leeds', 'organization'), undefined), false);
    assert.strictEqual(isClubsTown(text, at(text, 'Chelsea'), at(text, 'Tony Yeboah', 'person')), false);
  });
});

describe('resultClauseSides', () => {
  it("reads the names a match's result makes sides, not a bowler's figures or a tennis player's sets", () => {
    const text =
      'Pacos de Ferreira and Gil Vicente drew 1-1, while Moreirense beat Tondela 2-0. Dion Nash 4-85. ' +
      'Ana Ruiz beat Eva Lund 6-4 6-3.';
    const names = ['Pacos de Ferreira', 'Gil Vicente', 'Moreirense', 'Tondela', 'Dion Nash', 'Ana Ruiz', 'Eva Lund'];
    assert.deepStrictEqual(
      resultClauseSides(
        text,
        names.map(name => at(text, name, 'person')),
      ).map(m => m.text),
      ['Pacos de Ferreira', 'Gil Vicente', 'Moreirense', 'Tondela'],
    );
  });

  it("leaves players' full names before a game's score", () => {
    const text = 'Jansher Khan beat Rodney Eyles 3-0 in Cairo.';
    const players = [at(text, 'Jansher Khan', 'person'), at(text, 'Rodney Eyles', 'person')];
    assert.deepStrictEqual(resultClauseSides(text, players), []);
  });
});

describe('isTownOpenedSide', () => {
  it("reads a person's reading that opens with a city or a province as a club's, not a country or a given name", () => {
    const person = (name: string) => at(name, name, 'person');
    assert.strictEqual(isTownOpenedSide(person('Qingdao Haiou')), true);
    assert.strictEqual(isTownOpenedSide(person('Dalian Wanda')), true);
    assert.strictEqual(isTownOpenedSide(person('PAKISTAN SPINNER')), false);
    assert.strictEqual(isTownOpenedSide(person('Jos Buttler')), false);
    assert.strictEqual(isTownOpenedSide(person('Sydney Smith')), false);
  });
});

describe('withFoundingYear', () => {
  it("reads a club's founding year with its name, not a score, a time or a name after it", () => {
    const text = 'Schalke 04 lost 2-0. Mainz 05 drew. Bayer 04 Leverkusen won. Leeds 0-1 Everton. Ajax 07:30.';
    const club = (name: string) => at(text, name, 'organization');
    assert.strictEqual(withFoundingYear(text, club('Schalke'))?.text, 'Schalke 04');
    assert.strictEqual(withFoundingYear(text, club('Mainz'))?.text, 'Mainz 05');
    assert.strictEqual(withFoundingYear(text, club('Bayer')), undefined);
    assert.strictEqual(withFoundingYear(text, club('Leeds')), undefined);
    assert.strictEqual(withFoundingYear(text, club('Ajax')), undefined);
  });
});
