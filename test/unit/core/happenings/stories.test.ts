import * as assert from 'assert';
import { groupStories } from '../../../../src/core/happenings/stories';
import type { ArticleProfile } from '../../../../src/core/happenings/article-profile';

// An archive: many unrelated articles, and two quakes on one island years apart, five reports each.
function archive(): Map<string, ArticleProfile> {
  const profiles = new Map<string, ArticleProfile>();
  for (let i = 0; i < 300; i++)
    profiles.set(
      `other-${i}`,
      new Map([
        [`a:topic-${i}`, 2],
        [`a:person-${i}`, 1],
        [`e:kind-${i % 7}`, 1],
      ]),
    );
  for (const [quake, day] of [
    ['first', 'd:2005-11-27'],
    ['second', 'd:2008-09-10'],
  ])
    for (let i = 0; i < 5; i++)
      profiles.set(
        `${quake}-${i}`,
        new Map([
          ['a:place:qeshm', 1],
          ['e:earthquake', 1],
          [day, 2],
          [`a:person:${quake}-official`, 2],
          [`a:person:${quake}-witness`, 2],
          [`a:place:${quake}-village`, 2],
        ]),
      );
  return profiles;
}

describe('groupStories', () => {
  it('puts the reports of one story together and leaves unrelated articles alone', () => {
    const profiles = archive();
    for (let i = 0; i < 5; i++) profiles.delete(`second-${i}`);
    const storyOf = groupStories(profiles);
    assert.strictEqual(storyOf.get('first-1'), storyOf.get('first-0'));
    assert.notStrictEqual(storyOf.get('other-1'), storyOf.get('other-0'));
  });

  it('keeps two quakes on one island in one story while only one has five reports', () => {
    const profiles = archive();
    for (let i = 2; i < 5; i++) profiles.delete(`second-${i}`);
    const storyOf = groupStories(profiles);
    assert.strictEqual(storyOf.get('second-0'), storyOf.get('first-0'));
  });

  it('splits a story into the parts whose articles are much more alike: two quakes on one island', () => {
    const storyOf = groupStories(archive());
    for (let i = 1; i < 5; i++) {
      assert.strictEqual(storyOf.get(`first-${i}`), storyOf.get('first-0'));
      assert.strictEqual(storyOf.get(`second-${i}`), storyOf.get('second-0'));
    }
    assert.notStrictEqual(storyOf.get('second-0'), storyOf.get('first-0'));
  });
});
