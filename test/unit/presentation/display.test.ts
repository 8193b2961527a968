import * as assert from 'assert';
import { capitalize, count, errorLine, escapeMarkdown, short, typeWord } from '../../../src/presentation/display';

describe('display', () => {
  it('escapes every character Markdown could read as syntax, so a credit line renders as written', () => {
    assert.strictEqual(escapeMarkdown('© AFP 2023 / DOMINICK REUTER'), '© AFP 2023 \\/ DOMINICK REUTER');
    assert.strictEqual(
      escapeMarkdown('[U.S.](x) *said* `#1` <b>_Kim_</b> $(alert) 3 + 4 - 1!'),
      '\\[U\\.S\\.\\]\\(x\\) \\*said\\* \\`\\#1\\` \\<b\\>\\_Kim\\_\\<\\/b\\> \\$\\(alert\\) 3 \\+ 4 \\- 1\\!',
    );
  });

  it('leaves letters, digits, spaces and non-ASCII punctuation alone', () => {
    assert.strictEqual(escapeMarkdown('Sergeï Lavrov “said” — 2017'), 'Sergeï Lavrov “said” — 2017');
  });

  it('counts in words: one article, three articles, two other articles', () => {
    assert.strictEqual(count(1, 'article'), '1 article');
    assert.strictEqual(count(3, 'article'), '3 articles');
    assert.strictEqual(count(0, 'mention'), '0 mentions');
    assert.strictEqual(count(2, 'other article'), '2 other articles');
    assert.strictEqual(count(2, 'name is', 'names are'), '2 names are');
  });

  it('names types in running text', () => {
    assert.strictEqual(typeWord('organization'), 'organization');
  });

  it('gives one line for any error, with what was being done', () => {
    assert.strictEqual(errorLine(new Error('disk full')), 'News Lens: disk full');
    assert.strictEqual(
      errorLine('no access', 'export stopped after 2 file(s)'),
      'News Lens: export stopped after 2 file(s): no access',
    );
  });

  it('shortens a long name on one line with an ellipsis', () => {
    assert.strictEqual(short('Deputy Foreign\nMinister', 40), 'Deputy Foreign Minister');
    assert.strictEqual(short('the Democratic People’s Republic of Korea', 20), 'the Democratic Peop…');
    assert.strictEqual(short('abcdefghij', 5).length, 5);
  });

  it('capitalizes the start of a phrase', () => {
    assert.strictEqual(capitalize('2 days before the article date'), '2 days before the article date');
    assert.strictEqual(capitalize('in the article’s year'), 'In the article’s year');
    assert.strictEqual(capitalize(''), '');
  });
});
