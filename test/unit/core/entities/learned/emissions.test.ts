import * as assert from 'assert';
import { tokenize } from '../../../../../src/core/text/tokenize';
import { recognizeEntities } from '../../../../../src/core/entities/recognize';
import { articleFeatures } from '../../../../../src/core/entities/learned/features';
import {
  articleEmissions,
  forTagging,
  readArticle,
  readingEmissions,
} from '../../../../../src/core/entities/learned/emissions';
import {
  LABELS,
  LABEL_COUNT,
  decodeSentence,
  emissions,
  emptyWeights,
  labelIndex,
} from '../../../../../src/core/entities/learned/model';

const TEXT = `INDIANAPOLIS (AP) - Peyton Manning threw two touchdowns and the Colts beat the Kansas City Chiefs 24-17.
"It was a tough game," coach Tony Dungy said after the playoff win at Lucas Oil Stadium.
The Betty Ford Center and the Indianapolis Colts' owner declined to comment.`;

// Weights on a spread of features (word, neighbour, position and article ones) in sixteenths, as a model
// file keeps them: sums of those are exact in any order.
function someWeights(firstPass?: string[]) {
  const weights = emptyWeights();
  const doc = tokenize(TEXT);
  const names = new Set(articleFeatures(doc, recognizeEntities(doc), firstPass).flatMap(s => s.features.flat()));
  let k = 0;
  for (const name of names) {
    if (k++ % 3) continue; // leave some unknown, as a model does
    weights.features.set(
      name,
      Float32Array.from({ length: LABEL_COUNT }, (_, y) => (((k * 7 + y * 3) % 11) - 5) / 16),
    );
  }
  for (let i = 0; i < weights.transitions.length; i++) weights.transitions[i] = (((i * 5) % 7) - 3) / 16;
  return weights;
}

describe('learned tagger emissions', () => {
  it('sums per word and per position exactly what the named features of articleFeatures sum to', () => {
    const weights = someWeights();
    const doc = tokenize(TEXT);
    const rules = recognizeEntities(doc);
    const named = articleFeatures(doc, rules).map(s => emissions(weights, s.features));
    // Twice: the second time every word's weights come from the cache.
    for (let pass = 0; pass < 2; pass++) {
      const fast = articleEmissions(doc, rules, weights).map(s => s.emission);
      assert.strictEqual(fast.length, named.length);
      fast.forEach((sentence, k) =>
        sentence.forEach((scores, i) =>
          assert.deepStrictEqual([...scores], [...named[k][i]], `sentence ${k}, token ${i}`),
        ),
      );
    }
  });

  it('reads the first pass labels when given, as the named second-pass features do', () => {
    const weights = someWeights();
    const doc = tokenize(TEXT);
    const rules = recognizeEntities(doc);
    const firstPass = doc.tokens.map((t, i) => (/^\p{Lu}/u.test(t.text) && i % 2 ? 'U-organization' : ''));
    const named = articleFeatures(doc, rules, firstPass).map(s => emissions(weights, s.features));
    const fast = articleEmissions(doc, rules, weights, firstPass).map(s => s.emission);
    fast.forEach((sentence, k) =>
      sentence.forEach((scores, i) => assert.deepStrictEqual([...scores], [...named[k][i]])),
    );
  });

  it('reads one article twice as the tagger does, first alone and then with the first pass, as named', () => {
    const doc = tokenize(TEXT);
    const rules = recognizeEntities(doc);
    const firstPass = doc.tokens.map((t, i) => (/^\p{Lu}/u.test(t.text) && i % 3 ? 'B-place' : ''));
    const weights = someWeights(firstPass);
    const reading = readArticle(doc, rules);
    const passes = [readingEmissions(reading, weights), readingEmissions(reading, weights, firstPass)];
    const named = [articleFeatures(doc, rules), articleFeatures(doc, rules, firstPass)].map(article =>
      article.map(s => emissions(weights, s.features)),
    );
    assert.notDeepStrictEqual(named[0], named[1]);
    passes.forEach((pass, p) =>
      pass.forEach((sentence, k) =>
        sentence.emission.forEach((scores, i) =>
          assert.deepStrictEqual([...scores], [...named[p][k][i]], `pass ${p + 1}, sentence ${k}, token ${i}`),
        ),
      ),
    );
  });

  it('gives the same emissions from the weights the tagger keeps, which hold no named weights', () => {
    const weights = someWeights();
    const doc = tokenize(TEXT);
    const rules = recognizeEntities(doc);
    const kept = forTagging(weights);
    assert.strictEqual(kept.features.size, 0);
    assert.deepStrictEqual(
      articleEmissions(doc, rules, kept).map(s => s.emission.map(e => [...e])),
      articleEmissions(doc, rules, weights).map(s => s.emission.map(e => [...e])),
    );
  });

  it('decodes a sentence into typed spans with a margin each, misc left out', () => {
    const weights = emptyWeights();
    const emission = [0, 1, 2].map(() => new Float32Array(LABEL_COUNT));
    emission[0][labelIndex('U-person')] = 5;
    emission[1][labelIndex('B-misc')] = 5;
    emission[2][labelIndex('L-misc')] = 5;
    const { labels, spans, margins } = decodeSentence(weights, emission);
    assert.deepStrictEqual(
      labels.map(y => LABELS[y]),
      ['U-person', 'B-misc', 'L-misc'],
    );
    assert.deepStrictEqual(spans, [{ first: 0, last: 0, type: 'person' }]);
    assert.strictEqual(margins[0], 5);
  });
});
