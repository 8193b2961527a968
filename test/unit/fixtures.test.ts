// The gold entity fixtures stay well-formed: every span slices its own text, none overlap, types are ours.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readSeed } from './seeds';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const TYPES = ['person', 'organization', 'place'];

interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: string;
}

function problems(id: string, text: string, entities: GoldEntity[], types = TYPES): string[] {
  const found: string[] = [];
  let previousEnd = 0;
  for (const e of entities) {
    const at = `${id} ${JSON.stringify(e)}`;
    if (text.slice(e.start, e.end) !== e.text) found.push(`${at}: text.slice gives "${text.slice(e.start, e.end)}"`);
    if (!types.includes(e.type)) found.push(`${at}: unknown type`);
    if (e.start < previousEnd) found.push(`${at}: overlaps the previous span or is out of order`);
    previousEnd = e.end;
  }
  return found;
}

describe('gold entity fixtures', () => {
  it('gives every newswire line a unique id and spans that slice its own text without overlapping', () => {
    const lines = fs
      .readFileSync(path.join(FIXTURES, 'newswire-ner.jsonl'), 'utf8')
      .split('\n')
      .filter(line => line.trim());
    const docs = lines.map(line => JSON.parse(line) as { id: string; text: string; entities: GoldEntity[] });
    assert.ok(docs.length >= 220, `${docs.length} lines`);
    assert.strictEqual(new Set(docs.map(d => d.id)).size, docs.length, 'duplicate ids');
    assert.deepStrictEqual(
      docs.flatMap(d => problems(d.id, d.text, d.entities)),
      [],
    );
  });

  it('gives every results table a unique id and spans that slice its own text without overlapping', () => {
    const docs = fs
      .readFileSync(path.join(FIXTURES, 'tables-ner.jsonl'), 'utf8')
      .split('\n')
      .filter(line => line.trim())
      .map(line => JSON.parse(line) as { id: string; text: string; entities: GoldEntity[] });
    assert.ok(docs.length >= 26, `${docs.length} tables`);
    assert.strictEqual(new Set(docs.map(d => d.id)).size, docs.length, 'duplicate ids');
    assert.deepStrictEqual(
      docs.flatMap(d => problems(d.id, d.text, d.entities)),
      [],
    );
  });

  it('gives the seeds spans that slice the seed files as they are on disk', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seeds-entities.json'), 'utf8')) as Record<
      string,
      GoldEntity[]
    >;
    assert.ok(Object.keys(gold).length >= 3);
    assert.deepStrictEqual(
      Object.entries(gold).flatMap(([name, entities]) => problems(name, readSeed(name), entities)),
      [],
    );
  });

  it('gives every written news text a unique id, CoNLL types (no misc where it says none was marked) and spans inside words’ bounds', () => {
    const docs = fs
      .readFileSync(path.join(FIXTURES, 'written-news', 'written-news.jsonl'), 'utf8')
      .split('\n')
      .filter(line => line.trim())
      .map(line => JSON.parse(line) as { id: string; text: string; withoutMisc?: boolean; entities: GoldEntity[] });
    assert.ok(docs.length >= 400, `${docs.length} texts`);
    assert.strictEqual(new Set(docs.map(d => d.id)).size, docs.length, 'duplicate ids');
    const cutsWord = (text: string, e: GoldEntity) =>
      /[\p{L}\p{N}]/u.test(text[e.start - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[e.start]);
    assert.deepStrictEqual(
      docs.flatMap(d => [
        ...problems(d.id, d.text, d.entities, d.withoutMisc ? ['PER', 'ORG', 'LOC'] : ['PER', 'ORG', 'LOC', 'MISC']),
        ...d.entities.filter(e => cutsWord(d.text, e)).map(e => `${d.id} ${e.text}: starts inside a word`),
      ]),
      [],
    );
  });
});
