import * as assert from 'assert';
import {
  correctionSetFor,
  findDocument,
  parseCorrectionsFile,
  quoteOf,
  serializeCorrectionsFile,
  withDocument,
  withIgnore,
  EMPTY_CORRECTIONS_FILE,
  type Correction,
} from '../../../../src/core';
import { contentHash } from '../../../../src/core/cache/annotation-cache';

const TEXT =
  'MOSCOW, October 26. /TASS/. Russian Deputy Foreign Minister Igor Morgulov and Director General of the Asian and Oceanian Affairs Bureau at Japan’s Foreign Ministry Takehiro Funakoshi have discussed the situation on the Korean Peninsula.';
const at = (exact: string) => quoteOf(TEXT, { start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });
const ADD: Correction = { action: 'add', quote: at('Japan’s Foreign Ministry'), type: 'organization' };

describe('corrections sidecar', () => {
  it('writes documents and ignored names sorted, and reads them back', () => {
    let file = withDocument(EMPTY_CORRECTIONS_FILE, 'news/b.txt', TEXT, [ADD]);
    file = withDocument(file, 'a.txt', TEXT, [{ action: 'remove', quote: at('TASS') }]);
    file = withIgnore(file, ['Vladimir Gerdo', 'AFP', 'AFP']);
    const json = serializeCorrectionsFile(file);
    assert.deepStrictEqual(Object.keys(JSON.parse(json).documents), ['a.txt', 'news/b.txt']);
    assert.deepStrictEqual(JSON.parse(json).ignore, ['AFP', 'Vladimir Gerdo']);
    assert.deepStrictEqual(parseCorrectionsFile(json), { file, problem: null });
    assert.strictEqual(file.documents['a.txt'].hash, contentHash(TEXT));
  });

  it('finds an article by path, else by the hash of its text (renamed), else not at all', () => {
    const file = withDocument(EMPTY_CORRECTIONS_FILE, 'old-name.txt', TEXT, [ADD]);
    assert.strictEqual(findDocument(file, 'old-name.txt', 'other text')?.key, 'old-name.txt');
    assert.strictEqual(findDocument(file, 'new-name.txt', TEXT)?.key, 'old-name.txt');
    assert.strictEqual(findDocument(file, 'new-name.txt', TEXT + ' Edited.'), undefined);
    assert.deepStrictEqual(correctionSetFor(withIgnore(file, ['TASS']), 'new-name.txt', TEXT), {
      corrections: [ADD],
      ignore: ['TASS'],
    });
  });

  it('anchors the quotes again in the text as it is now, and keeps those whose text is gone', () => {
    const file = withDocument(EMPTY_CORRECTIONS_FILE, 'a.txt', TEXT, [ADD, { action: 'remove', quote: at('TASS') }]);
    const edited = 'Updated. ' + TEXT.replace('/TASS/', '/Interfax/');
    const again = withDocument(file, 'a.txt', edited, file.documents['a.txt'].corrections);
    const [add, remove] = again.documents['a.txt'].corrections;
    assert.strictEqual(add.quote.start, edited.indexOf('Japan’s Foreign Ministry'));
    assert.strictEqual(add.quote.prefix, edited.slice(add.quote.start - 32, add.quote.start));
    assert.deepStrictEqual(remove, file.documents['a.txt'].corrections[1]);
    assert.strictEqual(again.documents['a.txt'].hash, contentHash(edited));
  });

  it('drops an article left without corrections', () => {
    const file = withDocument(EMPTY_CORRECTIONS_FILE, 'a.txt', TEXT, [ADD]);
    assert.deepStrictEqual(withDocument(file, 'a.txt', TEXT, []).documents, {});
  });

  it('says what is wrong with a sidecar that cannot be used', () => {
    assert.match(parseCorrectionsFile('{"documents": {"a.txt": ').problem!, /^not valid JSON/);
    assert.match(parseCorrectionsFile('[]').problem!, /the file: not a JSON object/);
    assert.match(parseCorrectionsFile('{"version": 2}').problem!, /unknown version 2/);
    const bad = (correction: unknown) =>
      parseCorrectionsFile(JSON.stringify({ documents: { 'a.txt': { hash: 'x', corrections: [correction] } } }))
        .problem;
    assert.match(
      bad({ action: 'rename', quote: ADD.quote })!,
      /documents\["a\.txt"\]\.corrections\[0\]\.action: unknown action "rename"/,
    );
    assert.match(
      bad({ action: 'add', quote: ADD.quote, type: 'date' })!,
      /\.type: not one of person, organization, place/,
    );
    assert.match(bad({ action: 'setActor', quote: ADD.quote })!, /\.actor: not a string/);
    assert.match(bad({ action: 'remove', quote: { exact: 'TASS', start: -1 } })!, /\.quote\.start: not an offset/);
    assert.match(parseCorrectionsFile('{"ignore": [3]}').problem!, /ignore\[0\]: not a string/);
  });

  it('reads a hand-written minimal sidecar: no version, no context', () => {
    const parsed = parseCorrectionsFile(
      JSON.stringify({
        documents: { 'a.txt': { hash: '', corrections: [{ action: 'remove', quote: { exact: 'TASS', start: 0 } }] } },
      }),
    );
    assert.deepStrictEqual(parsed.file?.documents['a.txt'].corrections, [
      { action: 'remove', quote: { exact: 'TASS', prefix: '', suffix: '', start: 0 } },
    ]);
  });
});
