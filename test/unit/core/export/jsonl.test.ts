import * as assert from 'assert';
import { fromJsonlRecord, toJsonlLine, type ExportDocument } from '../../../../src/core';

const TEXT = '🇷🇺 Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow and Tokyo would go on.';
const at = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length, text: exact });
const DOCUMENT: ExportDocument = {
  name: 'lavrov.txt',
  text: TEXT,
  source: 'file:///news/lavrov.txt',
  date: '2016-01-14',
  spans: [
    { ...at('Sergey Lavrov'), label: 'person', actor: 'person:sergei-lavrov' },
    { ...at('Tuesday'), label: 'date', value: '2016-01-12' },
    { ...at('Moscow'), label: 'place', actor: 'place:moscow' },
  ],
};

describe('JSONL (doccano / Prodigy)', () => {
  it('writes one JSON line with doccano label triples and Prodigy spans, in code points', () => {
    const line = toJsonlLine(DOCUMENT);
    assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'));
    const record = JSON.parse(line);
    assert.deepStrictEqual(Object.keys(record), ['id', 'text', 'label', 'spans', 'meta']);
    // The flag is two astral characters: four UTF-16 units, two code points.
    const lavrov = TEXT.indexOf('Sergey Lavrov') - 2;
    assert.deepStrictEqual(record.label[0], [lavrov, lavrov + 13, 'PERSON']);
    assert.deepStrictEqual(record.spans[0], {
      start: lavrov,
      end: lavrov + 13,
      label: 'PERSON',
      text: 'Sergey Lavrov',
      actor: 'person:sergei-lavrov',
    });
    assert.strictEqual([...TEXT].slice(lavrov, lavrov + 13).join(''), 'Sergey Lavrov');
    assert.deepStrictEqual(record.spans[1].value, '2016-01-12');
    assert.deepStrictEqual(record.meta, { source: 'file:///news/lavrov.txt', date: '2016-01-14' });
  });

  it('reads back the spans it wrote, and doccano triples alone', () => {
    const record = JSON.parse(toJsonlLine(DOCUMENT));
    assert.deepStrictEqual(fromJsonlRecord(record), DOCUMENT.spans);
    assert.deepStrictEqual(
      fromJsonlRecord({ text: TEXT, label: record.label }).map(s => [s.text, s.label]),
      [
        ['Sergey Lavrov', 'person'],
        ['Tuesday', 'date'],
        ['Moscow', 'place'],
      ],
    );
  });
});
