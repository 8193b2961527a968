import * as assert from 'assert';
import { withLeadersBeforeBodies } from '../../../../src/core/entities/leaders-bodies';
import { actorKey } from '../../../../src/core/actors/actor-key';
import type { EntityType } from '../../../../src/core/types';

// Sentences written here for these tests (no test set's text).
function mention(text: string, name: string, type: EntityType, from = 0) {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type, actorKey: actorKey(type, name), score: 0.8 };
}

const read = (text: string, found: ReturnType<typeof withLeadersBeforeBodies>) => {
  for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  return found.map(m => `${m.text}:${m.type}`);
};

describe('withLeadersBeforeBodies', () => {
  it('reads the leader before "administration" or "presidency" as a person, named elsewhere or not', () => {
    const text =
      'The Bush administration eased the rule in its final weeks. Critics said the Bush presidency had ' +
      'ignored scientists. President George W. Bush did not comment.';
    const found = withLeadersBeforeBodies(text, [mention(text, 'George W. Bush', 'person')]);
    assert.deepStrictEqual(read(text, found), ['Bush:person', 'Bush:person', 'George W. Bush:person']);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'George W. Bush'));
    const alone = 'Critics fought a proposal by the Bush administration.';
    assert.deepStrictEqual(read(alone, withLeadersBeforeBodies(alone, [])), ['Bush:person']);
  });

  it('cuts the leader out of a name the model ran on through the body, which keeps its own name if it has one', () => {
    const text = 'Biologists call on Obama Administration to act. She served in the Clinton White House.';
    const found = withLeadersBeforeBodies(text, [
      mention(text, 'Obama Administration', 'organization'),
      mention(text, 'Clinton White House', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Obama:person', 'Clinton:person', 'White House:organization']);
  });

  it('keeps the possessive out of the name ("Nixon\'s presidency")', () => {
    const text = 'The source helped undermine Nixon’s presidency.';
    const found = withLeadersBeforeBodies(text, [mention(text, 'Nixon', 'person')]);
    assert.deepStrictEqual(read(text, found), ['Nixon:person']);
  });

  it('leaves a party, a nationality, a place, an agency and a sentence’s first word alone', () => {
    const text =
      'The current Republican administration and the Democratic administration before it differed. ' +
      'The Kurdish administration and the Kabul government met. The Federal Highway Administration agreed. ' +
      'Transition administration staff left.';
    const agency = mention(text, 'Federal Highway Administration', 'organization');
    const kabul = mention(text, 'Kabul', 'place');
    assert.deepStrictEqual(withLeadersBeforeBodies(text, [kabul, agency]), [kabul, agency]);
  });
});
