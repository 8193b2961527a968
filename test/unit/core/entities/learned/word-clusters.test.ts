import * as assert from 'assert';
import { wordClasses } from '../../../../../src/core/entities/learned/word-clusters';
import clusterFile from '../../../../../src/core/data/word-clusters.json';

describe('word classes from GloVe vectors', () => {
  it('gives a listed word its class at each size, finest first, each inside the coarser one', () => {
    const classes = wordClasses('berlin');
    assert.ok(classes, 'berlin has classes');
    assert.strictEqual(classes.length, clusterFile.sizes.length);
    classes.forEach((c, level) => assert.ok(Number(c) >= 0 && Number(c) < clusterFile.sizes[level]));
    assert.strictEqual(clusterFile.parents[0][Number(classes[0])], Number(classes[1]));
    assert.strictEqual(clusterFile.parents[1][Number(classes[1])], Number(classes[2]));
  });

  it('puts words newswire uses alike together: capitals, news agencies', () => {
    assert.deepStrictEqual(wordClasses('brussels'), wordClasses('berlin'));
    assert.strictEqual(wordClasses('ansa')?.[1], wordClasses('tass')?.[1]);
    assert.notStrictEqual(wordClasses('berlin')?.[0], wordClasses('tass')?.[0]);
  });

  it('has no class for a word outside the list, nor for an upper-case key', () => {
    assert.strictEqual(wordClasses('zzqxv'), undefined);
    assert.strictEqual(wordClasses('Berlin'), undefined);
  });
});
