import * as assert from 'assert';
import { tableNames } from '../../../../src/core/entities/results-tables';

// Tables and stories written here for these tests (no test set's text).
const names = (text: string) => {
  const found = tableNames(text);
  for (const n of found) assert.strictEqual(text.slice(n.start, n.end), n.text, n.text);
  return found.map(n => `${n.text}/${n.type}`);
};

describe('tableNames', () => {
  it('reads a run of standings lines under a heading in capitals', () => {
    const text = 'EASTERN DIVISION\nW L PCT GB\nNEW YORK 74 58 .561 -\nBALTIMORE 70 62 .530 4\n';
    assert.deepStrictEqual(names(text), ['NEW YORK/organization', 'BALTIMORE/organization']);
  });

  it('reads a result and the line of its scorers, the half-time line between them set aside', () => {
    const text = 'Leeds 2 Everton 1\nHalftime 1-0\nScorers: Bamford 12th, Gnonto 80th';
    assert.deepStrictEqual(names(text), [
      'Leeds/organization',
      'Everton/organization',
      'Bamford/person',
      'Gnonto/person',
    ]);
  });

  it("reads a market's shares as companies, and a table of times, rainfall or currencies by no company", () => {
    const shares =
      'Closing prices ( crowns ):\nLukoil 17.90 18.20\nVelkoprum Banka 1,080 ( 1,160 )\nOremtrans 0.405 0.415\n';
    assert.deepStrictEqual(names(shares), [
      'Lukoil/organization',
      'Velkoprum Banka/organization',
      'Oremtrans/organization',
    ]);
    const times = "Men's 100 metres:\nBailor 9.98 9.91\nFredson 10.02 9.95\nBoldane 10.05 9.97\n";
    assert.deepStrictEqual(names(times), []);
    const rates = 'Cross rates:\nD-mark 2.3450 2.3470\nPeseta 196.50 196.70\nEcu 1.2150 1.2170\n';
    assert.deepStrictEqual(names(rates), []);
  });

  it("reads a table under a market's columns as companies, not a company's results under 'per share'", () => {
    const market =
      'Issue Close Previous Change\nAzomara 1,850 1,860 -10\nPetrovan Roma 940 955 -15\nTeravia Cluj 3,400 3,400 unch\n';
    assert.deepStrictEqual(names(market), [
      'Azomara/organization',
      'Petrovan Roma/organization',
      'Teravia Cluj/organization',
    ]);
    const results = 'Nine months ( in millions except per share ):\nShr 1.24 1.10\nNet 45.6 40.2\nRevs 320.5 298.7\n';
    assert.deepStrictEqual(names(results), []);
  });

  it('reads a side named with "of the" whole', () => {
    const text = 'Kelso 1 Queen of the Marshes 1\nBrora 2 Tain 0\n';
    assert.deepStrictEqual(names(text), [
      'Kelso/organization',
      'Queen of the Marshes/organization',
      'Brora/organization',
      'Tain/organization',
    ]);
  });

  it('reads no run of a name and figures across blank lines, as a poll is written', () => {
    assert.deepStrictEqual(names('A new poll shows the race narrowing :\n\nKestrel 52 49 51\n\nVarek 37 38 36\n'), []);
  });

  it('reads a lone result after the line that announces it', () => {
    const text = 'Summary of a German first division match played on Saturday:\nBayern Munich 4 (Kane 8th) Mainz 1';
    assert.deepStrictEqual(names(text), ['Bayern Munich/organization', 'Kane/person', 'Mainz/organization']);
  });

  it('reads a scorecard in CoNLL spacing, its extras and total set aside', () => {
    const text =
      'Kent first innings\nT. Compton c Foakes b Atkinson 61\nJ. Leaning not out 54\nExtras ( b-1 lb-3 ) 4\nBowling : Atkinson 12-2-40-1';
    assert.deepStrictEqual(names(text), [
      'Kent/organization',
      'T. Compton/person',
      'Foakes/person',
      'Atkinson/person',
      'J. Leaning/person',
      'Atkinson/person',
    ]);
  });

  it("reads a list of posts or towns and who holds or won them, a party's acronym after", () => {
    const cabinet = 'The new cabinet:\nPrime Minister - Rado Veskovic\nInterior - Vesna Dralic\nFinance - Ilja Moravec';
    assert.deepStrictEqual(names(cabinet), ['Rado Veskovic/person', 'Vesna Dralic/person', 'Ilja Moravec/person']);
    const towns = 'Winners:\nVarzola - Ernesto Gil Pardo ( PRI )\nTepeji del Rio - Alma Trejo ( PRD )';
    assert.deepStrictEqual(names(towns), [
      'Varzola/place',
      'Ernesto Gil Pardo/person',
      'PRI/organization',
      'Tepeji del Rio/place',
      'Alma Trejo/person',
      'PRD/organization',
    ]);
    assert.deepStrictEqual(names('Sales - Varzo Holdings\nProfits - Kelmi Group'), []);
    const titled = 'Envoys:\nKelby - Ambassador Rob Hanter\nAgriculture - Dr Ivan Petrak';
    assert.deepStrictEqual(names(titled), ['Kelby/place', 'Rob Hanter/person', 'Ivan Petrak/person']);
  });

  it('leaves a lone line of a layout in prose alone', () => {
    const story =
      'The club finished the season strongly.\nLiverpool 2 Fulham 1\nThe manager said he was pleased with the result.';
    assert.deepStrictEqual(names(story), []);
    const golf = 'He had rounds of 70 and 68.\nTommy Fleetwood 69 72 68 209\nFleetwood was pleased.';
    assert.deepStrictEqual(names(golf), []);
  });

  it('joins lines across one blank line into a run, as double-spaced wire copy has them, not across two', () => {
    assert.deepStrictEqual(names('Leeds 2 Everton 1\n\n\nChelsea 0 Wolves 0'), []);
    const spaced = "Women 's 400 metres\n\n1. Ludka Marvic ( Sweden ) 50.60\n\n2. Brita Kovec ( Slovenia ) 50.71\n";
    assert.deepStrictEqual(names(spaced), [
      'Ludka Marvic/person',
      'Sweden/place',
      'Brita Kovec/person',
      'Slovenia/place',
    ]);
  });

  it('reads a long line of capitalised words and "at" quickly, as no table', () => {
    const line = 'Abc AT '.repeat(3000);
    const started = Date.now();
    assert.deepStrictEqual(names(`${line}\n${line}`), []);
    assert.ok(Date.now() - started < 500, `${Date.now() - started} ms`);
  });
});
