import * as assert from 'assert';
import { articleOutline, type ArticleOutline } from '../../../../src/core';
import { readSeed } from '../../seeds';

function spans(outline: ArticleOutline) {
  return [
    ...outline.before.map(p => p.span),
    ...(outline.headline ? [outline.headline] : []),
    ...outline.sections.flatMap(s => [
      ...(s.subhead ? [s.subhead] : []),
      ...s.paragraphs.flatMap(p => [p.span, ...(p.dateline ? [p.dateline] : [])]),
    ]),
  ];
}

describe('articleOutline', () => {
  it('finds the headline, the dateline and the subhead of seed 000', () => {
    const outline = articleOutline(readSeed('000_d6490ba55f8250cf.txt'));
    assert.deepStrictEqual(
      outline.before.map(p => p.span.text),
      ['All news'],
    );
    assert.strictEqual(
      outline.headline?.text,
      'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue',
    );
    assert.deepStrictEqual(
      outline.sections.map(s => s.subhead?.text ?? null),
      [null, 'Korean Peninsula situation'],
    );
    const datelines = outline.sections.flatMap(s => s.paragraphs).filter(p => p.dateline);
    assert.deepStrictEqual(
      datelines.map(p => p.dateline?.text),
      ['TOKYO, December 11. /TASS/.'],
    );
    assert.match(datelines[0].span.text, /^TOKYO, December 11\. \/TASS\/\. Chief of Russia/);
  });

  it('starts the story of seed 004 at "MOSCOW (Sputnik)", apart from the photo captions above it', () => {
    const outline = articleOutline(readSeed('004_0b466d24d87483c2.txt'));
    const paragraphs = outline.sections.flatMap(s => s.paragraphs);
    const story = paragraphs.find(p => p.dateline);
    assert.strictEqual(story?.dateline?.text, 'MOSCOW (Sputnik)');
    assert.match(story.span.text, /^MOSCOW \(Sputnik\) Neither Russia/);
    const captions = paragraphs[paragraphs.indexOf(story) - 1];
    assert.match(captions.span.text, /Masahiko Komura - Sputnik International\nWorld\n/);
    assert.ok(!captions.span.text.includes('MOSCOW'));
  });

  it('takes no sentence that opens with a name in capitals for a dateline', () => {
    const text =
      'Russia and Japan discuss the Korean Peninsula today\n\nUS National Security Adviser Herbert McMaster said so.\n\nNATO, the alliance, agreed.';
    const paragraphs = articleOutline(text).sections.flatMap(s => s.paragraphs);
    assert.strictEqual(paragraphs.length, 2);
    assert.ok(paragraphs.every(p => !p.dateline));
  });

  it('gives exact spans, after CRLF line ends and indented lines too', () => {
    const texts = [
      ...['000_d6490ba55f8250cf.txt', '001_b0e5feebaca363bc.txt', '004_0b466d24d87483c2.txt'].map(readSeed),
      'All news\r\n\r\n  Russian, Japanese diplomats discuss over phone Korean Peninsula developments\r\n\r\n  MOSCOW, October 26. /TASS/. Text.\r\nMore.\r\n\r\nA subhead of words\r\n\r\nLast.',
    ];
    for (const text of texts) {
      const outline = articleOutline(text);
      assert.ok(outline.headline);
      for (const span of spans(outline)) assert.strictEqual(text.slice(span.start, span.end), span.text);
      for (const section of outline.sections)
        assert.ok(section.paragraphs.every(p => p.span.start >= section.span.start && p.span.end <= section.span.end));
    }
  });

  it('never throws on odd text', () => {
    for (const text of [
      '',
      '\n\n\n',
      ' '.repeat(5000),
      'A'.repeat(3000),
      '\r\r\n\n\u2028x',
      'TOKYO, December',
      'A B C D E\n\nF',
    ]) {
      const outline = articleOutline(text);
      for (const span of spans(outline)) assert.strictEqual(text.slice(span.start, span.end), span.text);
    }
  });
});
