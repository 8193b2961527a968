import * as assert from 'assert';
import { articleDateFor, parseArticleDatesFile, serializeArticleDatesFile } from '../../../../src/core/sidecars';

describe('the article dates sidecar', () => {
  it('reads the dates by article path', () => {
    const parsed = parseArticleDatesFile('{\n  "news/lavrov.txt": "2016-01-14"\n}\n');
    assert.strictEqual(parsed.problem, null);
    assert.strictEqual(articleDateFor(parsed.dates!, 'news/lavrov.txt'), '2016-01-14');
    assert.strictEqual(articleDateFor(parsed.dates!, 'news/other.txt'), undefined);
    assert.strictEqual(articleDateFor(parsed.dates!, 'constructor'), undefined, 'no key is inherited from Object');
  });

  it('says why a file cannot be used: not JSON, not an object, a date that is not a string', () => {
    assert.match(parseArticleDatesFile('{"a.txt": ').problem!, /^not valid JSON: /);
    assert.strictEqual(parseArticleDatesFile('["2016-01-14"]').problem, 'not a JSON object');
    assert.strictEqual(parseArticleDatesFile('{"a.txt": 20160114}').problem, 'the date of "a.txt" is not a string');
  });

  it('writes the dates sorted by path, and nothing when none is left', () => {
    const written = serializeArticleDatesFile({ 'b.txt': '2017-12-11', 'a.txt': '2016-01-14' });
    assert.strictEqual(written, '{\n  "a.txt": "2016-01-14",\n  "b.txt": "2017-12-11"\n}\n');
    assert.deepStrictEqual(parseArticleDatesFile(written!).dates, { 'a.txt': '2016-01-14', 'b.txt': '2017-12-11' });
    assert.strictEqual(serializeArticleDatesFile({}), null);
  });
});
