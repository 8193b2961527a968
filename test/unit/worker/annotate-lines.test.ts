import * as assert from 'assert';
import { annotate, toArticleLine } from '../../../src/core';
import { annotateLines } from '../../../src/worker/annotate-lines';

const KOREA = 'SEOUL, Nov 29 (Reuters) - North Korea launched a missile on Wednesday, and Japan lodged a protest.';
const LAVROV = 'MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Thursday that talks would go on.';

const bytes = (text: string) => new TextEncoder().encode(text);
const printed = (output: Uint8Array) => new TextDecoder().decode(output);

describe('a worker annotating a piece of JSONL input', () => {
  it('prints the line of each article as the CLI would, with the date of its line or the one given', () => {
    const piece = [
      JSON.stringify({ id: 'korea', text: KOREA, date: '2017-11-29' }),
      JSON.stringify({ id: 'lavrov', text: LAVROV }),
      JSON.stringify({ id: 'été', text: 'Le président Macron était à Paris.' }),
    ].join('\n');
    const answer = annotateLines(bytes(piece + '\n'), { articleDate: '2016-01-14' });
    assert.strictEqual(
      printed(answer.output),
      [
        toArticleLine('korea', annotate(KOREA, { articleDate: '2017-11-29' })),
        toArticleLine('lavrov', annotate(LAVROV, { articleDate: '2016-01-14' })),
        toArticleLine('été', annotate('Le président Macron était à Paris.', { articleDate: '2016-01-14' })),
      ]
        .map(line => JSON.stringify(line) + '\n')
        .join(''),
    );
    assert.deepStrictEqual([answer.lineCount, answer.badLines, answer.failed], [3, [], []]);
  });

  it('numbers the lines that are no article within the piece, blank lines and \\r\\n counted as readline does', () => {
    const piece = ['', JSON.stringify({ id: 'korea', text: KOREA }), '{not json', '   ', '{"id": 1, "text": ""}', ''];
    const answer = annotateLines(bytes(piece.join('\r\n')), {});
    assert.deepStrictEqual(answer.badLines, [
      { line: 3, problem: 'not valid JSON' },
      { line: 5, problem: 'expected {"id": string, "text": string, "date"?: "YYYY-MM-DD"}' },
    ]);
    assert.strictEqual(answer.lineCount, 5);
    assert.strictEqual(printed(answer.output).split('\n').length, 2);
  });

  it("keeps a byte-order mark at a piece's start: only the file's first one is dropped, by the reader", () => {
    const answer = annotateLines(bytes('\uFEFF' + JSON.stringify({ id: 'korea', text: KOREA }) + '\n'), {});
    assert.deepStrictEqual(answer.badLines, [{ line: 1, problem: 'not valid JSON' }]);
    assert.strictEqual(answer.output.length, 0);
  });
});
