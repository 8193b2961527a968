import * as assert from 'assert';
import { locateQuote, quoteOf } from '../../../../src/core/corrections';
import { readSeed } from '../../seeds';

const SENTENCE =
  'South Korea and the US launched the Vigilant Ace 18 joint drills. North Korea’s Foreign Ministry issued a statement strongly condemning the drills and noting that Washington’s campaign to demonize Pyongyang was leading to a war.';

describe('quote selectors', () => {
  it('keeps the exact text, up to 32 characters of context on each side and the offset', () => {
    const start = SENTENCE.indexOf('Washington');
    const quote = quoteOf(SENTENCE, { start, end: start + 'Washington'.length });
    assert.strictEqual(quote.exact, 'Washington');
    assert.strictEqual(quote.prefix, 'ning the drills and noting that ');
    assert.strictEqual(quote.suffix, '’s campaign to demonize Pyongyan');
    assert.strictEqual(quote.start, start);
  });

  it('finds the quote where it was in an unchanged text', () => {
    const start = SENTENCE.indexOf('Pyongyang');
    const quote = quoteOf(SENTENCE, { start, end: start + 9 });
    assert.deepStrictEqual(locateQuote(SENTENCE, quote), { start, end: start + 9, text: 'Pyongyang' });
  });

  it('follows the quote when text is inserted before it', () => {
    const start = SENTENCE.indexOf('Washington');
    const quote = quoteOf(SENTENCE, { start, end: start + 10 });
    const edited = 'SEOUL, December 4. /TASS/. ' + SENTENCE;
    const found = locateQuote(edited, quote);
    assert.strictEqual(found?.start, start + 'SEOUL, December 4. /TASS/. '.length);
    assert.strictEqual(edited.slice(found!.start, found!.end), 'Washington');
  });

  it('tells apart two occurrences by their context, even when both moved', () => {
    const text = readSeed('000_d6490ba55f8250cf.txt');
    // "North Korea" in "the risk of war between the United States and North Korea" — not the first one.
    const start = text.indexOf('North Korea was "increasing');
    const quote = quoteOf(text, { start, end: start + 11 });
    const edited = text.replace('All news', 'All news from TASS, the Russian news agency');
    const found = locateQuote(edited, quote)!;
    assert.ok(edited.startsWith('North Korea was "increasing every day."', found.start));
  });

  it('keeps the best context match when the sentence around it was edited a little', () => {
    const start = SENTENCE.indexOf('Pyongyang');
    const quote = quoteOf(SENTENCE, { start, end: start + 9 });
    const edited = SENTENCE.replace('Pyongyang was leading', 'Pyongyang is leading').replace(
      'South Korea and the US',
      'Pyongyang said South Korea and the US',
    );
    const found = locateQuote(edited, quote)!;
    assert.ok(edited.slice(0, found.start).endsWith('campaign to demonize '));
  });

  it('gives null once the quoted text is gone', () => {
    const quote = quoteOf(SENTENCE, { start: 0, end: 11 });
    assert.strictEqual(locateQuote(SENTENCE.replace('South Korea', 'Seoul'), quote), null);
  });
});
