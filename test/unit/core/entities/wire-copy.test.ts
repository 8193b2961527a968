import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import { readAsWireCopy } from '../../../../src/core/entities/wire-copy';
import { findEntities } from '../../../../src/core/entities/entities';
import { actorKey } from '../../../../src/core/actors/actor-key';
import { mention } from './mentions';

// Wire copy written here for these tests (no test set's text): a match report with its results, then a
// business story under its own dateline.
const STORY = [
  'SOCCER - WREXHAM EDGE BURY.',
  '',
  'WREXHAM, Wales 1997-04-02',
  '',
  'Wrexham beat Stockport 3-2 on Saturday to move level on points with Walsall in the second division.',
  '',
  '"They never gave up," said Stockport manager Dave Jones after the match.',
  '',
  'Results: Wrexham 3 Stockport 2, Walsall 1 Crewe 0, Luton 2 Bristol City 2.',
  '',
  'BONN 1997-04-02',
  '',
  'The German chemicals group said on Wednesday it would cut 800 jobs at its plants in Hesse.',
].join('\n');

const typeOf = (mentions: { text: string; start: number; type: string }[], text: string, from = 0) =>
  mentions.find(m => m.text === text && m.start >= from)?.type;

describe('readAsWireCopy', () => {
  it('keeps a body’s "+" in its name, and leaves a trade that opens a sentence out of the company’s', () => {
    const text = 'OPEC+ agreed on Thursday to raise output. Chipmaker Renesas Electronics Corp said profit rose.';
    const names = findEntities(tokenize(text)).map(e => `${e.text}/${e.type}`);
    assert.ok(names.includes('OPEC+/organization'), names.join(' | '));
    assert.ok(names.includes('Renesas Electronics Corp/organization'), names.join(' | '));
  });

  it('reads a club in brackets after a player in a match report, not his country', () => {
    const text =
      'Scorers after the weekend matches, the league leaders level on goals:\n' +
      '8 - Abel Varro ( Kestrelia ) , Tom Ruiz ( Italy ) , Jan Moss ( Sco )\n7 - Ian Lamb ( Varzo United )';
    const read = [
      mention(text, 'Abel Varro'),
      mention(text, 'Tom Ruiz'),
      mention(text, 'Italy', 'place'),
      mention(text, 'Jan Moss'),
      mention(text, 'Ian Lamb'),
    ];
    const found = readAsWireCopy(tokenize(text), read);
    assert.strictEqual(typeOf(found, 'Kestrelia'), 'organization');
    assert.strictEqual(typeOf(found, 'Varzo United'), 'organization');
    assert.strictEqual(typeOf(found, 'Italy'), 'place');
    assert.strictEqual(typeOf(found, 'Sco'), undefined);
    const notes =
      'Scorers after the weekend matches, the league leaders level on goals:\nAbel Varro ( Capt ) , Ian Lamb ( Tom Ruiz )';
    const subs = readAsWireCopy(tokenize(notes), [
      mention(notes, 'Abel Varro'),
      mention(notes, 'Ian Lamb'),
      mention(notes, 'Tom Ruiz'),
    ]);
    assert.strictEqual(typeOf(subs, 'Capt'), undefined);
    assert.strictEqual(typeOf(subs, 'Tom Ruiz'), 'person');
  });

  it('reads the datelines as places, the clubs of a match report (in its headline too) as organizations and finds a results line’s teams', () => {
    const found = findEntities(tokenize(STORY));
    const results = STORY.indexOf('Results:');
    assert.strictEqual(typeOf(found, 'WREXHAM'), 'organization', 'the headline’s team');
    assert.strictEqual(typeOf(found, 'WREXHAM', STORY.indexOf('WREXHAM,')), 'place');
    assert.strictEqual(typeOf(found, 'Wales'), 'place');
    assert.strictEqual(typeOf(found, 'BONN'), 'place');
    assert.strictEqual(typeOf(found, 'Wrexham'), 'organization');
    for (const team of ['Wrexham', 'Stockport', 'Walsall', 'Crewe', 'Luton', 'Bristol City'])
      assert.strictEqual(typeOf(found, team, results), 'organization', team);
    assert.strictEqual(typeOf(found, 'Dave Jones'), 'person');
    for (const m of found) assert.strictEqual(STORY.slice(m.start, m.end), m.text);
  });

  it('gives a name written the same way one type in one article, the one its readings are surest of', () => {
    const text = 'Gordon Advisors said on Monday that Gordon Advisors would sell its stake, Gordon Advisors added.';
    const read = readAsWireCopy(tokenize(text), [
      mention(text, 'Gordon Advisors', 'person', 0, 0.6),
      mention(text, 'Gordon Advisors', 'organization', 20, 0.8),
      mention(text, 'Gordon Advisors', 'organization', 60, 0.7),
    ]);
    assert.deepStrictEqual(
      read.map(m => `${m.text}/${m.type}`),
      ['Gordon Advisors/organization', 'Gordon Advisors/organization', 'Gordon Advisors/organization'],
    );
    assert.strictEqual(read[0].actorKey, read[1].actorKey);
  });

  it('gives a name the type a cue settles at one mention, though the model typed that one alike and the rest otherwise', () => {
    const text = 'Pembrook will pay $40 a share. Pembrook shares fell 3%. A banker said Pembrook had no choice.';
    const read = readAsWireCopy(tokenize(text), [
      mention(text, 'Pembrook', 'person', 0),
      mention(text, 'Pembrook', 'organization', text.indexOf('Pembrook shares'), 0.6),
      mention(text, 'Pembrook', 'person', text.indexOf('Pembrook had')),
    ]);
    assert.deepStrictEqual(
      read.map(m => `${m.text}/${m.type}`),
      ['Pembrook/organization', 'Pembrook/organization', 'Pembrook/organization'],
    );
  });

  it("leaves a headline's possessive in capitals out of the name: 'NEW ZEALAND'S MOUNT COOK'", () => {
    const text = "CLIMBER DIES ON NEW ZEALAND'S MOUNT COOK.";
    const read = readAsWireCopy(tokenize(text), [
      mention(text, "NEW ZEALAND'S", 'place', 0, 0.8),
      mention(text, 'MOUNT COOK', 'place', 0, 0.8),
    ]);
    assert.deepStrictEqual(
      read.map(m => `${m.text}/${m.type}`),
      ['NEW ZEALAND/place', 'MOUNT COOK/place'],
    );
    for (const m of read) assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.strictEqual(read[0].actorKey, actorKey('place', 'New Zealand'));
  });

  it('reads a results table by its layout, in prose spacing and spaced the CoNLL way: sides, scorers, a national side as a place', () => {
    const prose = [
      'SOCCER - WORLD CUP QUALIFYING RESULTS.',
      'Results of European qualifying matches on Saturday:',
      'Netherlands 3 (Gakpo 14th, Depay 52nd) Finland 0. Halftime 1-0.',
      'Poland 1 (Lewandowski 60th pen) Lithuania 1 (Girdvainis 88th).',
      'Standings (tabulate under played, won, drawn, lost, goals for, against, points):',
      'Netherlands 4 3 1 0 9 1 10',
      'Poland 4 2 1 1 6 4 7',
    ].join('\n');
    const spaced = prose
      .replace(/\(/g, '( ')
      .replace(/\)/g, ' )')
      .replace(/([,.:])(?=\s|$)/gm, ' $1');
    for (const text of [prose, spaced]) {
      const found = findEntities(tokenize(text));
      for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
      const read = (name: string, from = 0) => typeOf(found, name, text.indexOf(name, from));
      for (const scorer of ['Gakpo', 'Depay', 'Lewandowski', 'Girdvainis'])
        assert.strictEqual(read(scorer), 'person', scorer);
      for (const side of ['Netherlands', 'Finland', 'Poland', 'Lithuania'])
        assert.strictEqual(read(side), 'place', side);
      assert.strictEqual(read('Netherlands', text.indexOf('Standings')), 'place');
    }
  });

  it('reads the sides of a league table as organizations and a golfer in a leaderboard as a person', () => {
    const text = [
      'Standings in the Spanish first division (tabulate under played, won, drawn, lost, goals for, against, points):',
      'Celta Vigo 10 2 3 5 9 16 9',
      'Crystal Palace 10 2 2 6 8 15 8',
      '',
      'Leading scores after the second round (Britain unless stated):',
      'Tommy Fleetwood 69 72 = 141',
      'Ludvig Aberg (Sweden) 71 71 = 142',
    ].join('\n');
    const found = findEntities(tokenize(text));
    assert.strictEqual(typeOf(found, 'Celta Vigo'), 'organization');
    assert.strictEqual(typeOf(found, 'Crystal Palace'), 'organization');
    assert.strictEqual(typeOf(found, 'Tommy Fleetwood'), 'person');
    assert.strictEqual(typeOf(found, 'Ludvig Aberg'), 'person');
    assert.strictEqual(typeOf(found, 'Sweden'), 'place');
  });

  it('leaves an article without datelines, results or two readings of a name as it was', () => {
    const text = 'Hesse said the plant in Bonn would close.';
    const mentions = [mention(text, 'Hesse', 'person', 0, 0.7), mention(text, 'Bonn', 'place', 0, 0.9)];
    assert.deepStrictEqual(readAsWireCopy(tokenize(text), mentions), mentions);
  });

  it("drops a name read up to a title's role noun ('Japanese Foreign' of 'Japanese Foreign Minister'), not a name before one", () => {
    const text =
      'Russian General Staff chief met Japanese Foreign Minister Itsunori Onodera, a Ministry of Finance ' +
      'spokesman said, and US Defense Secretary Ash Carter met Iran Deputy Foreign Minister Abbas Araqchi.';
    const mentions = [
      mention(text, 'Russian General Staff', 'organization', 0, 0.9),
      mention(text, 'Japanese Foreign', 'organization', 0, 0.5),
      mention(text, 'Itsunori Onodera', 'person', 0, 0.9),
      mention(text, 'Ministry of Finance', 'organization', 0, 0.8),
      mention(text, 'US Defense', 'organization', 0, 0.5),
      mention(text, 'Ash Carter', 'person', 0, 0.9),
      mention(text, 'Iran Deputy Foreign', 'organization', 0, 0.5),
      mention(text, 'Abbas Araqchi', 'person', 0, 0.9),
    ];
    assert.deepStrictEqual(
      readAsWireCopy(tokenize(text), mentions).map(m => m.text),
      ['Russian General Staff', 'Itsunori Onodera', 'Ministry of Finance', 'Ash Carter', 'Abbas Araqchi'],
    );
  });

  it("drops a portfolio read up to a minister ('Italian Treasury' of 'Italian Treasury Minister'), not a party before its leader", () => {
    const text = 'Italian Treasury Minister Lamberto Dini met Labour leader Tony Blair. The Treasury said so.';
    const mentions = [
      mention(text, 'Italian Treasury', 'organization', 0, 0.6),
      mention(text, 'Lamberto Dini', 'person', 0, 0.9),
      mention(text, 'Labour', 'organization', 0, 0.9),
      mention(text, 'Tony Blair', 'person', 0, 0.9),
      mention(text, 'Treasury', 'organization', text.indexOf('The Treasury'), 0.9),
    ];
    assert.deepStrictEqual(
      readAsWireCopy(tokenize(text), mentions).map(m => m.text),
      ['Lamberto Dini', 'Labour', 'Tony Blair', 'Treasury'],
    );
  });

  it('reads an everyday word opening a sentence as the word when the article writes it in lower case too', () => {
    const text =
      '"People forget," said Ann Felt, who felt fine. Felt said people came. Turkey said the turkey was late. People printed it.';
    const mentions = [
      mention(text, 'People', 'organization'),
      mention(text, 'Ann Felt', 'person'),
      mention(text, 'Felt', 'person', text.indexOf('. Felt')),
      mention(text, 'Turkey', 'place'),
    ];
    assert.deepStrictEqual(
      readAsWireCopy(tokenize(text), mentions).map(m => m.text),
      ['Ann Felt', 'Felt', 'Turkey'],
    );
  });

  it('reads a club named in figures whole where the model read only its town ("Philadelphia" of "Philadelphia 76ers")', () => {
    const text = 'The Philadelphia 76ers beat the Celtics, and the Sacramento Kings of 2024 won too.';
    const mentions = [mention(text, 'Philadelphia', 'place'), mention(text, 'Sacramento Kings', 'organization')];
    assert.deepStrictEqual(
      readAsWireCopy(tokenize(text), mentions).map(m => `${m.text}:${m.type}`),
      ['Philadelphia 76ers:organization', 'Sacramento Kings:organization'],
    );
  });

  it("drops the names a table's headings seem to hold: its columns, its sections and its note of capitals", () => {
    const text = [
      "Standings after Friday's games (home team in CAPS):",
      'EASTERN CONFERENCE',
      'W L T PTS',
      'Boston 12 7 6 30',
      'Dallas 13 12 1 27',
    ].join('\n');
    const mentions = [
      mention(text, 'CAPS', 'organization'),
      mention(text, 'EASTERN', 'organization'),
      mention(text, 'W L', 'person'),
      mention(text, 'Boston', 'organization'),
      mention(text, 'Dallas', 'organization'),
    ];
    assert.deepStrictEqual(
      readAsWireCopy(tokenize(text), mentions).map(m => m.text),
      ['Boston', 'Dallas'],
    );
  });

  it('reads one camel-case word the model took for a person as a company, not a glued name nor a short prefix', () => {
    const text = 'BioNTech and LaRue met. Masahiko Komura spoke. Photo: MasahikoKomura. HarperCollins said.';
    const mentions = [
      mention(text, 'BioNTech', 'person'),
      mention(text, 'LaRue', 'person'),
      mention(text, 'Masahiko Komura', 'person'),
      mention(text, 'MasahikoKomura', 'person'),
      mention(text, 'HarperCollins', 'person'),
    ];
    assert.deepStrictEqual(
      readAsWireCopy(tokenize(text), mentions).map(m => `${m.text}:${m.type}`),
      [
        'BioNTech:organization',
        'LaRue:person',
        'Masahiko Komura:person',
        'MasahikoKomura:person',
        'HarperCollins:person',
      ],
    );
  });
});
