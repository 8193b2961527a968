import * as assert from 'assert';
import { span } from './mentions';
import { isInEventName } from '../../../../src/core/entities/event-names';

// Sentences written here for these tests (no test set's text).
describe('isInEventName', () => {
  it('finds a competition’s name whole or a name that opens one, in prose and in capitals', () => {
    const text =
      'TENNIS - RESULTS AT THE CANADIAN OPEN\nKovac won the Davis Cup at the U.S. Open and the Lisbon Grand Prix.';
    assert.strictEqual(isInEventName(text, span(text, 'CANADIAN OPEN')), true);
    assert.strictEqual(isInEventName(text, span(text, 'Davis')), true);
    assert.strictEqual(isInEventName(text, span(text, 'U.S.')), true);
    assert.strictEqual(isInEventName(text, span(text, 'Lisbon')), true);
    assert.strictEqual(isInEventName(text, span(text, 'Lisbon Grand Prix')), true);
  });

  it('finds a bowl game and a rally named for two towns, not a bowl where a game is played', () => {
    const text = 'Varzo State went to the Orange Bowl, then the Lyon-Dakar rally, and played at the Kelby Bowl.';
    assert.strictEqual(isInEventName(text, span(text, 'Orange Bowl')), true);
    assert.strictEqual(isInEventName(text, span(text, 'Orange')), true);
    assert.strictEqual(isInEventName(text, span(text, 'Lyon-Dakar')), true);
    assert.strictEqual(isInEventName(text, span(text, 'Kelby Bowl')), false);
  });

  it('leaves a body whose name ends in such a word after "of" or "des"', () => {
    const text = 'The Caisse de Soutien des Prix and the Lisbon Grand Prix met.';
    assert.strictEqual(isInEventName(text, span(text, 'Caisse de Soutien des Prix')), false);
    assert.strictEqual(isInEventName(text, span(text, 'Lisbon Grand Prix')), true);
  });

  it('finds awards and storms: "Emmy", "Academy Awards", "Hurricane Katrina", "Typhoon Haiyan"', () => {
    const text = 'She won an Emmy before the Academy Awards, after Hurricane Katrina and as Typhoon Haiyan hit.';
    for (const name of ['Emmy', 'Academy', 'Hurricane Katrina', 'Haiyan'])
      assert.strictEqual(isInEventName(text, span(text, name)), true, name);
    const person = 'Oscar Lindqvist met Katrina Ames.';
    assert.strictEqual(isInEventName(person, span(person, 'Oscar Lindqvist')), false);
    assert.strictEqual(isInEventName(person, span(person, 'Katrina Ames')), false);
  });

  it("finds a shield's, a derby's, stakes' or a challenger's name after a name, not the town alone", () => {
    const text = 'Rain stopped the Sheffield Shield match; Khamseen won the KENYA DERBY and the Belmont Stakes.';
    for (const name of ['Sheffield Shield', 'KENYA', 'Belmont'])
      assert.strictEqual(isInEventName(text, span(text, name)), true, name);
    const club = 'Arsenal 2 Derby 2';
    assert.strictEqual(isInEventName(club, span(club, 'Derby')), false);
  });

  it("leaves a person named like a shield or stakes, and a headline's verb after a name", () => {
    const text = 'Brooke Shield arrived; Mark Stakes left.';
    assert.strictEqual(isInEventName(text, span(text, 'Brooke Shield')), false);
    assert.strictEqual(isInEventName(text, span(text, 'Mark')), false);
    const headline = 'China Stakes Claim To Reef';
    assert.strictEqual(isInEventName(headline, span(headline, 'China')), false);
  });

  it('finds the country of a cycling tour, and the town of a film festival', () => {
    const text = 'He won a stage of the Tour of Spain.';
    assert.strictEqual(isInEventName(text, span(text, 'Spain')), true);
    const festival = 'He won the Tour de France and a prize at the Cannes Film Festival.';
    assert.strictEqual(isInEventName(festival, span(festival, 'France')), true);
    assert.strictEqual(isInEventName(festival, span(festival, 'Cannes')), true);
    const tour = 'The band began a tour of Spain.';
    assert.strictEqual(isInEventName(tour, span(tour, 'Spain')), false);
  });

  it('leaves a name before a lower-case word or one in capitals, and a competitor', () => {
    const headline = 'Serena Kovac Open To Return At Lisbon';
    assert.strictEqual(isInEventName(headline, span(headline, 'Serena Kovac')), false);
    const text = 'Leeds kept the door open, Kestrel OPEN days began, and Kovac won the Open.';
    assert.strictEqual(isInEventName(text, span(text, 'Leeds')), false);
    assert.strictEqual(isInEventName(text, span(text, 'Kestrel')), false);
    assert.strictEqual(isInEventName(text, span(text, 'Kovac')), false);
  });
});
