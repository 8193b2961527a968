import * as assert from 'assert';
import { ActorIndex, Linker, annotate, articleOfLine, toArticleLine, toContract } from '../../../../src/core';

const LAVROV =
  'MOSCOW, Jan 14 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Thursday that talks with Japan would go on. ' +
  'Lavrov met Japanese officials in Moscow.';
const KOREA =
  'SEOUL, Nov 29 (Reuters) - North Korea launched a missile on Wednesday, and Japan lodged a protest, Lavrov said.';

describe("the map step's article line", () => {
  it("carries each entity's actor key and the actor's name within the article", () => {
    const annotation = annotate(LAVROV);
    const line = toArticleLine('lavrov', annotation);
    assert.deepStrictEqual(
      line.entities.map(e => e.actorKey),
      annotation.entities.map(m => m.actorKey),
    );
    const surname = line.entities.find(e => e.text === 'Lavrov')!;
    assert.strictEqual(surname.actorName, 'Sergei Lavrov');
    assert.ok(!('actors' in line));
  });

  it('reads back, through JSON, the annotation it was made from', () => {
    for (const text of [LAVROV, KOREA]) {
      const annotation = annotate(text);
      const read = articleOfLine(JSON.parse(JSON.stringify(toArticleLine('a', annotation))));
      assert.deepStrictEqual(read, { id: 'a', annotation });
    }
  });

  it('says what is wrong with a line that is not one', () => {
    const good = JSON.parse(JSON.stringify(toArticleLine('a', annotate(LAVROV))));
    assert.deepStrictEqual(articleOfLine([]), { problem: 'the line: not a JSON object' });
    assert.deepStrictEqual(articleOfLine({ ...good, id: 7 }), { problem: 'id: not a string' });
    assert.deepStrictEqual(articleOfLine({ ...good, entities: [{ ...good.entities[0], type: 'thing' }] }), {
      problem: 'entities[0].type: not one of person, organization, place',
    });
    assert.deepStrictEqual(articleOfLine({ ...good, dates: [{ ...good.dates[0], start: -1 }] }), {
      problem: 'dates[0].start: not an offset',
    });
  });
});

describe('linking article lines', () => {
  it('gives the contract of the articles annotated together, a surname joined to its full name across articles', () => {
    const together = new ActorIndex();
    together.set('lavrov', annotate(LAVROV));
    together.set('korea', annotate(KOREA));
    const linker = new Linker();
    for (const [id, text] of [
      ['lavrov', LAVROV],
      ['korea', KOREA],
    ]) {
      const read = articleOfLine(JSON.parse(JSON.stringify(toArticleLine(id, annotate(text)))));
      assert.ok('annotation' in read);
      linker.add(read.id, read.annotation);
    }
    assert.deepStrictEqual(linker.contract(), toContract(together, ['lavrov', 'korea']));
    assert.ok(
      linker.contract().documents[1].entities.some(e => e.text === 'Lavrov' && e.actor === 'person:sergei-lavrov'),
    );
  });

  it('keeps two articles with one id, the second as id#n', () => {
    const linker = new Linker();
    linker.add('a', annotate(LAVROV));
    linker.add('a', annotate(KOREA));
    assert.deepStrictEqual(
      linker.contract().documents.map(d => d.id),
      ['a', 'a#1'],
    );
  });
});
