import * as assert from 'assert';
import * as path from 'path';
import { basename, relative } from '../../../src/workspace/uri-path';

// The web build's stand-in for path.posix must key sidecars exactly as the desktop always has.
describe('URI paths without Node', () => {
  const cases: [string, string][] = [
    ['/work/seeds', '/work/seeds/000_d6490ba55f8250cf.txt'],
    ['/work/seeds', '/work/seeds/news/2017/Lavrov, Kono talk.txt'],
    ['/work/seeds/', '/work/seeds/news/a.md'],
    ['/work/seeds', '/work/other/b.news'],
    ['/', '/c:/Users/reporter/articles/a.txt'],
    ['/work/seeds', '/work/seeds'],
  ];
  for (const [folder, article] of cases) {
    it(`gives "${article}" relative to "${folder}" as path.posix does`, () => {
      assert.strictEqual(relative(folder, article), path.posix.relative(folder, article));
    });
  }

  it('takes the file name from a path as path.posix does, trailing slash and all', () => {
    for (const p of ['/work/seeds/000_d6490ba55f8250cf.txt', '/work/seeds/news/', 'plain.ann', '/']) {
      assert.strictEqual(basename(p), path.posix.basename(p), p);
    }
  });
});
