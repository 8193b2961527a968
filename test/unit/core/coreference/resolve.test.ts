import * as assert from 'assert';
import { annotate } from '../../../../src/core';

function resolved(text: string): string[] {
  const annotation = annotate(text);
  for (const c of annotation.coreferences) assert.strictEqual(text.slice(c.start, c.end), c.text);
  return annotation.coreferences.map(c => `${c.text} → ${c.actorKey}`);
}

describe('resolveCoreferences', () => {
  it('takes "it" in "Pyongyang claimed it had carried out…" as Pyongyang, and makes Pyongyang the actor of the test', () => {
    const text = 'On January 6, Pyongyang claimed it had carried out its first hydrogen bomb test.';
    assert.deepStrictEqual(resolved(text), ['it → place:pyongyang', 'its → place:pyongyang']);
    const test = annotate(text).events.find(e => e.main)!;
    assert.deepStrictEqual(test.actorKeys, ['place:pyongyang']);
  });

  it('resolves "the minister" to the one minister named before, and leaves "he" between two men unresolved', () => {
    assert.deepStrictEqual(
      resolved(
        'Russian Foreign Minister Sergei Lavrov met his Japanese counterpart Taro Kono. The minister said he hoped for progress.',
      ),
      ['his → person:sergei-lavrov', 'The minister → person:sergei-lavrov'],
    );
  });

  it('resolves "the 33-year-old" and "she" to Tara Reid', () => {
    assert.deepStrictEqual(
      resolved(
        "Tara Reid checked herself into Promises Treatment Center. The 33-year-old actress's rep said she was doing well.",
      ),
      ['herself → person:tara-reid', 'The 33-year-old → person:tara-reid', 'she → person:tara-reid'],
    );
  });

  it('resolves "the ministry" to the ministry named before', () => {
    assert.deepStrictEqual(
      resolved(
        'The Russian Foreign Ministry summoned the Japanese ambassador on Tuesday. The ministry said the talks would continue.',
      ),
      ['The ministry → organization:russia-foreign-ministry'],
    );
  });

  it('never puts a pronoun among the entities', () => {
    const annotation = annotate('Tara Reid checked into rehab. She is doing well, her rep said.');
    assert.ok(annotation.entities.every(e => !/^(?:she|her)$/i.test(e.text)));
  });
});
