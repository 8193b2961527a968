import * as assert from 'assert';
import { mergeQualifiedNames } from '../../../../src/core/actors/qualified-names';

describe('mergeQualifiedNames', () => {
  it('joins a place to its name with a class word after it', () => {
    const merged = mergeQualifiedNames(['place:aceh', 'place:aceh-province', 'place:qeshm', 'place:qeshm-island']);
    assert.strictEqual(merged.get('place:aceh'), 'place:aceh-province');
    assert.strictEqual(merged.get('place:qeshm'), 'place:qeshm-island');
  });

  it('keeps a city apart from the state or country it is named after', () => {
    const merged = mergeQualifiedNames(['place:mexico', 'place:mexico-city', 'place:orange', 'place:orange-county']);
    assert.deepStrictEqual([...merged], []);
  });

  it('joins a name to the same name with a place of the workspace before it', () => {
    const merged = mergeQualifiedNames([
      'place:malibu',
      'place:promises-treatment-center',
      'place:malibu-promises-treatment-center',
    ]);
    assert.strictEqual(merged.get('place:promises-treatment-center'), 'place:malibu-promises-treatment-center');
  });

  it('keeps a short name apart when two places qualify it', () => {
    const merged = mergeQualifiedNames([
      'place:los-angeles',
      'place:new-york',
      'organization:police-department',
      'organization:los-angeles-police-department',
      'organization:new-york-police-department',
    ]);
    assert.strictEqual(merged.has('organization:police-department'), false);
  });

  it('needs the place before the name to be one the workspace mentions, and two words after it', () => {
    assert.deepStrictEqual([...mergeQualifiedNames(['organization:times', 'organization:new-york-times'])], []);
    assert.deepStrictEqual(
      [...mergeQualifiedNames(['place:new-york', 'organization:times', 'organization:new-york-times'])],
      [],
    );
  });
});
