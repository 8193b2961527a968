import * as assert from 'assert';
import { ActorIndex, annotate } from '../../../../src/core';
import { AnnotationCache } from '../../../../src/core/cache/annotation-cache';
import { articleActors } from '../../../../src/core/actors/actor-index';
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
    index.set(
      'a',
      annotate('Russian Foreign Minister Sergei Lavrov met Masahiko Komura. Later, Lavrov spoke to reporters.'),
    );
    const lavrov = index.actor('person:sergei-lavrov');
    assert.ok(lavrov, JSON.stringify(index.actors()));
    assert.strictEqual(lavrov.name, 'Sergei Lavrov');
    assert.ok(lavrov.aliases.includes('Lavrov'), JSON.stringify(lavrov));
    assert.strictEqual(lavrov.mentions, index.mentionsOf(lavrov.id).length);
  });

  it('orders actors by the number of articles that mention them', () => {
    const counts = seedIndex()
      .actors()
      .map(a => a.documents.length);
    assert.deepStrictEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
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

  it('keeps its documents in order as they come, go and change', () => {
    const index = new ActorIndex();
    index.set('b', annotate('Seoul and Tokyo met.'));
    index.set('a', annotate('Tokyo answered.'));
    assert.deepStrictEqual(index.documentIds(), ['a', 'b']);
    index.set('c', annotate('Seoul waited.'));
    index.set('a', annotate('Seoul answered.'));
    assert.deepStrictEqual(index.documentIds(), ['a', 'b', 'c']);
    index.documentIds().pop();
    assert.deepStrictEqual(index.documentIds(), ['a', 'b', 'c'], 'a caller cannot change the index’s order');
    index.delete('b');
    assert.deepStrictEqual(index.documentIds(), ['a', 'c']);
    const seoul = index.resolve(index.entityAt('a', 0)!.actorKey);
    assert.deepStrictEqual(
      index.mentionsOf(seoul).map(m => m.documentId),
      ['a', 'c'],
    );
    assert.deepStrictEqual(
      index.firstMentions(seoul).map(m => [m.documentId, m.mention.text]),
      [
        ['a', 'Seoul'],
        ['c', 'Seoul'],
      ],
    );
  });

  it('joins a bare surname in one article to the only full name with it in another', () => {
    const index = new ActorIndex();
    index.set('a', annotate('Russian Deputy Foreign Minister Igor Morgulov arrived in Tokyo on Monday.'));
    index.set('b', annotate('"We will share our assessments," Morgulov told reporters in Moscow.'));
    assert.strictEqual(index.resolve('person:morgulov'), 'person:igor-morgulov');
    assert.deepStrictEqual(index.actor('person:igor-morgulov')?.documents, ['a', 'b']);
    assert.deepStrictEqual(
      index.mentionsOf('person:morgulov').map(m => m.documentId),
      ['a', 'b'],
    );
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

  it('takes an actor’s first mention in an article from the story, not from a photo credit', () => {
    const index = seedIndex();
    const seed = '004_0b466d24d87483c2.txt';
    const text = readSeed(seed);
    const lavrov = index.firstMentions('person:sergei-lavrov').find(m => m.documentId === seed);
    assert.ok(lavrov, 'Lavrov is mentioned in seed 004');
    assert.ok(!lavrov.mention.credit && lavrov.mention.start > text.indexOf('© AFP'), JSON.stringify(lavrov));
    // Only a credit names the photographer: then the credit is the first mention.
    assert.deepStrictEqual(
      index.firstMentions('person:dominick-reuter').map(m => m.mention.text),
      ['DOMINICK REUTER'],
    );
  });

  it('names actors seen only in capitals in reader’s case, and keeps what each mention wrote', () => {
    const index = seedIndex();
    assert.strictEqual(index.actor('person:dominick-reuter')?.name, 'Dominick Reuter');
    assert.strictEqual(index.actor('place:tokyo')?.name, 'Tokyo');
    assert.deepStrictEqual(
      index.mentionsOf('place:tokyo').map(m => m.mention.text),
      ['TOKYO'],
    );
    assert.strictEqual(index.actor('organization:tass')?.name, 'TASS');
  });

  it('prefers the spelling the text writes in normal case to a dateline’s capitals', () => {
    const index = new ActorIndex();
    index.set(
      'a',
      annotate('MOSCOW, October 26. /TASS/. Russian Deputy Foreign Minister Igor Morgulov met Takehiro Funakoshi.'),
    );
    index.set('b', annotate('Lavrov said during a meeting with Komura in Moscow.'));
    assert.strictEqual(index.actor('place:moscow')?.name, 'Moscow');
  });

  it('names an actor by the story’s spelling over a photo credit’s', () => {
    const index = new ActorIndex();
    // Seed 004's caption and dateline, with the two spellings swapped: alphabetical order would pick the credit's.
    index.set(
      'a',
      annotate(
        '© AFP 2023 / DOMINICK REUTERRussian Foreign Minister Sergei Lavrov\n' +
          'MOSCOW (Sputnik) Russian Foreign Minister Sergey Lavrov said Tuesday.',
      ),
    );
    const lavrov = index.actor('person:sergei-lavrov');
    assert.strictEqual(lavrov?.name, 'Sergey Lavrov', JSON.stringify(index.actors()));
    assert.deepStrictEqual(lavrov?.aliases, ['Sergei Lavrov', 'Sergey Lavrov']);
  });

  it('takes North Korea’s first mention in seed 004 from the name written out, not the bare "North" before it', () => {
    const seed = '004_0b466d24d87483c2.txt';
    const first = seedIndex()
      .firstMentions('place:north-korea')
      .find(m => m.documentId === seed);
    assert.strictEqual(first?.mention.text, 'North Korea');
    assert.ok(first.mention.start > readSeed(seed).indexOf('North and South Korea'));
  });

  it('names the actor of a bare conjunct by the full name it stands for', () => {
    const index = new ActorIndex();
    index.set('a', annotate('The Berlin Wall divided East and West Germany until 1989.'));
    const east = index.actor('place:east-germany');
    assert.strictEqual(east?.name, 'East Germany', JSON.stringify(index.actors()));
    assert.deepStrictEqual(
      index.mentionsOf('place:east-germany').map(m => m.mention.text),
      ['East'],
    );
    assert.deepStrictEqual(
      index.firstMentions('place:east-germany').map(m => m.mention.text),
      ['East'],
    );
  });

  it('gives a closed document’s whole annotation back from its compact form, however many were read since', () => {
    const annotations = seedNames().map(name => annotate(readSeed(name)));
    const index = new ActorIndex();
    // More documents than the index keeps whole: the first ones are expanded again from their compact form.
    for (let i = 0; i < 150; i++) index.set(`doc${i}`, annotations[i % annotations.length]);
    for (let i = 0; i < 150; i++)
      assert.deepStrictEqual(index.annotation(`doc${i}`), annotations[i % annotations.length]);
    const first = index.annotation('doc0')!;
    for (let i = 1; i < 150; i++) index.annotation(`doc${i}`);
    assert.notStrictEqual(index.annotation('doc0'), first, 'expanded anew');
    assert.deepStrictEqual(index.annotation('doc0'), first);
    assert.strictEqual(index.entities('doc0'), annotations[0].entities, 'names are not expanded');
    assert.deepStrictEqual(
      index.mainEvents('doc1'),
      annotations[1].events.filter(e => e.main),
    );
    assert.deepStrictEqual(
      index.mainEventIndices('doc1').map(i => annotations[1].events[i]),
      index.mainEvents('doc1'),
    );
    assert.strictEqual(index.articleDate('doc2'), annotations[2].articleDate);
  });

  it('keeps an open document’s annotation whole while it is open, whatever else is read', () => {
    const annotations = seedNames().map(name => annotate(readSeed(name)));
    const index = new ActorIndex();
    index.setOpen('open', true);
    index.set('open', annotations[0]);
    for (let i = 0; i < 150; i++) index.set(`doc${i}`, annotations[i % annotations.length]);
    for (let i = 0; i < 150; i++) index.annotation(`doc${i}`);
    assert.strictEqual(index.annotation('open'), annotations[0]);
    index.setOpen('open', false);
    for (let i = 0; i < 150; i++) index.annotation(`doc${i}`);
    assert.notStrictEqual(index.annotation('open'), annotations[0], 'closed, it is kept compactly');
    assert.deepStrictEqual(index.annotation('open'), annotations[0]);
  });

  it('answers after documents change, come and go as an index made afresh from the documents left would', () => {
    const texts = [
      ...seedNames().map(readSeed),
      'Russian Foreign Minister Sergei Lavrov met Masahiko Komura in Moscow.',
      'Lavrov said the talks with Japan went well. Komura agreed.',
      'Officials in Aceh said the Aceh Province police had arrested two men.',
      'Sergey Lavrov and the Russian General Staff spoke on North Korea.',
    ].map(text => annotate(text));
    const kept = new ActorIndex();
    kept.set('a', texts[0]);
    kept.set('b', texts[3]);
    kept.actors(); // a table made, then kept in step
    kept.set('c', texts[4]);
    kept.set('b', texts[1]);
    kept.actors();
    kept.set('d', texts[5]);
    kept.delete('a');
    kept.actors();
    kept.set('e', texts[6]);
    kept.set('a', texts[2]);
    kept.delete('c');
    kept.actors();
    kept.set('c', texts[3]);

    const afresh = new ActorIndex();
    const left: [string, number][] = [
      ['c', 3],
      ['a', 2],
      ['e', 6],
      ['d', 5],
      ['b', 1],
    ];
    for (const [id, text] of left) afresh.set(id, texts[text]);
    assert.deepStrictEqual(kept.actors(), afresh.actors());
    for (const actor of afresh.actors()) {
      assert.deepStrictEqual(kept.mentionsOf(actor.id), afresh.mentionsOf(actor.id), actor.id);
      assert.deepStrictEqual(kept.firstMentions(actor.id), afresh.firstMentions(actor.id), actor.id);
    }
    assert.ok(afresh.actor('person:sergei-lavrov')!.documents.length >= 2, 'the changes leave a recurring actor');
  });

  it('answers from the compact forms a stored cache gives back as from the whole annotations (a warm start)', () => {
    const annotations = [
      ...seedNames().map(name => annotate(readSeed(name))),
      annotate('An earthquake measuring 5.6 struck Qeshm island off Iran on Sunday, killing three people.'),
      annotate('The earthquake on Qeshm island in Iran killed three people on Sunday, officials said.'),
    ];
    const stored = new AnnotationCache('test');
    annotations.forEach((annotation, i) => stored.set(`k${i}`, annotation));
    const readBack = AnnotationCache.fromJSON(JSON.parse(JSON.stringify(stored)), 'test');
    const whole = new ActorIndex();
    const compact = new ActorIndex();
    annotations.forEach((annotation, i) => {
      whole.set(`doc${i}`, annotation);
      const entry = readBack.stored(`k${i}`)!;
      assert.ok('packed' in entry && entry.profile, 'kept compactly, with the happening profile');
      compact.set(`doc${i}`, entry);
    });
    assert.deepStrictEqual(compact.actors(), whole.actors());
    assert.deepStrictEqual(compact.happenings.happenings(), whole.happenings.happenings());
    assert.ok(
      whole.happenings.happenings().some(h => h.documents.length > 1),
      'a happening two articles share',
    );
    annotations.forEach((annotation, i) => assert.deepStrictEqual(compact.annotation(`doc${i}`), annotation));
  });

  it("gives one article's actors as an index holding that article alone gives them", () => {
    for (const name of seedNames()) {
      const annotation = annotate(readSeed(name));
      const index = new ActorIndex();
      index.set(name, annotation);
      const actorOf = articleActors(name, annotation.entities);
      for (const mention of annotation.entities) {
        assert.deepStrictEqual(actorOf(mention.actorKey), index.actor(mention.actorKey), mention.actorKey);
      }
    }
  });
});
