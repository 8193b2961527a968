import * as assert from 'assert';
import { fnv1a32 } from '../../../../src/core/text/hash';

describe('fnv1a32', () => {
  it('gives the published 32-bit FNV-1a values', () => {
    assert.strictEqual(fnv1a32(''), 0x811c9dc5);
    assert.strictEqual(fnv1a32('a'), 0xe40c292c);
    assert.strictEqual(fnv1a32('foobar'), 0xbf9cf968);
  });
});
