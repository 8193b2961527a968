import * as assert from 'assert';
import { followsOrganizationNoun } from '../../../../src/core/entities/company-appositions';

// Sentences written here for these tests (no test set's text).
const at = (text: string, name: string, type: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
};

describe('followsOrganizationNoun', () => {
  it('reads a name after "retailer", "group" or "club" as an organization', () => {
    const text = 'British retailer Kingfisher and chemicals group Hoechst met Dutch club Ajax.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Kingfisher', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Hoechst', 'place')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Ajax', 'person')), true);
  });

  it('leaves a full personal name, a country and a name after a person’s title as they are', () => {
    const text = 'The company John Lewis bought, the group Germany joined and company spokesman Ulrich Kamp.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'John Lewis', 'person')), false);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Germany', 'place')), false);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Ulrich Kamp', 'person')), false);
  });
});
