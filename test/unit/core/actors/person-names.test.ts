import * as assert from 'assert';
import { mergePersonNames } from '../../../../src/core/actors/person-names';

const merge = (...keys: string[]) => mergePersonNames(keys, new Map(keys.map(k => [k, 1])));

describe('mergePersonNames', () => {
  it('joins a nickname and a middle initial to the fullest form of the name', () => {
    const merged = merge('person:fred-larue', 'person:frederick-c-larue', 'person:larue');
    assert.strictEqual(merged.get('person:fred-larue'), 'person:frederick-c-larue');
    assert.strictEqual(merged.get('person:larue'), 'person:frederick-c-larue');
  });

  it('joins a name without its middle name to the one with it', () => {
    assert.strictEqual(
      merge('person:christopher-simpson', 'person:christopher-kenyon-simpson').get('person:christopher-simpson'),
      'person:christopher-kenyon-simpson',
    );
  });

  it('keeps apart people whose middle initials differ', () => {
    assert.deepStrictEqual([...merge('person:george-w-bush', 'person:george-h-w-bush')], []);
  });

  it('keeps a bare surname apart when two people share it', () => {
    assert.strictEqual(merge('person:jeb-bush', 'person:george-w-bush', 'person:bush').has('person:bush'), false);
  });

  it('drops suffixes when comparing names', () => {
    assert.strictEqual(
      merge('person:martin-luther-king-jr', 'person:martin-king').get('person:martin-king'),
      'person:martin-luther-king-jr',
    );
  });
});
