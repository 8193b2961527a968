import * as assert from 'assert';
import { spacedSpan, writtenForm } from '../../../../src/core/text/spaced-tokens';

// Sentences written here the way CoNLL-2003 newswire reaches a tool: its tokens joined by single spaces.
const WIRE = [
  'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
  'TOKYO 1996-08-22',
  "Japan 's Foreign Ministry said the U.S. Treasury and IBM ( NYSE : IBM ) had paid $ 5 million .",
  '" It \'s a deal , " he said .',
  '" We do n\'t know . We wo n\'t go , " she said .',
  'Leeds 2 Everton 1',
].join('\n');

describe('writtenForm', () => {
  it('reads the possessive, the brackets, the quotes and the clitics back onto their words', () => {
    assert.deepStrictEqual(writtenForm(WIRE)?.text.split('\n'), [
      'SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.',
      'TOKYO 1996-08-22',
      "Japan's Foreign Ministry said the U.S. Treasury and IBM (NYSE: IBM) had paid $5 million.",
      '"It\'s a deal," he said.',
      '"We don\'t know. We won\'t go," she said.',
      'Leeds 2 Everton 1',
    ]);
  });

  it('closes a quote that opened on the line before, whatever stands before it, and glues a headline\'s "\'S"', () => {
    assert.strictEqual(writtenForm('Ikeda said , " We won . "\nHe left .')?.text, 'Ikeda said, "We won."\nHe left.');
    assert.strictEqual(writtenForm("JAPAN 'S IKEDA SAYS TALKS FAILED .")?.text, "JAPAN'S IKEDA SAYS TALKS FAILED.");
  });

  it("glues a plural's possessive apostrophe to its word", () => {
    assert.strictEqual(
      writtenForm("The Mine Workers ' Union gave two weeks ' notice , officials said .")?.text,
      "The Mine Workers' Union gave two weeks' notice, officials said.",
    );
  });

  it('closes a quote that opened on the line before', () => {
    const text = '" The talks went well .\nWe will meet again , " Ikeda said .';
    assert.strictEqual(writtenForm(text)?.text, '"The talks went well.\nWe will meet again," Ikeda said.');
  });

  it('leaves prose alone, even with a stray spaced comma', () => {
    assert.strictEqual(writtenForm("Japan's Foreign Ministry said on Thursday it would not agree."), null);
    assert.strictEqual(
      writtenForm('Officials in Bonn , Paris and London said the talks, which began in May, had failed.'),
      null,
    );
    assert.strictEqual(writtenForm('Leeds 2 Everton 1'), null);
  });

  it('keeps every character it keeps where it was, and drops only spaces', () => {
    const form = writtenForm(WIRE)!;
    for (let k = 0; k < form.text.length; k++) assert.strictEqual(form.text[k], WIRE[form.origin[k]], `at ${k}`);
    assert.strictEqual(
      WIRE.length - form.text.length,
      WIRE.replace(/[^ ]/g, '').length - form.text.replace(/[^ ]/g, '').length,
    );
  });

  it("leaves a sentence's stop standing apart out of a name that ends in an abbreviation", () => {
    const text = 'Shares rose , said a buyer for Elgon Kawa Ltd . The deal closed .';
    const form = writtenForm(text)!;
    const start = form.text.indexOf('Elgon Kawa Ltd.');
    const span = spacedSpan(text, form, { start, end: start + 'Elgon Kawa Ltd.'.length, text: '' });
    assert.strictEqual(span.text, 'Elgon Kawa Ltd');
  });

  it('moves a name of the prose form back onto the spaced text, spaces and all', () => {
    const form = writtenForm(WIRE)!;
    const start = form.text.indexOf("Japan's Foreign Ministry");
    const span = spacedSpan(WIRE, form, { start, end: start + "Japan's Foreign Ministry".length, text: '' });
    assert.strictEqual(span.text, "Japan 's Foreign Ministry");
    assert.strictEqual(WIRE.slice(span.start, span.end), span.text);
  });

  it('reads a single spaced line of many quotes in time linear in its length', () => {
    const line = '" We won , " he said . '.repeat(12_000);
    const started = performance.now();
    const form = writtenForm(line);
    // 276,000 characters on one line: about 9 s when each quote searches back to the line's start.
    assert.ok(performance.now() - started < 2000, `${Math.round(performance.now() - started)} ms`);
    assert.strictEqual(form?.text.slice(0, 38), '"We won," he said. "We won," he said. ');
    assert.strictEqual(form.text.length, line.length - 12_000 * 4);
  });
});
