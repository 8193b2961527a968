import * as assert from 'assert';
import { globMatcher, parentFolders } from '../../../../src/core/paths/glob';

function matches(glob: string, paths: string[]): string[] {
  const match = globMatcher([glob]);
  return paths.filter(match);
}

const PATHS = [
  'a.txt',
  'news/a.txt',
  'news/2017/nov/a.txt',
  'news/a.md',
  'news/a.txt.bak',
  'node_modules/x/readme.md',
  'notes.news',
  'b.TXT',
];

describe('glob patterns', () => {
  it('matches `**/*.txt` at any depth, the root included, and nothing else', () => {
    assert.deepStrictEqual(matches('**/*.txt', PATHS), ['a.txt', 'news/a.txt', 'news/2017/nov/a.txt']);
  });

  it('chooses with braces, nested ones and whole globs included', () => {
    assert.deepStrictEqual(matches('**/*.{txt,md}', PATHS), [
      'a.txt',
      'news/a.txt',
      'news/2017/nov/a.txt',
      'news/a.md',
      'node_modules/x/readme.md',
    ]);
    assert.deepStrictEqual(matches('{**/*.news,news/{2017,2018}/**}', PATHS), ['news/2017/nov/a.txt', 'notes.news']);
  });

  it('keeps `*` and `?` inside one segment and `**` across them', () => {
    assert.deepStrictEqual(matches('news/*.txt', PATHS), ['news/a.txt']);
    assert.deepStrictEqual(matches('news/**/a.txt', PATHS), ['news/a.txt', 'news/2017/nov/a.txt']);
    assert.deepStrictEqual(matches('?.txt', PATHS), ['a.txt']);
    assert.deepStrictEqual(matches('**/node_modules/**', PATHS), ['node_modules/x/readme.md']);
  });

  it('reads classes, negated ones too, and takes dots and parentheses literally', () => {
    assert.deepStrictEqual(matches('[ab].txt', PATHS), ['a.txt']);
    assert.deepStrictEqual(matches('[!a].*', PATHS), ['b.TXT']);
    assert.deepStrictEqual(globMatcher(['(draft).txt'])('(draft).txt'), true);
    assert.deepStrictEqual(globMatcher(['a.txt'])('abtxt'), false);
  });

  it('matches nothing without a glob, and any of several', () => {
    assert.deepStrictEqual(PATHS.filter(globMatcher([])), []);
    assert.deepStrictEqual(PATHS.filter(globMatcher(['*.news', 'b.*'])), ['notes.news', 'b.TXT']);
  });

  it('lists the folders a path lies in', () => {
    assert.deepStrictEqual(parentFolders('news/2017/a.txt'), ['news', 'news/2017']);
    assert.deepStrictEqual(parentFolders('a.txt'), []);
  });
});
