import * as assert from 'assert';
import { withRepeatedNames } from '../../../../src/core/entities/repeated-names';
import { mention } from './mentions';

// Sentences written here for these tests (no test set's text).

describe('withRepeatedNames', () => {
  it('adds the other mentions of a company found by its cue, as whole words only', () => {
    const text = 'Security firm Galloway Metrics warned. Galloway Metrics said so; Galloway Metricsx did not.';
    const found = withRepeatedNames(
      text,
      [mention(text, 'Galloway Metrics', 'organization')],
      new Set(['Galloway Metrics']),
    );
    assert.deepStrictEqual(
      found.map(m => [m.start, m.text]),
      [
        [14, 'Galloway Metrics'],
        [39, 'Galloway Metrics'],
      ],
    );
    for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('leaves a name not given, an everyday word and a place already read as they are', () => {
    const text = 'The firm Summit rose. Summit talks began in Kraft. Kraft shares fell.';
    const read = [mention(text, 'Summit', 'organization'), mention(text, 'Kraft', 'organization')];
    const found = withRepeatedNames(text, read, new Set(['Summit']));
    assert.strictEqual(found.length, 2);
  });
});
