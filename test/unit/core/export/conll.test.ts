import * as assert from 'assert';
import { annotate, conllTokens, exportDocument, fromConll, toConll, type LabeledSpan } from '../../../../src/core';
import { readSeed, seedNames } from '../../seeds';

const TEXT =
  'TOKYO, December 11. /TASS/. Chief of Russia’s General Staff Army General Valery Gerasimov and Japanese Foreign Minister Itsunori Onodera have discussed the North Korean missile issue.\n\nThe issue was brought up by the Japanese defense minister.';
const span = (exact: string, label: LabeledSpan['label']): LabeledSpan => ({
  start: TEXT.indexOf(exact),
  end: TEXT.indexOf(exact) + exact.length,
  text: exact,
  label,
});
const SPANS = [
  span('TOKYO', 'place'),
  span('December 11', 'date'),
  span('TASS', 'organization'),
  span('Russia', 'place'),
  span('Valery Gerasimov', 'person'),
];

describe('CoNLL BIO', () => {
  it('writes a token and its tag per line, B- on the first token of a name and I- on the next', () => {
    const lines = toConll(TEXT, SPANS).split('\n');
    assert.deepStrictEqual(lines.slice(0, 5), ['TOKYO\tB-LOC', ',\tO', 'December\tB-DATE', '11\tI-DATE', '.\tO']);
    assert.ok(lines.includes('Valery\tB-PER') && lines.includes('Gerasimov\tI-PER'));
  });

  it('cuts a token where a name ends: "Russia’s" is "Russia" and "’s"', () => {
    const lines = toConll(TEXT, SPANS).split('\n');
    const at = lines.indexOf('Russia\tB-LOC');
    assert.deepStrictEqual(lines.slice(at, at + 2), ['Russia\tB-LOC', '’s\tO']);
    assert.deepStrictEqual(
      conllTokens('Hwasong-15 U.S. KCNA’s').map(t => t.text),
      ['Hwasong-15', 'U.S', '.', 'KCNA’s'],
    );
  });

  it('puts a blank line between sentences, and at a paragraph break', () => {
    const sentences = toConll(TEXT, SPANS).trimEnd().split('\n\n');
    assert.deepStrictEqual(
      sentences.map(s => s.split('\n')[0].split('\t')[0]),
      ['TOKYO', '/', 'Chief', 'The'],
    );
  });

  it('has two tab-separated columns on every line of every seed, and no token with a space', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      const conll = toConll(text, exportDocument({ name, text, annotation: annotate(text), source: name }).spans);
      assert.ok(conll.endsWith('\n'));
      for (const line of conll.split('\n')) {
        if (!line) continue;
        const columns = line.split('\t');
        assert.strictEqual(columns.length, 2, `${name}: ${JSON.stringify(line)}`);
        assert.match(columns[0], /^\S+$/);
        assert.match(columns[1], /^(O|[BI]-(PER|ORG|LOC|DATE))$/);
      }
    }
  });

  it('reads the spans back by finding each token in the text', () => {
    const { spans, problems } = fromConll(toConll(TEXT, SPANS), TEXT);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(spans, SPANS);
  });

  it('reports a token that is not in the text', () => {
    assert.match(fromConll('TOKYO\tB-LOC\nOSAKA\tB-LOC\n', TEXT).problems[0], /^line 2: "OSAKA"/);
  });
});
