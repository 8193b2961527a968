import * as assert from 'assert';
import { prepare, trainPass, trainPassInOrders } from '../../../../../src/core/entities/learned/train';
import { articleFeatures } from '../../../../../src/core/entities/learned/features';
import { LABELS } from '../../../../../src/core/entities/learned/model';

// Two short documents written here, their names marked by hand.
const gold = (id: string, text: string, names: [string, string][]) => ({
  id,
  text,
  entities: names.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type })),
});
const docs = [
  gold('a', 'Adebayo Okafor met Chidi Obi in Lagos on Monday.', [
    ['Adebayo Okafor', 'PER'],
    ['Chidi Obi', 'PER'],
    ['Lagos', 'LOC'],
  ]),
  gold('b', 'Zenith Bank said it would close a branch in Abuja.', [
    ['Zenith Bank', 'ORG'],
    ['Abuja', 'LOC'],
  ]),
].map(prepare);
const sentences = docs.map(d => articleFeatures(d.doc, d.rules));
const options = { epochs: 3, minCount: 1, seed: 7 };

describe('trainPassInOrders', () => {
  it('is the one pass of its seed when trained in one order', () => {
    const one = trainPass(docs, sentences, options);
    const same = trainPassInOrders(docs, sentences, { ...options, orders: 1 });
    assert.deepStrictEqual([...same.transitions], [...one.transitions]);
    assert.deepStrictEqual([...same.features.keys()], [...one.features.keys()]);
  });

  it('averages the weights of the passes trained in each order, a feature missing from one counting as zero there', () => {
    const runs = [7, 8, 9].map(seed => trainPass(docs, sentences, { ...options, seed }));
    const mean = trainPassInOrders(docs, sentences, { ...options, orders: 3 });
    const names = new Set(runs.flatMap(r => [...r.features.keys()]));
    assert.strictEqual(mean.features.size, names.size);
    for (const name of names) {
      const expected = runs.map(r => r.features.get(name));
      mean.features.get(name)!.forEach((value, y) => {
        const sum = expected.reduce((s, w) => s + (w ? w[y] : 0), 0);
        assert.ok(Math.abs(value - sum / 3) < 1e-4, `${name}[${y}]: ${value} against ${sum / 3}`);
      });
    }
    mean.transitions.forEach((value, i) => {
      const sum = runs.reduce((s, r) => s + r.transitions[i], 0);
      assert.ok(Math.abs(value - sum / 3) < 1e-4, `transition ${i}`);
    });
  });
});

describe('trainPass on text annotated without misc', () => {
  // "Nigerian" is misc where it was marked; a text whose annotators marked no misc leaves it unmarked.
  const marked = gold('c', 'The Nigerian government met Ghanaian envoys in Accra.', [
    ['Nigerian', 'MISC'],
    ['Ghanaian', 'MISC'],
    ['Accra', 'LOC'],
  ]);
  const unmarked = gold('d', 'Nigerian officials met Kwame Mensah in Kano.', [
    ['Kwame Mensah', 'PER'],
    ['Kano', 'LOC'],
  ]);
  const miscWeightOfNigerian = (withoutMisc: boolean) => {
    const prepared = [marked, { ...unmarked, withoutMisc }].map(prepare);
    const weights = trainPass(
      prepared,
      prepared.map(d => articleFeatures(d.doc, d.rules)),
      options,
    );
    let sum = 0;
    for (const [name, values] of weights.features)
      if (name.includes('nigerian')) LABELS.forEach((label, y) => label.endsWith('-misc') && (sum += values[y]));
    return sum;
  };

  it('does not teach that an unmarked word is no misc, as a text marked in full would', () => {
    const latent = miscWeightOfNigerian(true);
    const plain = miscWeightOfNigerian(false);
    assert.ok(latent > plain, `misc weight ${latent} (without misc) against ${plain} (marked in full)`);
  });
});
