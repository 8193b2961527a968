import * as assert from 'assert';
import type { Mention } from '../../../../src/core/types';
import { keyOrganizationsByCountry } from '../../../../src/core/actors/country-organizations';

/** The organizations named `names` in `text`, in order, each after the previous one. */
function organizations(text: string, names: string[]): Mention[] {
  let from = 0;
  return names.map(name => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type: 'organization', actorKey: `organization:${name}` };
  });
}

const keys = (text: string, names: string[]) =>
  keyOrganizationsByCountry(text, organizations(text, names)).map(m => m.actorKey);

describe('organizations named with their country', () => {
  it('makes "Russia\'s General Staff" and "the Russian General Staff" one actor', () => {
    const [possessive] = keys("Russia's General Staff said on Monday.", ['General Staff']);
    const [adjective] = keys('The Russian General Staff denied it.', ['Russian General Staff']);
    assert.strictEqual(possessive, adjective);
  });

  it('keeps "North Korea\'s Foreign Ministry" and "Japan\'s Foreign Ministry" apart', () => {
    const [north, japan] = keys("North Korea's Foreign Ministry rejected what Japan's Foreign Ministry said.", [
      'Foreign Ministry',
      'Foreign Ministry',
    ]);
    assert.notStrictEqual(north, japan);
  });

  it('gives a bare "Foreign Ministry" the country the article named it with, or the dateline\'s', () => {
    const [named, bare] = keys("North Korea's Foreign Ministry said. Later the Foreign Ministry added.", [
      'Foreign Ministry',
      'Foreign Ministry',
    ]);
    assert.strictEqual(bare, named);
    const [dated] = keys('TOKYO (Reuters) - The Foreign Ministry said.', ['Foreign Ministry']);
    const [japan] = keys("Japan's Foreign Ministry said.", ['Foreign Ministry']);
    assert.strictEqual(dated, japan);
  });

  it('keeps a bare "Foreign Ministry" of an article that names no country within that article', () => {
    const [one] = keys('Officials met. The Foreign Ministry said nothing.', ['Foreign Ministry']);
    const [other] = keys('Talks ended. The Foreign Ministry was silent.', ['Foreign Ministry']);
    const [japan] = keys("Japan's Foreign Ministry said.", ['Foreign Ministry']);
    assert.notStrictEqual(one, other);
    assert.notStrictEqual(one, japan);
  });

  it("leaves names that are not a country's body as they are", () => {
    assert.deepStrictEqual(keys('Staunton Police arrested him.', ['Staunton Police']), [
      'organization:Staunton Police',
    ]);
  });
});
