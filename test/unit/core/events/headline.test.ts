import * as assert from 'assert';
import { findHeadline } from '../../../../src/core';
import { readSeed } from '../../seeds';

describe('findHeadline', () => {
  it('skips the site furniture above the headline', () => {
    assert.strictEqual(
      findHeadline(readSeed('000_d6490ba55f8250cf.txt'))?.text,
      'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue',
    );
    assert.strictEqual(
      findHeadline(readSeed('004_0b466d24d87483c2.txt'))?.text,
      'Russia, Japan Disinterested in Fueling Situation on Korean Peninsula',
    );
  });

  it('gives an exact span, after CRLF line ends too', () => {
    const text =
      'All news\r\n\r\n  Russian, Japanese diplomats discuss over phone Korean Peninsula developments\r\n\r\nMOSCOW, October 26. /TASS/. Text.';
    const headline = findHeadline(text);
    assert.ok(headline);
    assert.strictEqual(text.slice(headline.start, headline.end), headline.text);
    assert.strictEqual(headline.text, 'Russian, Japanese diplomats discuss over phone Korean Peninsula developments');
  });

  it('finds none when the article starts with its dateline or a plain sentence', () => {
    assert.strictEqual(findHeadline('TOKYO, December 11. /TASS/. North Korea launched a missile.'), null);
    assert.strictEqual(
      findHeadline('Tara Reid checked herself into Promises Treatment Center, her rep told People.'),
      null,
    );
  });
});
