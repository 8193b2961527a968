import * as assert from 'assert';
import { isEntrantBeforeNation, isNation, readTableLine, sideType } from '../../../../src/core/entities/table-layouts';

// Results lines written here for these tests (no test set's text), in prose spacing and spaced the CoNLL way.
const read = (line: string) => {
  const reading = readTableLine(line);
  for (const n of reading?.names ?? []) assert.strictEqual(line.slice(n.start, n.end), n.text, n.text);
  return reading && { family: reading.family, names: reading.names.map(n => `${n.text}/${n.type}`) };
};

describe('readTableLine', () => {
  it("reads a party in an election's results as an organization, not an entrant", () => {
    assert.deepStrictEqual(read('Kestrel Party ( KPP ) 27.6 6')?.names, [
      'Kestrel Party/organization',
      'KPP/organization',
    ]);
    assert.deepStrictEqual(read('Social Democrats ( SDP ) 29.1 6')?.names, [
      'Social Democrats/organization',
      'SDP/organization',
    ]);
    assert.deepStrictEqual(read('3. Tommy Fleetwood 69 72 68 209')?.names, ['Tommy Fleetwood/person']);
  });

  it("reads a market's line as its company, and a country's, a commodity's or a voter's as none", () => {
    assert.deepStrictEqual(read('Velkoprum Banka 1,080 ( 1,160 )'), {
      family: 'price',
      names: ['Velkoprum Banka/organization'],
    });
    assert.deepStrictEqual(read('ZTK 915 ( previous 985 )')?.names, ['ZTK/organization']);
    assert.deepStrictEqual(read('Oremtrans 0.405 0.415')?.names, ['Oremtrans/organization']);
    assert.deepStrictEqual(read('Dravinet 12.50 13.00 +0.50')?.names, ['Dravinet/organization']);
    assert.strictEqual(read('Germany 2.1 2.3'), null);
    assert.strictEqual(read('Gold 385.50 386.00'), null);
    assert.strictEqual(read('Nikkei 17,250 ( 17,300 )'), null);
    assert.deepStrictEqual(read('Petrovia PN 24.50 24.10 +0.40')?.names, ['Petrovia/organization']);
    assert.strictEqual(read('Martin Kessler 52 ( 49 )'), null);
    // Whole numbers without the previous price are a poll's or a score's, which no market writes.
    assert.strictEqual(read('Oremtrans 12 14'), null);
  });

  it("reads a league table's line as a side, a country as a place and a golfer's as a person", () => {
    assert.deepStrictEqual(read('Real Sociedad 10 4 4 2 13 11 16'), {
      family: 'standing',
      names: ['Real Sociedad/organization'],
    });
    assert.deepStrictEqual(read('NEW YORK 74 58 .561 -')?.names, ['NEW YORK/organization']);
    assert.deepStrictEqual(read('TAMPA BAY 49 84 .368 25 1/2')?.names, ['TAMPA BAY/organization']);
    assert.deepStrictEqual(read('Lithuania 4 0 0 4 1 12 0')?.names, ['Lithuania/place']);
    assert.deepStrictEqual(read('3. Tommy Fleetwood 69 72 68 209')?.names, ['Tommy Fleetwood/person']);
  });

  it("reads a cup's result between clubs of several nations, not a game between two players", () => {
    assert.deepStrictEqual(read('Group B : Kantor Bologna ( Italy ) 85 Dinamo Belgrade ( Serbia ) 79'), {
      family: 'result',
      names: ['Kantor Bologna/organization', 'Italy/place', 'Dinamo Belgrade/organization', 'Serbia/place'],
    });
    // Two players of chess or snooker, with no club's town or list: no cup's result.
    assert.strictEqual(read('Kramnev ( Russia ) 1 Topalic ( Bulgaria ) 0'), null);
  });

  it('reads a result with its scorers in brackets, in both spacings', () => {
    assert.deepStrictEqual(read('Newcastle 3 (Isak 12th, Gordon 56th pen) Brentford 1 (Wissa 40th). Halftime 1-1.'), {
      family: 'result',
      names: ['Newcastle/organization', 'Isak/person', 'Gordon/person', 'Brentford/organization', 'Wissa/person'],
    });
    assert.deepStrictEqual(
      read('AEK Athens 2 ( Tsiartas 12th pen , Batista 80th ) PAOK Salonika 2 ( Frantzeskos 33rd ) .')?.names,
      [
        'AEK Athens/organization',
        'Tsiartas/person',
        'Batista/person',
        'PAOK Salonika/organization',
        'Frantzeskos/person',
      ],
    );
    // Older wire copy writes the minutes bare.
    assert.deepStrictEqual(read('Utrecht 3 ( Kowalski 12 , 45 , Brandt 77 pen ) Zwolle 1 ( Dekker 60 ) .')?.names, [
      'Utrecht/organization',
      'Kowalski/person',
      'Brandt/person',
      'Zwolle/organization',
      'Dekker/person',
    ]);
    assert.deepStrictEqual(read('Kane 8th, 51st') ?? null, null);
    // Bare figures outside a result's brackets are counts, no minutes.
    assert.deepStrictEqual(read('Gold medals - Ruritania 40, Freedonia 20') ?? null, null);
    assert.deepStrictEqual(read('ATLANTA 5 Miami 4 (10 innings)')?.names, [
      'ATLANTA/organization',
      'Miami/organization',
    ]);
    assert.deepStrictEqual(read('Poland 1 (Lewandowski 60th pen) Lithuania 1')?.names, [
      'Poland/place',
      'Lewandowski/person',
      'Lithuania/place',
    ]);
  });

  it("reads a list of scorers and a side's scorers", () => {
    assert.deepStrictEqual(read('Scorers : Haaland 9th , Foden 33rd')?.names, ['Haaland/person', 'Foden/person']);
    assert.deepStrictEqual(read('Parma - Bonny (44th), Man (81st)')?.names, [
      'Parma/organization',
      'Bonny/person',
      'Man/person',
    ]);
    assert.strictEqual(read('SOCCER - ITALIAN CUP SCORERS.'), null);
  });

  it('reads an entrant with the country in brackets: a leaderboard, a draw, a race', () => {
    assert.deepStrictEqual(read('1. Rory McIlroy ( Northern Ireland ) 70 68 69 207')?.names, [
      'Rory McIlroy/person',
      'Northern Ireland/place',
    ]);
    assert.deepStrictEqual(read('Colin Montgomerie (Britain) 71 70 = 141')?.names, [
      'Colin Montgomerie/person',
      'Britain/place',
    ]);
    assert.deepStrictEqual(read('Casper Ruud (Norway) beat 5 - Taylor Fritz (U.S.) 7-6 (7-4) 3-6 6-2')?.names, [
      'Casper Ruud/person',
      'Norway/place',
      'Taylor Fritz/person',
      'U.S./place',
    ]);
    assert.deepStrictEqual(read('1. Julien Alfred (St Lucia) 10.84')?.names, [
      'Julien Alfred/person',
      'St Lucia/place',
    ]);
    assert.deepStrictEqual(
      read('274 Thorbjorn Olesen (Denmark) 69 70 66 69, Sami Valimaki (Finland) 70 68 69 67')?.names,
      ['Thorbjorn Olesen/person', 'Denmark/place', 'Sami Valimaki/person', 'Finland/place'],
    );
  });

  it("reads a leaderboard's entries without brackets as golfers, and a driver's team after his country", () => {
    assert.deepStrictEqual(read('135 Xander Schauffele 68 67 , Hideki Matsuyama ( Japan ) 67 68')?.names, [
      'Xander Schauffele/person',
      'Hideki Matsuyama/person',
      'Japan/place',
    ]);
    assert.deepStrictEqual(read('2. Max Verstappen (Netherlands) Red Bull 1:28:05.118')?.names, [
      'Max Verstappen/person',
      'Netherlands/place',
      'Red Bull/organization',
    ]);
    assert.strictEqual(read('Celtic 14 11'), null, 'two figures and no golf rounds');
  });

  it('reads top scorers with their side in brackets', () => {
    assert.deepStrictEqual(read('Top scorers: Satoransky (Barcelona) 21, Tavares (Real Madrid) 19')?.names, [
      'Satoransky/person',
      'Barcelona/organization',
      'Tavares/person',
      'Real Madrid/organization',
    ]);
  });

  it('reads a fixture list’s line as its two sides', () => {
    assert.deepStrictEqual(read('KANSAS CITY AT CHICAGO')?.names, ['KANSAS CITY/organization', 'CHICAGO/organization']);
  });

  it('reads no layout in lines of prose with figures', () => {
    for (const prose of [
      'Bayern, who have won 7 of their 8 league games, lead the table by 4 points from Leipzig.',
      'The firm said 12 of its 40 stores in Ohio would close by March 3.',
      'Jannik Sinner (Italy) beat Alex de Minaur in Toronto on Thursday.',
      'Smith said the deal was worth 12 3 4 million.',
      'March 8, 2013 5: 47 PM',
    ])
      assert.strictEqual(read(prose), null, prose);
  });
});

