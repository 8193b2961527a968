// Regression tests against hand-annotated gold (test/fixtures/): the seeds exactly, newswire by score.
import * as assert from 'assert';
import * as path from 'path';
import { annotate } from '../../../../src/core';
import { readSeed } from '../../seeds';

const fixtures = path.join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures');
const seedsGold: Record<string, GoldEntity[]> = require(path.join(fixtures, 'seeds-entities.json'));
const { score, loadNewswire } = require(
  path.join(__dirname, '..', '..', '..', '..', '..', 'scripts', 'eval', 'newswire-ner.js'),
);

interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: string;
}

const asLine = (e: GoldEntity) => `${e.start}-${e.end} ${e.type} ${e.text}`;

describe('entities against gold', () => {
  for (const [name, gold] of Object.entries(seedsGold)) {
    it(`finds every person, organization and place of seed ${name} with its exact span, and nothing else`, () => {
      const found = annotate(readSeed(name)).entities;
      assert.deepStrictEqual(found.map(asLine), gold.map(asLine));
    });
  }

  it('keeps exact-span F1 of at least 89 on the hand-annotated newswire set', () => {
    const docs = loadNewswire();
    const predicted = new Map(docs.map((d: { id: string; text: string }) => [d.id, annotate(d.text).entities]));
    const s = score(docs, predicted);
    assert.ok(s.all.f1 >= 0.89, `F1 ${(100 * s.all.f1).toFixed(1)}`);
  });
});
