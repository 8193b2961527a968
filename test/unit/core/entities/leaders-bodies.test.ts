import * as assert from 'assert';
import { withLeadersBeforeBodies } from '../../../../src/core/entities/leaders-bodies';
import { actorKey } from '../../../../src/core/actors/actor-key';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
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

  it('leaves a leader’s word that is a place or a body alone, as the model read it or not ("the Jordan government")', () => {
    const text =
      'King Abdullah said the Jordan government would act. The Victoria government and the Victoria cabinet ' +
      'met in Melbourne, and the Ford administration of the plant agreed.';
    assert.deepStrictEqual(read(text, withLeadersBeforeBodies(text, [])), []);
    const places = [
      mention(text, 'Jordan', 'place'),
      mention(text, 'Victoria', 'place'),
      mention(text, 'Victoria', 'place', text.indexOf('and the Victoria')),
    ];
    assert.deepStrictEqual(withLeadersBeforeBodies(text, places), places);
  });

  it('keeps a place the model read and the gazetteer lists, though a person of that name is in the article', () => {
    const text = 'Michael Jordan visited Amman, where the Jordan government welcomed him.';
    const read = [
      mention(text, 'Michael Jordan'),
      mention(text, 'Amman', 'place'),
      mention(text, 'Jordan', 'place', 30),
    ];
    assert.deepStrictEqual(withLeadersBeforeBodies(text, read), read);
  });

  it('draws a leader written with two spaces or a tab before the body as the text has it', () => {
    const text = 'Hillary Clinton spoke. Aides of the Hillary  Clinton administration met the Obama\tadministration.';
    const found = withLeadersBeforeBodies(text, [mention(text, 'Hillary Clinton')]);
    assert.deepStrictEqual(read(text, found), ['Hillary Clinton:person', 'Hillary  Clinton:person', 'Obama:person']);
    assert.strictEqual(found[1].actorKey, actorKey('person', 'Hillary Clinton'));
  });
});
