import * as assert from 'assert';
import { annotate, exportDocument, fromW3c, toW3c, W3C_CONTEXT } from '../../../../src/core';
import { readSeed } from '../../seeds';

const NAME = '001_b0e5feebaca363bc.txt';
const TEXT = readSeed(NAME);
const DOCUMENT = exportDocument({ name: NAME, text: TEXT, annotation: annotate(TEXT), source: `file:///news/${NAME}` });

describe('W3C Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection in the anno.jsonld context that survives JSON text', () => {
    const collection = JSON.parse(JSON.stringify(toW3c(DOCUMENT)));
    assert.strictEqual(collection['@context'], W3C_CONTEXT);
    assert.strictEqual(collection.type, 'AnnotationCollection');
    assert.strictEqual(collection.total, DOCUMENT.spans.length);
    assert.strictEqual(collection.first.type, 'AnnotationPage');
    const ids = collection.first.items.map((a: { id: string }) => a.id);
    assert.strictEqual(new Set(ids).size, ids.length, 'annotation ids are unique');
    for (const id of ids) assert.match(id, /^urn:news-lens:[0-9a-z]+:a\d+$/);
  });

  it('targets each name with a TextQuoteSelector and a TextPositionSelector that agree with the text', () => {
    const items = toW3c(DOCUMENT).first.items;
    const morgulov = items.find(a => a.target.selector[0].exact === 'Igor Morgulov')!;
    assert.deepStrictEqual(morgulov.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'person' },
      { type: 'TextualBody', purpose: 'identifying', value: 'person:igor-morgulov' },
    ]);
    assert.strictEqual(morgulov.motivation, 'tagging');
    assert.strictEqual(morgulov.target.source, `file:///news/${NAME}`);
    for (const annotation of items) {
      const [quote, position] = annotation.target.selector;
      assert.strictEqual(TEXT.slice(position.start, position.end), quote.exact);
      assert.ok(TEXT.slice(0, position.start).endsWith(quote.prefix));
      assert.ok(TEXT.slice(position.end).startsWith(quote.suffix));
    }
  });

  it('describes a date by its TIMEX3 value', () => {
    const tuesday = toW3c(DOCUMENT).first.items.find(a => a.target.selector[0].exact === 'Tuesday')!;
    assert.deepStrictEqual(tuesday.body[1], {
      type: 'TextualBody',
      purpose: 'describing',
      value: '2021-10-26',
      format: 'text/x-timex3-value',
    });
  });

  it('reads back the spans it wrote', () => {
    assert.deepStrictEqual(fromW3c(JSON.parse(JSON.stringify(toW3c(DOCUMENT))), TEXT), DOCUMENT.spans);
  });
});
