import * as assert from 'assert';
import { ArticleTexts } from '../../../src/workspace/article-texts';
import { lineStarts } from '../../../src/workspace/line-starts';

describe('ArticleTexts', () => {
  const texts = [
    'Plain ASCII news.',
    '\uFEFF“We will rebuild,” said Françoise Dubois — 東京 😀 on Monday.',
    'A lone surrogate \uD800 survives.',
    '',
  ];

  it('gives back a closed article’s text exactly, byte-order mark, emoji and lone surrogates included', () => {
    const store = new ArticleTexts();
    texts.forEach((text, i) => store.set(`doc${i}`, text));
    texts.forEach((text, i) => assert.strictEqual(store.get(`doc${i}`), text, `doc${i}`));
    assert.strictEqual(store.get('other'), undefined);
  });

  it('gives the new text after a change, whether the article was read meanwhile or not', () => {
    const store = new ArticleTexts();
    store.set('a', texts[1]);
    assert.strictEqual(store.get('a'), texts[1]);
    store.set('a', texts[0]);
    assert.strictEqual(store.get('a'), texts[0]);
    for (let i = 0; i < 40; i++) store.set(`filler${i}`, `${i}`);
    for (let i = 0; i < 40; i++) assert.strictEqual(store.get(`filler${i}`), `${i}`);
    assert.strictEqual(store.get('a'), texts[0]);
  });

  it('keeps an article’s text across opening and closing it, and forgets a deleted one', () => {
    const store = new ArticleTexts();
    store.set('a', texts[1]);
    store.setOpen('a', true);
    assert.strictEqual(store.get('a'), texts[1]);
    store.set('a', texts[2]);
    store.setOpen('a', false);
    assert.strictEqual(store.get('a'), texts[2]);
    store.delete('a');
    assert.strictEqual(store.has('a'), false);
    assert.strictEqual(store.get('a'), undefined);
  });
});

describe('lineStarts', () => {
  it('ends a line at "\\r\\n", at a lone "\\r" and at "\\n", as VS Code counts them', () => {
    assert.deepStrictEqual(lineStarts('a\r\nb\rc\nd'), [0, 3, 5, 7]);
    assert.deepStrictEqual(lineStarts(''), [0]);
    assert.deepStrictEqual(lineStarts('x\n'), [0, 2]);
  });
});
