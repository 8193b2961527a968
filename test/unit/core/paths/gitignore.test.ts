import * as assert from 'assert';
import { IgnoreRules } from '../../../../src/core/paths/gitignore';

function rules(...files: [string, string][]): IgnoreRules {
  const ignore = new IgnoreRules();
  for (const [folder, text] of files) ignore.add(folder, text);
  return ignore;
}

describe('.gitignore rules', () => {
  it('matches a name without a slash at any depth, and a folder with everything in it', () => {
    const ignore = rules(['', '# drafts\n*.bak\nbuild\n\n']);
    assert.ok(ignore.ignores('a.bak') && ignore.ignores('news/2017/a.bak'));
    assert.ok(ignore.ignores('build/a.txt') && ignore.ignores('news/build/a.txt'));
    assert.ok(!ignore.ignores('news/a.txt') && !ignore.ignores('builder/a.txt'));
    assert.strictEqual(ignore.size, 2);
  });

  it('anchors a pattern with a slash to the folder of its .gitignore', () => {
    const ignore = rules(['', '/drafts\nnews/tmp/*.txt']);
    assert.ok(ignore.ignores('drafts/a.txt'));
    assert.ok(!ignore.ignores('news/drafts/a.txt'));
    assert.ok(ignore.ignores('news/tmp/a.txt') && !ignore.ignores('news/tmp/deeper/a.txt'));
  });

  it('takes back with `!`, but not out of an ignored folder', () => {
    const ignore = rules(['', '*.txt\n!keep.txt\nold/\n!old/keep.txt']);
    assert.ok(ignore.ignores('a.txt') && !ignore.ignores('keep.txt') && !ignore.ignores('news/keep.txt'));
    assert.ok(ignore.ignores('old/keep.txt'));
  });

  it('applies a trailing-slash rule to folders only', () => {
    const ignore = rules(['', 'archive/']);
    assert.ok(ignore.ignores('archive/a.txt') && ignore.ignores('news/archive/b.txt'));
    assert.ok(!ignore.ignores('news/archive'));
  });

  it('applies a nested .gitignore below its folder only, after the root one', () => {
    const ignore = rules(['', '*.md'], ['news', '!*.md\nsecret.txt']);
    assert.ok(ignore.ignores('readme.md') && !ignore.ignores('news/a.md'));
    assert.ok(ignore.ignores('news/secret.txt') && !ignore.ignores('secret.txt'));
  });

  it('reads CRLF files, escaped `#` and `!`, and `**`', () => {
    const ignore = rules(['', '\\#notes.txt\r\n\\!bang.txt\r\nlogs/**/debug.txt\r\n']);
    assert.ok(ignore.ignores('#notes.txt') && ignore.ignores('!bang.txt'));
    assert.ok(ignore.ignores('logs/debug.txt') && ignore.ignores('logs/a/b/debug.txt') && !ignore.ignores('debug.txt'));
  });
});
