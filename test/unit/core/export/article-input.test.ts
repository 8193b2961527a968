import * as assert from 'assert';
import * as readline from 'readline';
import { Readable } from 'stream';
import { jsonlLines, parseArticleInput } from '../../../../src/core/export/article-input';

// What Node's readline gives for a text (the CLI numbers the lines of `link` input, and used to number the
// map step's, by it), fed in the pieces given.
async function readlineLines(pieces: string[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readline.createInterface({ input: Readable.from(pieces), crlfDelay: Infinity }))
    lines.push(line);
  return lines;
}

describe("the map step's input lines", () => {
  it('splits lines where readline does: at \\n, \\r\\n and a lone \\r, not at U+2028 or U+0085', async () => {
    const texts = [
      '{"id": "a"}\n{"id": "b"}\n',
      '{"id": "a"}\r\n\r\n{"id": "b"}',
      'one\rtwo\r\r\nthree\n\nfour\u2028still four\u0085and still\r',
      '\n\n\n',
      '',
    ];
    for (const text of texts) {
      assert.deepStrictEqual(jsonlLines(text), await readlineLines([text]), JSON.stringify(text));
      // A \r\n cut between two reads is one line end for readline too.
      const cut = text.indexOf('\r\n') + 1;
      if (cut > 0) assert.deepStrictEqual(jsonlLines(text), await readlineLines([text.slice(0, cut), text.slice(cut)]));
    }
  });

  it('reads an article with its date, and says what is wrong with a line that is not one', () => {
    assert.deepStrictEqual(parseArticleInput('{"id": "a", "text": "Japan protested.", "date": "2017-12-11"}'), {
      id: 'a',
      text: 'Japan protested.',
      date: '2017-12-11',
    });
    assert.deepStrictEqual(parseArticleInput('{"id": "a", "text": "Japan protested.", "date": null}'), {
      id: 'a',
      text: 'Japan protested.',
      date: undefined,
    });
    assert.deepStrictEqual(parseArticleInput('{not json'), { problem: 'not valid JSON' });
    assert.deepStrictEqual(parseArticleInput('\uFEFF{"id": "a", "text": ""}'), { problem: 'not valid JSON' });
    assert.match((parseArticleInput('["a", "text"]') as { problem: string }).problem, /expected \{"id"/);
    assert.deepStrictEqual(parseArticleInput('{"id": "a", "text": "", "date": 20171211}'), {
      problem: '"date" must be a string',
    });
  });
});
