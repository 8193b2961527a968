import * as assert from 'assert';
import { articleFilter, enabledGlobs, globList } from '../../../../src/core/paths/article-filter';
import { IgnoreRules } from '../../../../src/core/paths/gitignore';

const INCLUDE = ['**/*.txt', '**/*.md', '**/*.news'];
const EXCLUDE = ['**/{node_modules,.git,.newslens}/**'];

describe('which files are articles', () => {
  it('takes the included files that no exclude glob, files.exclude folder or .gitignore rule leaves out', () => {
    const gitignore = new IgnoreRules();
    gitignore.add('', 'drafts/\n*.tmp.txt');
    const isArticle = articleFilter({
      include: INCLUDE,
      exclude: [...EXCLUDE, ...enabledGlobs({ '**/.hidden': true, '**/shown': false })],
      gitignore,
    });
    const paths = [
      'a.txt',
      'b.md',
      'c.news',
      'd.json',
      'node_modules/x/readme.md',
      '.newslens/annotations.json',
      'news/.hidden/a.txt',
      'news/shown/a.txt',
      'drafts/a.txt',
      'news/a.tmp.txt',
      'news/2017/b.txt',
    ];
    assert.deepStrictEqual(paths.filter(isArticle), ['a.txt', 'b.md', 'c.news', 'news/shown/a.txt', 'news/2017/b.txt']);
  });

  it('reads a glob setting given as one string or as a list', () => {
    assert.deepStrictEqual(globList('**/*.txt', INCLUDE), ['**/*.txt']);
    assert.deepStrictEqual(globList(['**/*.txt', 7, '**/*.md'], INCLUDE), ['**/*.txt', '**/*.md']);
    assert.deepStrictEqual(globList(undefined, INCLUDE), INCLUDE);
  });

  it('leaves conditional files.exclude entries aside', () => {
    assert.deepStrictEqual(enabledGlobs({ '**/.git': true, '**/*.js': { when: '$(basename).ts' }, '**/off': false }), [
      '**/.git',
    ]);
    assert.deepStrictEqual(enabledGlobs(undefined), []);
  });

  it('sorts 10,000 paths of a big archive correctly', () => {
    const gitignore = new IgnoreRules();
    gitignore.add('', 'private/\n*.draft.txt\n');
    gitignore.add('wire/ap', '!*.draft.txt\n');
    const isArticle = articleFilter({ include: INCLUDE, exclude: [...EXCLUDE, '**/images/**'], gitignore });
    const expected: string[] = [];
    const paths: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const folder = ['wire/ap', 'wire/reuters', 'private', 'node_modules/pkg', 'images', 'notes'][i % 6];
      const name = [`story-${i}.txt`, `story-${i}.draft.txt`, `photo-${i}.jpg`, `story-${i}.md`][Math.floor(i / 6) % 4];
      const path = `${folder}/${Math.floor(i / 100)}/${name}`;
      paths.push(path);
      const excludedFolder = ['private', 'node_modules/pkg', 'images'].includes(folder);
      const draftIgnored = name.endsWith('.draft.txt') && folder !== 'wire/ap';
      if (!excludedFolder && !draftIgnored && !name.endsWith('.jpg')) expected.push(path);
    }
    assert.deepStrictEqual(paths.filter(isArticle), expected);
    assert.ok(expected.length > 2500, `${expected.length} articles`);
  });
});
