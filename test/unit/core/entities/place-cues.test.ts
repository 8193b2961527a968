import * as assert from 'assert';
import { isStadeStadium, placesByCue } from '../../../../src/core/entities/place-cues';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('placesByCue', () => {
  it('reads a name after "the village of" and a street’s name as places', () => {
    const text = 'He spoke from the village of Varzhi Atagi, then walked down Marrow Lane to Kelso Road.';
    const found = placesByCue(text, [
      mention(text, 'Varzhi Atagi', 'person'),
      mention(text, 'Marrow Lane', 'person'),
      mention(text, 'Kelso Road', 'person'),
    ]);
    assert.deepStrictEqual(
      found.map(m => `${m.text}:${m.type}`),
      ['Varzhi Atagi:place', 'Marrow Lane:place', 'Kelso Road:place'],
    );
  });

  it('reads a name after "of nearby" or "to neighbouring" as a place, not one read as a body', () => {
    const text = 'Tom Burke of nearby Fairhaven said pupils went to nearby Beck Primary and to neighbouring Kamenge.';
    const found = placesByCue(text, [
      mention(text, 'Tom Burke', 'person'),
      mention(text, 'Fairhaven', 'person'),
      mention(text, 'Beck Primary', 'organization'),
      mention(text, 'Kamenge', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Fairhaven:place', 'Kamenge:place']);
    const farm = "They met at nearby John Smith's farm and nearby Reed's.";
    const persons = [mention(farm, 'John Smith', 'person'), mention(farm, 'Reed', 'person')];
    assert.deepStrictEqual(placesByCue(farm, persons), []);
  });

  it('reads a name after "residents of" and before an air base or a neighbourhood as a place', () => {
    const text = 'Residents of Kelbourne said jets left the Varzhi air base near the Dunmere neighbourhood.';
    const found = placesByCue(text, [
      mention(text, 'Kelbourne', 'person'),
      mention(text, 'Varzhi', 'organization'),
      mention(text, 'Dunmere', 'person'),
    ]);
    assert.deepStrictEqual(
      found.map(m => `${m.text}:${m.type}`),
      ['Kelbourne:place', 'Varzhi:place', 'Dunmere:place'],
    );
  });

  it('reads a stadium named in its language as a place, not a club named by "Stade" and its town', () => {
    const text = 'They play at the Estadio Municipal Rui Vaz and the Stade de la Varenne against Stade Rennais.';
    const found = placesByCue(text, [
      mention(text, 'Estadio Municipal Rui Vaz', 'organization'),
      mention(text, 'Stade de la Varenne', 'person'),
      mention(text, 'Stade Rennais', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Estadio Municipal Rui Vaz:place', 'Stade de la Varenne:place']);
  });

  it('reads a name no one read after "the province of" or "the city of" as a place, an everyday word too', () => {
    const text = 'Police in the province of Assara and the city of Ganja said so.';
    assert.deepStrictEqual(read(text, placesByCue(text, [])), ['Assara:place', 'Ganja:place']);
    const epithets = 'Rome, the city of God, and Paris, the city of Light.';
    assert.deepStrictEqual(placesByCue(epithets, []), []);
  });

  it('reads the names of a list of mostly places as places; not a body of words, a first name or a guitarist', () => {
    const text = 'Fires hit Colburn, Bevarra, Mulvino, Pascoe Dale and Kirra Downs.';
    const found = placesByCue(text, [
      mention(text, 'Colburn', 'place'),
      mention(text, 'Bevarra', 'place'),
      mention(text, 'Mulvino', 'organization'),
      mention(text, 'Kirra Downs', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Mulvino:place', 'Pascoe Dale:place', 'Kirra Downs:place']);
    const others = 'Teams from Alpine Guides, Kelby, Varno and Ostra joined Tohpati, Ridho and Abdee Negara.';
    const left = placesByCue(others, [
      mention(others, 'Alpine Guides', 'organization'),
      mention(others, 'Kelby', 'place'),
      mention(others, 'Varno', 'place'),
      mention(others, 'Ostra', 'place'),
      mention(others, 'Tohpati', 'place'),
      mention(others, 'Ridho', 'place'),
      mention(others, 'Abdee Negara', 'person'),
    ]);
    assert.deepStrictEqual(left, []);
  });

  it("reads a name a body's reading ends in a river's, a range's or a street's word as the place", () => {
    const text = 'Fans met beside the Varzo River on Kelby Avenue, below the Ostra Ranges, near Varzo River Ventures.';
    const found = placesByCue(text, [
      mention(text, 'Varzo River', 'organization'),
      mention(text, 'Kelby Avenue', 'organization'),
      mention(text, 'Ostra Ranges', 'organization'),
      mention(text, 'Varzo River Ventures', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Varzo River:place', 'Kelby Avenue:place', 'Ostra Ranges:place']);
  });

  it('tells a stadium named "Stade" from a club: a town or its adjective after "Stade" makes the club', () => {
    for (const stadium of [
      'Stade de la Mer',
      'Stade Velodrome',
      'Stade Mayol',
      'Stade Geoffroy Guichard',
      'Stade Municipal',
    ])
      assert.strictEqual(isStadeStadium(stadium), true, stadium);
    for (const club of [
      'Stade Rennes',
      'Stade Francais',
      'Stade Briochin',
      'Stade Lavallois',
      'Stade Malherbe Caen',
      'Stade Olympique Varnais',
    ])
      assert.strictEqual(isStadeStadium(club), false, club);
  });

  it('reads a name read as a person\'s before "airport" as the place; not a company\'s, nor one in an incident', () => {
    const text = 'Flights went to Rome Vellano airport, the Aviro airport network and a Biebner airport incident.';
    const found = placesByCue(text, [
      mention(text, 'Rome Vellano', 'person'),
      mention(text, 'Aviro', 'organization'),
      mention(text, 'Biebner', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Rome Vellano:place']);
  });

  it("reads a name read as a person's before a mine or a field as a place; not a company's, nor a kicker's", () => {
    const text =
      'Workers at the El Varado copper mine, the Kasvik oil field, the Orvand mine and a Ryan Holt field goal.';
    const found = placesByCue(text, [
      mention(text, 'El Varado', 'person'),
      mention(text, 'Kasvik', 'person'),
      mention(text, 'Orvand', 'organization'),
      mention(text, 'Ryan Holt', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), ['El Varado:place', 'Kasvik:place']);
  });

  it('reads a name after a compass point and before a crossing, a corridor, an area or a river as a place', () => {
    const text = 'Refugees left Thu Thiem for the Gatumba crossing, the Lachin corridor and the camp south of Mae Sot.';
    const found = placesByCue(text, [
      mention(text, 'Thu Thiem', 'person'),
      mention(text, 'Gatumba', 'organization'),
      mention(text, 'Lachin', 'person'),
      mention(text, 'Mae Sot', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Gatumba:place', 'Lachin:place', 'Mae Sot:place']);
    const camp = 'Aides in the Okafor camp denied it.';
    assert.deepStrictEqual(placesByCue(camp, [mention(camp, 'Okafor', 'person')]), []);
  });

  it('reads "Lane" as a street’s only where a preposition puts it on the map, not after an initial', () => {
    const text = 'Kian Lane scored twice; M. Lane made 54; police closed off Acre Lane.';
    const found = placesByCue(text, [
      mention(text, 'Kian Lane', 'person'),
      mention(text, 'M. Lane', 'person'),
      mention(text, 'Acre Lane', 'person'),
    ]);
    assert.deepStrictEqual(
      found.map(m => m.text),
      ['Acre Lane'],
    );
  });

  it('leaves an actor named Lane, a listed body and a name with no cue as they are', () => {
    const text = 'Nathan Lane met the Mayor of London and officials of Hamas in Gaza with Tom Ruiz.';
    const found = placesByCue(text, [
      mention(text, 'Nathan Lane', 'person'),
      mention(text, 'Tom Ruiz', 'person'),
      mention(text, 'Hamas', 'organization'),
    ]);
    assert.deepStrictEqual(found, []);
  });

  it("reads the names of a list of places, read or not, and not a people's adjective or a listed body", () => {
    const text =
      'Floods hit the Varzo, Kelmi and Upper Tarn districts. Rents rose in areas such as Dunmere and Oxley. Asian and European markets fell, and parts of Hamas and Varzo suffered.';
    const found = placesByCue(text, [mention(text, 'Kelmi', 'person'), mention(text, 'Hamas', 'organization')]);
    assert.deepStrictEqual(read(text, found), [
      'Varzo:place',
      'Kelmi:place',
      'Upper Tarn:place',
      'Dunmere:place',
      'Oxley:place',
      'Varzo:place',
    ]);
  });

  it('reads a name before a bridge, a market or a basin, and a list before the kind of areas they are, as places', () => {
    const text =
      'Crowds met at the Navatkuli bridge and the Wuse market. Cases rose in Kosofe and Eti-Osa local government areas.';
    const found = placesByCue(text, [
      mention(text, 'Navatkuli', 'organization'),
      mention(text, 'Wuse', 'person'),
      mention(text, 'Kosofe', 'place'),
      mention(text, 'Eti-Osa', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Navatkuli:place', 'Wuse:place', 'Kosofe:place', 'Eti-Osa:place']);
    const verb = 'Apple and Google operate in areas where rules are weak.';
    assert.deepStrictEqual(
      placesByCue(verb, [mention(verb, 'Apple', 'organization'), mention(verb, 'Google', 'organization')]),
      [],
    );
  });

  it('adds a name the tagger did not read between "the" and a landmark, not an everyday word or a people\'s', () => {
    const text = 'Water at the Kariba dam fell. The Nullarbor plain is dry. The old bridge and the Zambian river rose.';
    assert.deepStrictEqual(read(text, placesByCue(text, [])), ['Kariba:place', 'Nullarbor:place']);
  });
});
