import * as assert from 'assert';
import { ActorIndex, annotate, exportCollection } from '../../../../src/core';

const LAVROV =
  'Russian Foreign Minister Sergei Lavrov met Japanese officials in Moscow. Lavrov said talks would go on.';
const KOREA = 'North Korea launched a missile on Nov. 29, Japan said.';

describe('exporting a collection', () => {
  it('writes the collection files, then each article under its path, with -2 for a path taken twice', () => {
    const articles = [
      { path: 'news/lavrov.txt', text: LAVROV, annotation: annotate(LAVROV), source: 'file:///n/news/lavrov.txt' },
      { path: 'news/lavrov.md', text: KOREA, annotation: annotate(KOREA), source: 'file:///n/news/lavrov.md' },
    ];
    assert.deepStrictEqual(
      exportCollection('brat', articles).map(f => f.path),
      [
        'annotation.conf',
        'news/lavrov/lavrov.txt',
        'news/lavrov/lavrov.ann',
        'news/lavrov-2/lavrov-2.txt',
        'news/lavrov-2/lavrov-2.ann',
      ],
    );
    assert.deepStrictEqual(
      exportCollection('conll', articles).map(f => f.path),
      ['news/lavrov.conll', 'news/lavrov-2.conll'],
    );
  });

  it('names actors by their ids across the collection', () => {
    const index = new ActorIndex();
    index.set('a', annotate(LAVROV));
    const [file] = exportCollection(
      'jsonl',
      [{ path: 'a.txt', text: LAVROV, annotation: index.annotation('a')!, source: 'file:///a.txt' }],
      key => index.resolve(key),
    );
    assert.match(file.content, /person:sergei-lavrov/);
    assert.doesNotMatch(file.content, /"person:lavrov"/, 'the bare surname resolves to the full name');
  });

  it('writes nothing for no article', () => {
    assert.deepStrictEqual(exportCollection('brat', []), []);
  });
});
