import * as assert from 'assert';
import { annotate, type NewsEvent } from '../../../../src/core';
import { readSeed, seedNames } from '../../seeds';

// The events the Events view lists: one main mention per clause.
function eventsOf(text: string, articleDate?: string): NewsEvent[] {
  return annotate(text, articleDate ? { articleDate } : {}).events.filter(e => e.main);
}

function only(text: string, articleDate?: string): NewsEvent {
  const events = eventsOf(text, articleDate);
  assert.strictEqual(events.length, 1, JSON.stringify(events.map(e => e.trigger.text)));
  return events[0];
}

describe('extractEvents', () => {
  it('takes "conducted a missile launch" as the trigger, with North Korea and November 29', () => {
    const text = 'On November 29, North Korea conducted a missile launch, the first since September 15.';
    const event = only(text, '2017-12-11');
    assert.strictEqual(event.trigger.text, 'conducted a missile launch');
    assert.strictEqual(event.action, 'missile launch');
    assert.strictEqual(event.kind, 'military');
    assert.deepStrictEqual(event.actorKeys, ['place:north-korea']);
    assert.strictEqual(event.date, '2017-11-29');
    assert.strictEqual(event.dateSource, 'sentence');
    assert.strictEqual(event.text, text);
  });

  it('puts the agent first: Gerasimov and Onodera before the names that qualify them', () => {
    const event = only(
      'Chief of Russia’s General Staff Army General Valery Gerasimov and Japanese Foreign Minister Itsunori Onodera have discussed the North Korean missile issue.',
    );
    assert.strictEqual(event.trigger.text, 'discussed');
    assert.strictEqual(event.kind, 'meeting');
    assert.deepStrictEqual(event.actorKeys.slice(0, 2), ['person:valeri-gerasimov', 'person:itsunori-onodera']);
  });

  it('puts the possessor after its organization: "North Korea’s Foreign Ministry issued…"', () => {
    const event = only('North Korea’s Foreign Ministry launched a campaign against the drills.');
    assert.strictEqual(event.actorKeys[0].startsWith('organization:'), true, event.actorKeys.join());
    assert.ok(event.actorKeys.includes('place:north-korea'));
  });

  it('gives the place where it happened, apart from the actors', () => {
    const event = only(
      'Former Japanese Foreign Minister Masahiko Komura arrived in Moscow on Sunday with a four-day visit.',
    );
    assert.strictEqual(event.trigger.text, 'arrived');
    assert.strictEqual(event.kind, 'movement');
    assert.deepStrictEqual(event.actorKeys, ['person:masahiko-komura']);
    assert.strictEqual(event.placeKey, 'place:moscow');
  });

  it('finds one event per clause, the second sharing the first one’s subject', () => {
    const events = eventsOf(
      'North Korea declared itself a nuclear power in 2005 and conducted nuclear tests in 2006, 2009 and 2013.',
    );
    const tests = events.find(e => e.action === 'nuclear tests');
    assert.ok(tests, JSON.stringify(events.map(e => e.trigger.text)));
    assert.deepStrictEqual(tests.actorKeys, ['place:north-korea']);
    assert.strictEqual(tests.date, '2006');
  });

  it('does not make "said" an event, but what was said, attributed to the speaker', () => {
    const text = 'Lavrov added that Russia would share its assessments of the situation on the Korean Peninsula.';
    const event = only(text);
    assert.strictEqual(event.trigger.text, 'share');
    assert.deepStrictEqual(event.actorKeys, ['place:russia']);
    assert.strictEqual(event.speakerKey, annotate(text).entities.find(e => e.text === 'Lavrov')?.actorKey);
    assert.strictEqual(event.placeKey, 'place:korean-peninsula');
  });

  it('takes the reported launch from "As the South Korean military reported on October 19, North Korea launched…"', () => {
    const event = only(
      'As the South Korean military reported on October 19, North Korea launched a ballistic missile from a coastal site in the country’s northeast, making it the eighth missile launch since the beginning of this year.',
      '2021-10-26',
    );
    assert.strictEqual(event.trigger.text, 'launched');
    assert.strictEqual(event.action, 'launched a ballistic missile');
    assert.strictEqual(event.date, '2021-10-19');
  });

  it('attributes a quote to the speaker named after it', () => {
    const text =
      '“We will definitely share our assessments of the talks with Japan,” Russian Foreign Minister Sergei Lavrov said.';
    const event = only(text);
    assert.strictEqual(event.trigger.text, 'share');
    assert.strictEqual(event.speakerKey, 'person:sergei-lavrov');
  });

  it('attributes a quote that runs over two sentences to the speaker at its end', () => {
    const text =
      '"For Japan, North Korea is the most pressing issue. North Korea continues to develop its nuclear and missile programs, which pose a serious threat to the global community," Itsunori Onodera said.';
    const event = only(text);
    assert.strictEqual(event.trigger.text, 'develop');
    assert.strictEqual(event.speakerKey, 'person:itsunori-onodera');
  });

  it('gives "he said" the person named last before it', () => {
    const text =
      'Japanese Defense Minister Itsunori Onodera met reporters. "North Korea launched another missile," he said.';
    const launch = eventsOf(text).find(e => e.trigger.text === 'launched');
    assert.ok(launch);
    assert.strictEqual(launch.speakerKey, 'person:itsunori-onodera');
  });

  it('does not report what might have been, was denied or was only a wish', () => {
    assert.deepStrictEqual(
      eventsOf('In Seoul’s estimates, North Korea could have tested a submarine-launched ballistic missile.').map(
        e => e.trigger.text,
      ),
      [],
    );
    assert.deepStrictEqual(
      eventsOf('Russia did not launch any missile toward Japan.').map(e => e.trigger.text),
      [],
    );
    assert.deepStrictEqual(
      eventsOf(
        '"We believe that the issue should be resolved only through political and diplomatic means," Gerasimov stressed.',
      ).map(e => e.trigger.text),
      [],
    );
  });

  it('dates a past happening without a date of its own by the article, and says so', () => {
    const event = only(
      'The situation on the Korean Peninsula remains tense while Seoul and Washington hold joint military drills.',
      '2017-12-11',
    );
    assert.strictEqual(event.action, 'joint military drills');
    assert.deepStrictEqual(event.actorKeys, ['place:seoul', 'place:washington']);
    assert.strictEqual(event.date, '2017-12-11');
    assert.strictEqual(event.dateSource, 'article');
  });

  it('leaves a plan without a date undated', () => {
    const event = only('Russia will share its assessments of the situation on the Korean Peninsula.', '2017-12-11');
    assert.strictEqual(event.date, null);
    assert.strictEqual(event.dateSource, null);
  });

  it('ignores a date that only starts a span ("since the beginning of this year")', () => {
    const event = only(
      'North Korea launched a missile on October 19, the eighth since the beginning of this year.',
      '2021-10-26',
    );
    assert.strictEqual(event.date, '2021-10-19');
  });

  it('names the happening by its subject: "Six-party talks … began in August 2003"', () => {
    const event = only(
      'Six-party talks on resolving the nuclear crisis on the Korean Peninsula began in August 2003, involving Russia, the US, China, Japan and the two Korean states.',
    );
    assert.strictEqual(event.trigger.text, 'began');
    assert.strictEqual(event.action, 'Six-party talks began');
    assert.strictEqual(event.kind, 'meeting');
    assert.strictEqual(event.date, '2003-08');
    assert.ok(event.actorKeys.includes('place:russia') && !event.actorKeys.includes('place:korean-peninsula'));
  });

  it('reads a headline in the present: "Lindsay Lohan checks into Betty Ford Center"', () => {
    const event = only('Lindsay Lohan checks into Betty Ford Center');
    assert.strictEqual(event.trigger.text, 'checks');
    assert.deepStrictEqual(event.actorKeys[0], 'person:lindsay-lohan');
  });

  it('reads an event noun after a reporting verb: "announced its final withdrawal"', () => {
    const event = only(
      'In January 2003, North Korea announced its final withdrawal from the Treaty on the Non-Proliferation of Nuclear Weapons.',
    );
    assert.strictEqual(event.trigger.text, 'withdrawal');
    assert.strictEqual(event.action, 'final withdrawal');
    assert.strictEqual(event.kind, 'movement');
    assert.strictEqual(event.date, '2003-01');
  });

  it('keeps every event and trigger span exact, inside its sentence, on the seeds', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      const events = annotate(text).events;
      assert.ok(events.length >= 5, `${name}: ${events.length} events`);
      for (const e of events) {
        assert.strictEqual(text.slice(e.start, e.end), e.text);
        assert.strictEqual(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
        assert.ok(e.trigger.start >= e.start && e.trigger.end <= e.end, `${name}: trigger outside its sentence`);
        assert.ok(e.action.length > 0);
      }
    }
  });

  it('never throws on odd text, and finds nothing in it', () => {
    for (const text of [
      '"',
      '“ ” “',
      'and and and',
      'He said. She said, "',
      'to to to be',
      '\u0000 launched \uD800',
      'conducted a',
      '— —',
    ]) {
      assert.doesNotThrow(() => annotate(text), text);
    }
  });
});