describe('isNation and sideType', () => {
  it('knows a country (and a home nation) from a capital or a town', () => {
    assert.strictEqual(isNation('Netherlands'), true);
    assert.strictEqual(isNation('Wales'), true);
    assert.strictEqual(isNation('Western Samoa'), true, 'a former name');
    assert.strictEqual(isNation('Yugoslavia'), true, 'a former state');
    assert.strictEqual(isNation('West Indies'), true, "a region's side");
    assert.strictEqual(isNation('Athens'), false);
    assert.strictEqual(isNation('WASHINGTON'), false);
    assert.strictEqual(sideType('England'), 'place');
    assert.strictEqual(sideType('Barcelona'), 'organization');
  });
});

describe('isEntrantBeforeNation', () => {
  it("reads a person's name before a nation in brackets as an entrant, not a club's", () => {
    const text = 'Coco Gauff (United States) def. Magnus Larsson (Sweden); Real Madrid (Spain) won.';
    const at = (name: string, type: string) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type };
    };
    assert.strictEqual(isEntrantBeforeNation(text, at('Coco Gauff', 'organization')), true);
    assert.strictEqual(isEntrantBeforeNation(text, at('Magnus Larsson', 'place')), true);
    assert.strictEqual(isEntrantBeforeNation(text, at('Real Madrid', 'organization')), false);
  });
});
