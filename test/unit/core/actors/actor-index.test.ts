import * as assert from 'assert';
import { ActorIndex, annotate } from '../../../../src/core';
import { readSeed, seedNames } from '../../seeds';

function seedIndex(): ActorIndex {
  const index = new ActorIndex();
  for (const name of seedNames()) index.set(name, annotate(readSeed(name)));
  return index;
}

describe('ActorIndex', () => {
  it('finds North Korea, Japan and the Korean Peninsula in all three seed articles', () => {
    const index = seedIndex();
    for (const id of ['place:north-korea', 'place:japan', 'place:korean-peninsula']) {
      assert.deepStrictEqual(index.actor(id)?.documents, seedNames(), id);
      assert.strictEqual(index.firstMentions(id).length, 3, id);
    }
  });

  it('names an actor by its fullest form and keeps the other forms as aliases', () => {
    const index = new ActorIndex();
    index.set('a', annotate('Russian Foreign Minister Sergei Lavrov met Masahiko Komura. Later, Lavrov spoke to reporters.'));
    const lavrov = index.actor('person:sergei-lavrov');
    assert.ok(lavrov, JSON.stringify(index.actors()));
    assert.strictEqual(lavrov.name, 'Sergei Lavrov');
    assert.ok(lavrov.aliases.includes('Lavrov'), JSON.stringify(lavrov));
    assert.strictEqual(lavrov.mentions, index.mentionsOf(lavrov.id).length);
  });

  it('orders actors by the number of articles that mention them', () => {
    const counts = seedIndex().actors().map(a => a.documents.length);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('answers what entity or date sits at an offset', () => {
    const text = 'On November 29, North Korea conducted a missile launch.';
    const index = new ActorIndex();
    index.set('doc', annotate(text, { articleDate: '2017-12-11' }));
    assert.strictEqual(index.entityAt('doc', text.indexOf('Korea'))?.actorKey, 'place:north-korea');
    assert.strictEqual(index.dateAt('doc', text.indexOf('29'))?.value, '2017-11-29');
    assert.strictEqual(index.entityAt('doc', text.indexOf('missile')), undefined);
  });

  it('forgets a deleted document and the actors only it mentioned', () => {
    const index = new ActorIndex();
    index.set('a', annotate('Pyongyang announced that the missile was capable of carrying a nuclear warhead.'));
    index.set('b', annotate('Seoul and Washington hold joint military drills near Pyongyang.'));
    index.delete('b');
    assert.deepStrictEqual(index.documentIds(), ['a']);
    assert.strictEqual(index.actor('place:seoul'), undefined);
    assert.deepStrictEqual(index.actor('place:pyongyang')?.documents, ['a']);
  });

  it('joins a bare surname in one article to the only full name with it in another', () => {
    const index = new ActorIndex();
    index.set('a', annotate('Russian Deputy Foreign Minister Igor Morgulov arrived in Tokyo on Monday.'));
    index.set('b', annotate('"We will share our assessments," Morgulov told reporters in Moscow.'));
    assert.strictEqual(index.resolve('person:morgulov'), 'person:igor-morgulov');
    assert.deepStrictEqual(index.actor('person:igor-morgulov')?.documents, ['a', 'b']);
    assert.deepStrictEqual(index.mentionsOf('person:morgulov').map(m => m.documentId), ['a', 'b']);
  });

  it('keeps a bare surname apart when two people of the workspace share it', () => {
    const index = new ActorIndex();
    index.set('a', annotate('Former President George Bush met Prime Minister Tony Blair.'));
    index.set('b', annotate('Texas Governor Jeb Bush said he would run.'));
    index.set('c', annotate('"It was a mistake," Bush said.'));
    assert.strictEqual(index.resolve('person:bush'), 'person:bush');
  });

  it('joins a place to its fuller name in another article', () => {
    const index = new ActorIndex();
    index.set('a', annotate('A strong earthquake struck Aceh on Tuesday.'));
    index.set('b', annotate('Houses collapsed in Aceh Province, officials said.'));
    assert.strictEqual(index.resolve('place:aceh'), 'place:aceh-province');
    assert.strictEqual(index.actor('place:aceh')?.name, 'Aceh Province');
    assert.deepStrictEqual(index.actor('place:aceh')?.documents, ['a', 'b']);
  });
});
