import * as assert from 'assert';
import { annotate } from '../../../src/core/annotate';
import type { Annotation } from '../../../src/core/types';
import { newsTexts } from './fuzz-texts';
import { annotationProblems } from './invariants';

// From the wire reports on North Korea's launch of 29 November 2017 (the seeds' story).
const ARTICLE =
  'TOKYO (Reuters) - North Korea fired a ballistic missile on Wednesday that landed in the sea off Japan.\n' +
  'Russian Foreign Minister Sergei Lavrov said in Moscow that the launch raised tension on the Korean Peninsula.\n' +
  'The U.N. Security Council will meet on Friday, a spokesman for Secretary-General Antonio Guterres said.\n';

function valid(text: string): Annotation {
  const annotation = annotate(text);
  assert.deepStrictEqual(annotationProblems(text, annotation), []);
  return annotation;
}

const names = (annotation: Annotation) => annotation.entities.map(e => `${e.type}:${e.text}`);

describe('odd inputs to the core', function () {
  this.timeout(120_000);
  const plain = annotate(ARTICLE);

  it('finds the article’s names to compare the odd versions with', () => {
    assert.deepStrictEqual(annotationProblems(ARTICLE, plain), []);
    for (const name of [
      'place:North Korea',
      'place:Japan',
      'person:Sergei Lavrov',
      'place:Moscow',
      'person:Antonio Guterres',
    ]) {
      assert.ok(names(plain).includes(name), `${name} in ${names(plain).join(', ')}`);
    }
  });

  it('gives nothing, without an exception, for an empty or blank text', () => {
    for (const text of ['', ' ', '\n\n', '\r\n', '\t \f']) {
      const annotation = valid(text);
      assert.deepStrictEqual(
        [annotation.entities, annotation.dates, annotation.events],
        [[], [], []],
        JSON.stringify(text),
      );
    }
  });

  it('finds the same names with CRLF and with lone CR line ends', () => {
    for (const text of [ARTICLE.replace(/\n/g, '\r\n'), ARTICLE.replace(/\n/g, '\r')]) {
      const annotation = valid(text);
      assert.deepStrictEqual(names(annotation), names(plain));
      assert.deepStrictEqual(
        annotation.dates.map(d => d.text),
        plain.dates.map(d => d.text),
      );
    }
  });

  it('keeps UTF-16 offsets right after emoji and other astral characters before the names', () => {
    // Two UTF-16 units each, before the text and before every name.
    let text = ARTICLE;
    for (const entity of [...plain.entities].reverse())
      text = text.slice(0, entity.start) + '🚀' + text.slice(entity.start);
    const breaking = '𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 ';
    assert.strictEqual(breaking.length, 17);
    text = breaking + text;
    const annotation = valid(text);
    assert.deepStrictEqual(names(annotation), names(plain));
    annotation.entities.forEach((entity, i) =>
      assert.strictEqual(entity.start, plain.entities[i].start + 17 + 2 * (i + 1), entity.text),
    );
  });

  it('finds the English names among right-to-left and CJK text', () => {
    const text =
      'موسكو (رويترز) — ' + ARTICLE.replace('in Moscow', 'in Moscow (モスクワ, 莫斯科)') + 'وزير الخارجية 北京 서울\n';
    const annotation = valid(text);
    for (const name of ['place:North Korea', 'person:Sergei Lavrov', 'place:Moscow', 'person:Antonio Guterres']) {
      assert.ok(names(annotation).includes(name), `${name} in ${names(annotation).join(', ')}`);
    }
  });

  it('finds the names in HTML pasted as text, and never a tag or an entity reference as a name', () => {
    const html = `<html><body>\n${ARTICLE.split('\n')
      .filter(Boolean)
      .map(line => `<p class="story">${line.replace(' - ', ' &mdash; ')}</p>`)
      .join('\n')}\n</body></html>`;
    const annotation = valid(html);
    for (const name of ['place:North Korea', 'person:Sergei Lavrov', 'person:Antonio Guterres']) {
      assert.ok(names(annotation).includes(name), `${name} in ${names(annotation).join(', ')}`);
    }
    assert.deepStrictEqual(
      annotation.entities.filter(e => /[<>&]/.test(e.text)).map(e => e.text),
      [],
    );
  });

  it('annotates a single 5 MB article, names up to its end', () => {
    const text = `${newsTexts().join('\n\n')}\n\n`.repeat(2000).slice(0, 5_000_000);
    const annotation = valid(text);
    assert.ok(annotation.entities.length > 10_000, `${annotation.entities.length} names`);
    assert.ok(annotation.entities[annotation.entities.length - 1].end > 4_900_000, 'names up to the end');
  });

  it('annotates a line of 100,000 characters, names across its inner cuts included', () => {
    const line = ARTICLE.replace(/\n/g, ' ');
    const text = line.repeat(Math.ceil(100_000 / line.length));
    assert.ok(text.length >= 100_000 && !text.includes('\n'));
    const annotation = valid(text);
    const copies = Math.ceil(100_000 / line.length);
    assert.strictEqual(annotation.entities.filter(e => e.text === 'Sergei Lavrov').length, copies);
    assert.strictEqual(annotation.dates.filter(d => d.text === 'Wednesday').length, copies);
  });
});
