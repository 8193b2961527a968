import * as assert from 'assert';
import { annotate } from '../../../../src/core';
import { readSeed } from '../../seeds';

// The seed problems of issue 16, as classes: a denied event, a meeting told inside a report, a pronoun
// subject, and background of another year kept apart from the news.
describe('events of the seeds', () => {
  const sputnik = annotate(readSeed('004_0b466d24d87483c2.txt'));

  it("makes the Lavrov–Komura meeting an event of both parties, dated Tuesday by Lavrov's report", () => {
    const meeting = sputnik.events.find(
      e => e.main && e.kind === 'meeting' && e.actorKeys.includes('person:masahiko-komura'),
    );
    assert.ok(meeting, 'a main meeting event with Komura');
    assert.strictEqual(meeting.actorKeys[0], 'person:sergei-lavrov');
    assert.strictEqual(meeting.date, 'XXXX-WXX-2');
  });

  it('never lists a denied event as having happened', () => {
    for (const name of ['000_d6490ba55f8250cf.txt', '001_b0e5feebaca363bc.txt', '004_0b466d24d87483c2.txt']) {
      assert.deepStrictEqual(
        annotate(readSeed(name))
          .events.filter(e => e.main && e.polarity === 'negative')
          .map(e => e.trigger.text),
        [],
      );
    }
    assert.ok(sputnik.events.some(e => e.trigger.text === 'signed' && e.polarity === 'negative' && !e.main));
  });

  it('makes Pyongyang the actor of the claimed hydrogen bomb test', () => {
    const test = sputnik.events.find(e => e.main && /hydrogen bomb test/.test(e.trigger.text));
    assert.deepStrictEqual(test?.actorKeys, ['place:pyongyang']);
  });

  it("keeps the six-party talks of 2003 apart from this week's meeting", () => {
    const talks = sputnik.events.find(e => e.main && e.date === '2003' && e.kind === 'meeting');
    const meeting = sputnik.events.find(e => e.main && e.kind === 'meeting' && e.date === 'XXXX-WXX-2');
    assert.ok(talks && meeting);
    assert.notStrictEqual(talks.happeningKey, meeting.happeningKey);
  });

  it('makes the headline and the lead of 000 and 001 one happening', () => {
    for (const name of ['000_d6490ba55f8250cf.txt', '001_b0e5feebaca363bc.txt']) {
      const text = readSeed(name);
      const events = annotate(text).events.filter(e => e.main);
      const headline = events.find(e => e.lemma === 'discuss');
      const lead = events.find(e => e.lemma === 'discuss' && e.start > text.indexOf('/TASS/.'));
      assert.ok(headline && lead && headline.trigger.start < lead.trigger.start, `${name}: a headline and a lead`);
      assert.strictEqual(lead.happeningKey, headline.happeningKey, name);
    }
  });

  it('dates "talks took place" by its own clause, not by "stated in April 2009", and keeps it apart', () => {
    const text = readSeed('001_b0e5feebaca363bc.txt');
    const events = annotate(text).events;
    const tookPlace = events.find(e => e.trigger.text === 'took place');
    const headline = events.find(e => e.main && e.lemma === 'discuss');
    assert.ok(tookPlace && headline);
    assert.notStrictEqual(tookPlace.date, '2009-04');
    assert.notStrictEqual(tookPlace.dateSource, 'sentence');
    assert.notStrictEqual(tookPlace.happeningKey, headline.happeningKey);
  });
});
