// Export → import gives the same annotations, in every format, on the seeds with corrections applied.
import * as assert from 'assert';
import {
  ActorIndex,
  annotate,
  applyCorrections,
  articleFiles,
  exportDocument,
  fromBratAnn,
  fromConll,
  fromJsonlRecord,
  fromW3c,
  quoteOf,
  type ExportDocument,
  type LabeledSpan,
} from '../../../../src/core';
import { readSeed, seedNames } from '../../seeds';

function documents(): ExportDocument[] {
  const index = new ActorIndex();
  const texts = new Map(seedNames().map(name => [name, readSeed(name)]));
  for (const [name, text] of texts) {
    const at = (exact: string) =>
      quoteOf(text, { start: text.indexOf(exact), end: text.indexOf(exact) + exact.length });
    const corrections = text.includes('North Korea’s Foreign Ministry')
      ? [
          { action: 'add' as const, quote: at('North Korea’s Foreign Ministry'), type: 'organization' as const },
          { action: 'remove' as const, quote: at('recently') },
        ]
      : [];
    index.set(name, applyCorrections(annotate(text), text, { corrections, ignore: ['Vladimir Gerdo'] }));
  }
  // Astral characters make code points and UTF-16 units differ: the round trip must still land on the names.
  const emoji =
    '🇰🇷 SEOUL, November 29. North Korea’s Foreign Ministry said on Wednesday that Kim Jong Un watched the launch 🚀 with Pyongyang officials.';
  index.set('emoji.txt', annotate(emoji));
  texts.set('emoji.txt', emoji);
  return [...texts].map(([name, text]) =>
    exportDocument({
      name,
      text,
      annotation: index.annotation(name)!,
      resolve: key => index.resolve(key),
      source: name,
    }),
  );
}

const withoutIds = (spans: LabeledSpan[]) => spans.map(({ start, end, text, label }) => ({ start, end, text, label }));
const file = (files: { path: string; content: string }[], suffix: string) =>
  files.find(f => f.path.endsWith(suffix))!.content;

describe('export → import round trips', () => {
  const docs = documents();

  it('has names and dates to carry, including a correction and an emoji-shifted name', () => {
    assert.ok(docs.every(d => d.spans.length > 3));
    assert.ok(docs.some(d => d.spans.some(s => s.text === 'North Korea’s Foreign Ministry')));
    assert.ok(!docs.some(d => d.spans.some(s => s.text === 'Vladimir Gerdo')));
    assert.ok(docs.find(d => d.name === 'emoji.txt')!.spans.some(s => s.text === 'Pyongyang'));
  });

  it('brat: the same spans with their actors and TIMEX3 values, and the .txt copy is the text', () => {
    for (const doc of docs) {
      const files = articleFiles('brat', doc.name.replace(/\.txt$/, ''), doc);
      assert.strictEqual(file(files, '.txt'), doc.text);
      const back = fromBratAnn(file(files, '.ann'), file(files, '.txt'));
      assert.deepStrictEqual(back.problems, []);
      assert.deepStrictEqual(back.spans, doc.spans, doc.name);
    }
  });

  it('W3C: the same spans with their actors and values, through JSON text', () => {
    for (const doc of docs) {
      const files = articleFiles('w3c', doc.name, doc);
      assert.deepStrictEqual(fromW3c(JSON.parse(file(files, '.jsonld')), doc.text), doc.spans, doc.name);
    }
  });

  it('JSONL: the same spans with their actors and values', () => {
    for (const doc of docs) {
      const files = articleFiles('jsonl', doc.name, doc);
      assert.deepStrictEqual(fromJsonlRecord(JSON.parse(file(files, '.jsonl'))), doc.spans, doc.name);
    }
  });

  it('CoNLL: the same spans and types (the format has no ids)', () => {
    for (const doc of docs) {
      const back = fromConll(file(articleFiles('conll', doc.name, doc), '.conll'), doc.text);
      assert.deepStrictEqual(back.problems, []);
      assert.deepStrictEqual(back.spans, withoutIds(doc.spans), doc.name);
    }
  });
});
