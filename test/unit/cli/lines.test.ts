import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { mapInOrder, readLinePieces } from '../../../src/cli/lines';
import { tempFolder } from '../temp-folders';

async function piecesOf(content: string | Buffer, size: number): Promise<Buffer[]> {
  const file = path.join(tempFolder('lines'), 'in.jsonl');
  fs.writeFileSync(file, content);
  const pieces: Buffer[] = [];
  for await (const piece of readLinePieces(file, message => assert.fail(message), size))
    pieces.push(Buffer.from(piece));
  return pieces;
}

describe('mapping a stream in order', () => {
  it('hands the results on in input order, whatever order the work ends in, with at most `window` at once', async () => {
    let running = 0;
    let most = 0;
    let read = 0;
    async function* items() {
      for (let i = 0; i < 20; i++) {
        read++;
        yield i;
      }
    }
    const results: number[] = [];
    await mapInOrder(
      items(),
      3,
      async item => {
        running++;
        most = Math.max(most, running);
        assert.ok(read - results.length <= 3, 'no item is read before there is room for it');
        await new Promise(resolve => setTimeout(resolve, (item * 7) % 5));
        running--;
        return item * 10;
      },
      async result => {
        results.push(result);
      },
    );
    assert.deepStrictEqual(
      results,
      Array.from({ length: 20 }, (_, i) => i * 10),
    );
    assert.strictEqual(most, 3);
  });
});

describe('reading JSONL in pieces of whole lines', () => {
  it('cuts only after a newline, about `size` bytes a piece, and loses no byte', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `${i}`, text: 'Москва '.repeat(i % 13) }));
    const content = lines.join('\r\n') + '\nlast line without its newline';
    const pieces = await piecesOf(content, 1024);
    const longest = Math.max(...lines.map(line => Buffer.byteLength(line) + 2));
    assert.strictEqual(Buffer.concat(pieces).toString('utf8'), content);
    assert.ok(pieces.length > 5, `${pieces.length} pieces`);
    for (const piece of pieces.slice(0, -1)) {
      assert.strictEqual(piece[piece.length - 1], 0x0a);
      assert.ok(piece.length <= 1024 + longest, `${piece.length} bytes`);
    }
  });

  it("drops the byte-order mark at the file's start only", async () => {
    const pieces = await piecesOf('\uFEFF{"id": "a"}\n\uFEFF{"id": "b"}\n', 4);
    assert.deepStrictEqual(
      pieces.map(piece => piece.toString('utf8')),
      ['{"id": "a"}\n', '\uFEFF{"id": "b"}\n'],
    );
  });

  it('tells a file that cannot be read, once', async () => {
    const problems: string[] = [];
    for await (const piece of readLinePieces(path.join(os.tmpdir(), 'no-such-input.jsonl'), m => problems.push(m)))
      assert.fail(`read ${piece.length} bytes`);
    assert.deepStrictEqual(problems, [`cannot read ${path.join(os.tmpdir(), 'no-such-input.jsonl')}: ENOENT`]);
  });
});
