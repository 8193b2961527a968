import * as assert from 'assert';
import { mapInOrder } from '../../../src/cli/lines';

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
