import * as assert from 'assert';
import { quoteOf, withCorrection, type Correction } from '../../../../src/core';

const TEXT =
  'US National Security Adviser Herbert McMaster said recently that "the greatest immediate threat to the US and the world is that posed by the rogue regime."';
const at = (exact: string) => quoteOf(TEXT, { start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });

describe('withCorrection', () => {
  it('changes the type of a name the user added rather than adding a retype', () => {
    const added: Correction[] = [{ action: 'add', quote: at('National Security Adviser'), type: 'person' }];
    assert.deepStrictEqual(
      withCorrection(added, { action: 'retype', quote: at('National Security Adviser'), type: 'organization' }, TEXT),
      [{ action: 'add', quote: at('National Security Adviser'), type: 'organization' }],
    );
  });

  it('gives an added name its actor', () => {
    const added: Correction[] = [{ action: 'add', quote: at('McMaster'), type: 'person' }];
    assert.deepStrictEqual(
      withCorrection(added, { action: 'setActor', quote: at('McMaster'), actor: 'person:herbert-mcmaster' }, TEXT),
      [{ action: 'add', quote: at('McMaster'), type: 'person', actor: 'person:herbert-mcmaster' }],
    );
  });

  it('replaces an earlier change of the same kind at the same place, and keeps others', () => {
    const list: Correction[] = [
      { action: 'retype', quote: at('US'), type: 'organization' },
      { action: 'remove', quote: at('recently') },
    ];
    assert.deepStrictEqual(withCorrection(list, { action: 'retype', quote: at('US'), type: 'person' }, TEXT), [
      { action: 'remove', quote: at('recently') },
      { action: 'retype', quote: at('US'), type: 'person' },
    ]);
  });

  it('makes earlier corrections at a removed place moot', () => {
    const list: Correction[] = [{ action: 'setActor', quote: at('Herbert McMaster'), actor: 'person:mcmaster' }];
    assert.deepStrictEqual(withCorrection(list, { action: 'remove', quote: at('Herbert McMaster') }, TEXT), [
      { action: 'remove', quote: at('Herbert McMaster') },
    ]);
  });
});
