import * as assert from 'assert';
import {
  annotate,
  applyCorrections,
  quoteOf,
  splitActorKey,
  type Annotation,
  type Correction,
} from '../../../../src/core';
import { readSeed } from '../../seeds';

const TEXT = readSeed('000_d6490ba55f8250cf.txt');
const AUTOMATIC = annotate(TEXT);

/** The quote of the `occurrence`-th appearance of `exact`. */
function quote(exact: string, occurrence = 1) {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = TEXT.indexOf(exact, start + 1);
  assert.ok(start >= 0, `"${exact}" occurs ${occurrence} times`);
  return quoteOf(TEXT, { start, end: start + exact.length });
}

function correct(...corrections: Correction[]): Annotation {
  return applyCorrections(AUTOMATIC, TEXT, { corrections, ignore: [] });
}

function entity(annotation: Annotation, exact: string, occurrence = 1) {
  const { start } = quote(exact, occurrence);
  return annotation.entities.find(e => e.start === start);
}

describe('applyCorrections', () => {
  it('returns the automatic annotation itself when there is nothing to correct', () => {
    assert.strictEqual(applyCorrections(AUTOMATIC, TEXT, { corrections: [], ignore: [] }), AUTOMATIC);
  });

  it('adds "North Korea’s Foreign Ministry" as one organization in place of the place and the ministry', () => {
    const corrected = correct({ action: 'add', quote: quote('North Korea’s Foreign Ministry'), type: 'organization' });
    const added = entity(corrected, 'North Korea’s Foreign Ministry')!;
    assert.deepStrictEqual(
      [added.text, added.type, added.actorKey],
      ['North Korea’s Foreign Ministry', 'organization', 'organization:north-koreas-foreign-ministry'],
    );
    assert.ok(!corrected.entities.some(e => e.text === 'Foreign Ministry'));
    assert.strictEqual(corrected.entities.length, AUTOMATIC.entities.length - 1);
    assert.ok(
      AUTOMATIC.entities.some(e => e.text === 'Foreign Ministry'),
      'the automatic annotation is left as it was',
    );
  });

  it('adds a name over a date, which then is no date', () => {
    const corrected = correct({ action: 'add', quote: quote('Vigilant Ace 18'), type: 'organization' });
    assert.ok(entity(corrected, 'Vigilant Ace 18'));
    assert.strictEqual(corrected.dates.length, AUTOMATIC.dates.length);
    const overDate = correct({ action: 'add', quote: quote('November 29'), type: 'place' });
    assert.strictEqual(overDate.dates.length, AUTOMATIC.dates.length - 1);
  });

  it('changes "Washington" in "Washington’s campaign" to an organization, with an organization actor', () => {
    const corrected = correct({ action: 'retype', quote: quote('Washington', 2), type: 'organization' });
    const washington = entity(corrected, 'Washington', 2)!;
    assert.deepStrictEqual([washington.type, washington.actorKey], ['organization', 'organization:washington']);
    assert.strictEqual(entity(corrected, 'Washington', 1)!.type, 'place', 'the other Washington stays a place');
  });

  it('removes a name and a date ("recently")', () => {
    const corrected = correct(
      { action: 'remove', quote: quote('TOKYO') },
      { action: 'remove', quote: quote('recently') },
    );
    assert.strictEqual(entity(corrected, 'TOKYO'), undefined);
    assert.ok(!corrected.dates.some(d => d.text === 'recently'));
    assert.strictEqual(corrected.entities.length, AUTOMATIC.entities.length - 1);
  });

  it('sets the actor of "General Staff" to the Russian General Staff and the events follow', () => {
    // The third "General Staff" is the one in "Chief of Russia’s General Staff".
    const corrected = correct({
      action: 'setActor',
      quote: quote('General Staff', 3),
      actor: 'organization:russian-general-staff',
    });
    assert.strictEqual(entity(corrected, 'General Staff', 3)!.actorKey, 'organization:russian-general-staff');
    const discussed = corrected.events.find(e => e.action === 'discussed')!;
    assert.ok(discussed.actorKeys.includes('organization:russian-general-staff'));
    assert.ok(!discussed.actorKeys.includes('organization:general-staff'));
  });

  it('splits "Gerasimov" out of Valery Gerasimov with a key of its own', () => {
    const gerasimov = entity(AUTOMATIC, 'Gerasimov', 2)!;
    const key = splitActorKey(
      gerasimov,
      AUTOMATIC.entities.map(e => e.actorKey),
    );
    assert.strictEqual(key, 'person:gerasimov~1');
    assert.strictEqual(splitActorKey(gerasimov, [key]), 'person:gerasimov~2');
    const corrected = correct({ action: 'split', quote: quote('Gerasimov', 2), actor: key });
    assert.strictEqual(entity(corrected, 'Gerasimov', 2)!.actorKey, key);
    assert.strictEqual(entity(corrected, 'Valery Gerasimov')!.actorKey, 'person:valeri-gerasimov');
  });

  it('drops every mention of an ignored name, whatever its case, and from the events', () => {
    const corrected = applyCorrections(AUTOMATIC, TEXT, { corrections: [], ignore: ['north korea'] });
    assert.ok(!corrected.entities.some(e => e.text === 'North Korea'));
    assert.ok(!corrected.events.some(e => e.actorKeys.includes('place:north-korea')));
    assert.ok(
      corrected.events.some(e => e.action === 'missile launch'),
      'the events themselves stay',
    );
  });

  it('lets an explicit addition win over the ignore list', () => {
    const corrected = applyCorrections(AUTOMATIC, TEXT, {
      corrections: [{ action: 'add', quote: quote('North Korea'), type: 'place' }],
      ignore: ['North Korea'],
    });
    assert.deepStrictEqual(
      corrected.entities.filter(e => e.text === 'North Korea').map(e => e.start),
      [quote('North Korea').start],
    );
  });

  it('adds a name added in a clause to its event', () => {
    const corrected = correct({ action: 'add', quote: quote('Vigilant Ace 18'), type: 'organization' });
    const drills = corrected.events.find(e => e.action.includes('Vigilant Ace 18'))!;
    assert.ok(drills.actorKeys.includes('organization:vigilant-ace-18'));
  });

  it('applies corrections in order: a retype after a removal finds nothing', () => {
    const corrected = correct(
      { action: 'remove', quote: quote('TASS') },
      { action: 'retype', quote: quote('TASS'), type: 'place' },
    );
    assert.strictEqual(entity(corrected, 'TASS'), undefined);
  });

  it('ignores a correction whose quote is gone, and applies the others to the edited text', () => {
    const edited = TEXT.replace('TOKYO, December 11.', 'TOKYO, December 11, 2017.').replace(
      'Vigilant Ace 18',
      'Vigilant Ace',
    );
    const automatic = annotate(edited);
    const corrected = applyCorrections(automatic, edited, {
      corrections: [
        { action: 'add', quote: quote('Vigilant Ace 18'), type: 'organization' },
        { action: 'retype', quote: quote('Washington', 2), type: 'organization' },
      ],
      ignore: [],
    });
    const washington = corrected.entities.find(e => e.start === edited.indexOf('Washington’s'))!;
    assert.strictEqual(washington.type, 'organization');
    assert.ok(!corrected.entities.some(e => e.text.startsWith('Vigilant')));
  });

  it('keeps every span true to the text', () => {
    const corrected = correct(
      { action: 'add', quote: quote('North Korea’s Foreign Ministry'), type: 'organization' },
      { action: 'retype', quote: quote('Washington', 2), type: 'organization' },
      { action: 'remove', quote: quote('recently') },
    );
    for (const span of [...corrected.entities, ...corrected.dates])
      assert.strictEqual(TEXT.slice(span.start, span.end), span.text);
    const starts = corrected.entities.map(e => e.start);
    assert.deepStrictEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      'entities stay in text order',
    );
  });
});
