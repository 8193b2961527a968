import * as assert from 'assert';
import { annotate } from '../../../../src/core';

function mentionsOf(text: string) {
  return annotate(text).events;
}

describe('event mentions', () => {
  it('finds every action of "Gaetano Lo Presti, who was already convicted of mob-related crimes, hanged himself…"', () => {
    const text =
      'Gaetano Lo Presti, who was already convicted of mob-related crimes, hanged himself in his prison cell, police sources said Wednesday.';
    const events = mentionsOf(text);
    assert.deepStrictEqual(
      events.map(e => e.trigger.text),
      ['convicted', 'crimes', 'hanged', 'said'],
    );
    const hanged = events.find(e => e.trigger.text === 'hanged')!;
    assert.strictEqual(hanged.main, true);
    assert.strictEqual(hanged.lemma, 'hang');
    assert.deepStrictEqual(hanged.actorKeys, ['person:gaetano-lo-presti']);
    assert.strictEqual(events.find(e => e.trigger.text === 'said')!.main, false);
  });

  it('marks a treaty that was not signed as negative and never main', () => {
    const text =
      'South and North Korea remain legally at war, as no peace treaty was signed after the Korean War of 1950-1953.';
    const signed = mentionsOf(text).find(e => e.trigger.text === 'signed')!;
    assert.strictEqual(signed.polarity, 'negative');
    assert.strictEqual(signed.main, false);
  });

  it('tells a condition, a possibility and a plan apart', () => {
    const events = mentionsOf(
      'If North Korea fires another missile, Japan could impose new sanctions. Lavrov will meet Kishida in Moscow on Tuesday.',
    );
    const by = (trigger: string) => events.find(e => e.trigger.text === trigger)!;
    assert.strictEqual(by('fires').modality, 'hypothetical');
    assert.strictEqual(by('impose').modality, 'possible');
    assert.strictEqual(by('meet').modality, 'future');
    assert.strictEqual(by('meet').main, true);
    assert.strictEqual(by('fires').main, false);
  });

  it('reads the noun "fire" as a blaze and "destroyed" as an action the lexicon lacks', () => {
    const events = mentionsOf('A suspicious fire virtually destroyed the Wasilla Bible Church early Saturday.');
    assert.deepStrictEqual(
      events.map(e => [e.trigger.text, e.lemma]),
      [
        ['fire', 'blaze'],
        ['destroyed', 'destroy'],
      ],
    );
  });

  it('finds a headline verb the lexicon lacks after any capitalised word, as the main mention', () => {
    const events = mentionsOf('Senator Ann Reyes Easily Retains Her Seat\nThe vote was held on Sunday.');
    const retains = events.find(e => e.trigger.text === 'Retains')!;
    assert.ok(retains, events.map(e => e.trigger.text).join(', '));
    assert.strictEqual(retains.lemma, 'retain');
    assert.strictEqual(retains.main, true);
    assert.deepStrictEqual(retains.actorKeys, ['person:ann-reyes']);
  });

  it('reads "left" and "lost" as verbs after a subject, and as adjectives before a noun or after a time', () => {
    const left = mentionsOf('The senator left the party in March.').find(e => e.trigger.text === 'left');
    assert.strictEqual(left?.lemma, 'leave');
    assert.strictEqual(left?.main, true);
    const lost = mentionsOf('Thousands of homes have lost power since the storm.').find(e => e.trigger.text === 'lost');
    assert.strictEqual(lost?.lemma, 'lose');
    const triggers = mentionsOf('He scored with two minutes left and hurt his left knee.').map(e => e.trigger.text);
    assert.ok(!triggers.includes('left'), triggers.join(', '));
    assert.ok(triggers.includes('hurt'), triggers.join(', '));
  });

  it('finds verbs whose past is their base, participles with "of", and named events, none of them main', () => {
    const events = mentionsOf(
      'A trial date has been set for the man suspected of robbing the bank, while organizers prepare the Oscars.',
    );
    const by = (trigger: string) => events.find(e => e.trigger.text === trigger);
    assert.strictEqual(by('set')?.lemma, 'set');
    assert.strictEqual(by('suspected')?.main, false);
    assert.strictEqual(by('Oscars')?.main, false);
  });

  it('reads a verb form after a word of degree as an adjective, and the same form elsewhere as a verb', () => {
    const triggers = (text: string) => mentionsOf(text).map(e => e.trigger.text);
    assert.ok(
      !triggers('It is the most pressing issue, and a very worrying sign.').some(t => /pressing|worrying/.test(t)),
    );
    assert.ok(triggers('Protesters were pressing the government for answers.').includes('pressing'));
  });

  it('keeps "opened fire" one trigger', () => {
    const events = mentionsOf('A gunman opened fire at the office party on Friday.');
    assert.deepStrictEqual(
      events.filter(e => /fire|opened/.test(e.trigger.text)).map(e => e.trigger.text),
      ['opened fire'],
    );
  });

  it('keeps every trigger a slice of the text', () => {
    const text =
      'Esther Williams, swimming star, dies at 91\nThe quake struck at 10:20 a.m. and killed 10 people, officials said.';
    for (const e of mentionsOf(text)) assert.strictEqual(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  });
});
