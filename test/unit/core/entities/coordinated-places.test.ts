import * as assert from 'assert';
import { withCoordinatedPlaces } from '../../../../src/core/entities/coordinated-places';
import type { EntityType } from '../../../../src/core/types';
import { mention, read } from './mentions';

function placesIn(text: string, names: [string, EntityType][]): string[] {
  let from = 0;
  const mentions = names.map(([name, type]) => {
    const found = mention(text, name, type, from);
    from = found.end;
    return found;
  });
  return read(text, withCoordinatedPlaces(text, mentions));
}

describe('withCoordinatedPlaces', () => {
  it('reads an unknown word listed before a known place as a place', () => {
    const text = 'The convoy went through Abala and Mekelle. Factories in Gazipur, Ashulia and Dhaka closed.';
    const found = placesIn(text, [
      ['Abala', 'organization'],
      ['Mekelle', 'place'],
      ['Gazipur', 'place'],
      ['Ashulia', 'organization'],
      ['Dhaka', 'place'],
    ]);
    assert.deepStrictEqual(found, ['Abala:place', 'Mekelle:place', 'Gazipur:place', 'Ashulia:place', 'Dhaka:place']);
  });

  it('leaves a firm after the place, in an apposition, known or written as an acronym', () => {
    const after = 'Researchers from Lancaster University in Britain and Embrapa met.';
    assert.deepStrictEqual(
      placesIn(after, [
        ['Lancaster University', 'organization'],
        ['Britain', 'place'],
        ['Embrapa', 'organization'],
      ]),
      ['Lancaster University:organization', 'Britain:place', 'Embrapa:organization'],
    );
    const apposition = 'Sberbank, Russia’s largest lender, fell. Gazprom and Moscow agreed. MONUSCO and Kenya agreed.';
    assert.deepStrictEqual(
      placesIn(apposition, [
        ['Sberbank', 'organization'],
        ['Russia', 'place'],
        ['Gazprom', 'organization'],
        ['Moscow', 'place'],
        ['MONUSCO', 'organization'],
        ['Kenya', 'place'],
      ]),
      [
        'Sberbank:organization',
        'Russia:place',
        'Gazprom:organization',
        'Moscow:place',
        'MONUSCO:organization',
        'Kenya:place',
      ],
    );
  });

  it('leaves a company listed with a country it deals with', () => {
    const text = "The deal between Vedanta and Zambia collapsed; Vinci, Bouygues and France 's railway won.";
    assert.deepStrictEqual(
      placesIn(text, [
        ['Vedanta', 'organization'],
        ['Zambia', 'place'],
        ['Vinci', 'organization'],
        ['Bouygues', 'organization'],
        ['France', 'place'],
      ]),
      ['Vedanta:organization', 'Zambia:place', 'Vinci:organization', 'Bouygues:organization', 'France:place'],
    );
  });
});
