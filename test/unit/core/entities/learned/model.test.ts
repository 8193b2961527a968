import * as assert from 'assert';
import {
  LABELS,
  LABEL_COUNT,
  allowed,
  decodePass,
  emptyWeights,
  encodePass,
  labelIndex,
  labelledSpans,
  spanMargins,
  viterbi,
  type ModelFile,
} from '../../../../../src/core/entities/learned/model';

const label = (name: string) => labelIndex(name);

describe('learned tagger model', () => {
  it('allows only BILOU sequences: I and L continue a B or I of the same type', () => {
    assert.ok(allowed(label('B-person'), label('L-person')));
    assert.ok(!allowed(label('B-person'), label('L-place')));
    assert.ok(!allowed(label('O'), label('I-person')));
    assert.ok(allowed(label('U-place'), label('B-organization')));
    assert.ok(!allowed(label('B-person'), label('O')));
  });

  it('decodes the best sequence BILOU allows, even when each token alone prefers a forbidden one', () => {
    const weights = emptyWeights();
    // Token 0 prefers I-person (never allowed first), then B-person; token 1 prefers L-person.
    const emission = [new Float32Array(LABEL_COUNT), new Float32Array(LABEL_COUNT)];
    emission[0][label('I-person')] = 5;
    emission[0][label('B-person')] = 2;
    emission[1][label('L-person')] = 3;
    const { labels } = viterbi(weights, emission);
    assert.deepStrictEqual(
      labels.map(l => LABELS[l]),
      ['B-person', 'L-person'],
    );
    assert.deepStrictEqual(labelledSpans(labels), [{ first: 0, last: 1, type: 'person' }]);
  });

  it('forbids labels on request, to score the best reading without a mention', () => {
    const emission = [new Float32Array(LABEL_COUNT)];
    emission[0][label('U-place')] = 4;
    const weights = emptyWeights();
    const best = viterbi(weights, emission);
    const without = viterbi(weights, emission, (_, y) => y !== 0);
    assert.strictEqual(LABELS[best.labels[0]], 'U-place');
    assert.strictEqual(without.labels[0], 0);
    assert.strictEqual(best.score - without.score, 4);
  });

  it('quantizes, prunes and reads back its weights', () => {
    const weights = emptyWeights();
    const w = new Float32Array(LABEL_COUNT);
    w[label('U-person')] = 1.5;
    w[label('O')] = 0.01; // pruned
    weights.features.set('w=okafor', w);
    weights.transitions[3] = -0.5;
    const pass = encodePass(weights, 16, 2);
    assert.strictEqual(pass.features, `w=okafor\t${label('U-person')}:24`);
    const file: ModelFile = { format: 'news-lens-ner', version: 1, labels: [...LABELS], scale: 16, passes: [pass] };
    const back = decodePass(file, pass);
    assert.strictEqual(back.features.get('w=okafor')![label('U-person')], 1.5);
    assert.strictEqual(back.features.get('w=okafor')![label('O')], 0);
    assert.strictEqual(back.transitions[3], -0.5);
  });
});

describe('learned tagger margins', () => {
  it('scores each mention as Viterbi does with the mention forbidden, in one pass for all', () => {
    const weights = emptyWeights();
    // Deterministic pseudo-random emissions and transitions.
    let seed = 3;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
    for (let i = 0; i < weights.transitions.length; i++) weights.transitions[i] = next();
    const emission = Array.from({ length: 9 }, () => Float32Array.from({ length: LABEL_COUNT }, next));
    emission[2][label('U-person')] += 6;
    emission[5][label('B-place')] += 6;
    emission[6][label('L-place')] += 6;
    const best = viterbi(weights, emission);
    const spans = labelledSpans(best.labels);
    assert.ok(spans.length >= 2);
    const margins = spanMargins(weights, emission, best, spans);
    spans.forEach((span, k) => {
      const without = viterbi(weights, emission, (i, y) => i >= span.first && i <= span.last && y !== 0).score;
      assert.ok(Math.abs(margins[k] - (best.score - without)) < 1e-6, `${margins[k]} vs ${best.score - without}`);
    });
  });
});
