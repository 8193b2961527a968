import * as assert from 'assert';
import { withRepeatedNames } from '../../../../src/core/entities/repeated-names';

// Sentences written here for these tests (no test set's text).
const mention = (text: string, name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type: 'organization' as const, actorKey: 'k', score: 0.9 };
};

describe('withRepeatedNames', () => {
  it('adds the other mentions of a company found by its cue, as whole words only', () => {
    const text = 'Security firm Galloway Metrics warned. Galloway Metrics said so; Galloway Metricsx did not.';
    const found = withRepeatedNames(text, [mention(text, 'Galloway Metrics')], new Set(['Galloway Metrics']));
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
    const read = [mention(text, 'Summit'), mention(text, 'Kraft')];
    const found = withRepeatedNames(text, read, new Set(['Summit']));
    assert.strictEqual(found.length, 2);
  });
});
