import * as assert from 'assert';
import { renderLaneTitles, renderTimeline, type TimelineModel } from '../../../../src/features/events/timeline-svg';

const model: TimelineModel = {
  lanes: [
    {
      id: 'a',
      title: 'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue',
      subtitle: 'XXXX-12-11 · 000.txt',
    },
    {
      id: 'b',
      title: 'Russian, Japanese diplomats discuss over phone Korean Peninsula developments',
      subtitle: '2021-10-26 · 001.txt',
    },
  ],
  marks: [
    {
      id: 'a#1',
      lane: 'a',
      date: 'XXXX-11-29',
      kind: 'military',
      label: 'XXXX-11-29 · North Korea — missile launch',
      detail: 'On November 29, North Korea conducted a missile launch.',
    },
    {
      id: 'a#2',
      lane: 'a',
      date: null,
      kind: 'other',
      label: 'brought up',
      detail: 'The issue was brought up by the "Japanese" defense minister <sic> & more.',
    },
    {
      id: 'b#1',
      lane: 'b',
      date: '2003-08',
      kind: 'meeting',
      label: '2003-08 · Russia — Six-party talks began',
      detail: 'Six-party talks … began in August 2003.',
    },
    {
      id: 'b#2',
      lane: 'b',
      date: '2003-08',
      kind: 'meeting',
      label: '2003-08 · talks took place',
      detail: 'A total of six rounds of talks took place.',
    },
  ],
};

describe('renderTimeline', () => {
  it('draws one lane per article and one mark per event', () => {
    const svg = renderTimeline(model, { standalone: true });
    assert.strictEqual(svg.match(/<g class="lane"/g)?.length, 2);
    assert.strictEqual(svg.match(/<g class="mark /g)?.length, 4);
  });

  it('puts the dates in order on the axis: known years, unknown years, then "no date"', () => {
    const svg = renderTimeline(model, { standalone: false });
    const axis = [...svg.matchAll(/<text class="axis-label"[^>]*>([^<]*)</g)].map(m => m[1]);
    assert.deepStrictEqual(axis, ['2003-08', 'XXXX-11-29', 'no date']);
    assert.match(svg, /year unknown/);
  });

  it('writes the axis dates in words when the model has them, the note below, the value as a hover title', () => {
    const svg = renderTimeline(
      { ...model, dateLabels: { 'XXXX-11-29': ['Nov 29', 'year unknown'], '2003-08': ['August 2003', null] } },
      { standalone: false },
    );
    const axis = [...svg.matchAll(/<text class="axis-(label|note)"[^>]*>([^<]*)</g)].map(m => `${m[1]}:${m[2]}`);
    assert.deepStrictEqual(axis, ['label:August 2003', 'label:Nov 29', 'note:year unknown', 'label:no date']);
    assert.match(svg, /Nov 29<title>XXXX-11-29<\/title>/);
  });

  it('stacks two events of one article on one date', () => {
    const svg = renderTimeline(model, { standalone: false });
    const circles = [...svg.matchAll(/data-id="b#\d"[^>]*>\n<circle cx="(\d+)" cy="(\d+)"/g)].map(m => [
      Number(m[1]),
      Number(m[2]),
    ]);
    assert.strictEqual(circles.length, 2);
    assert.strictEqual(circles[0][0], circles[1][0]);
    assert.notStrictEqual(circles[0][1], circles[1][1]);
  });

  it('escapes text, and carries styles and hover titles only in a standalone file', () => {
    const standalone = renderTimeline(model, { standalone: true });
    assert.match(standalone, /&quot;Japanese&quot; defense minister &lt;sic&gt; &amp; more/);
    assert.doesNotMatch(standalone, /<sic>/);
    assert.match(standalone, /<style>/);
    assert.match(standalone, /<title>XXXX-11-29 · North Korea — missile launch/);
    const inWebview = renderTimeline(model, { standalone: false });
    assert.doesNotMatch(inWebview, /<style>|style="/);
  });

  it('gives the lane titles a column of their own, as tall as the lanes', () => {
    const titles = renderLaneTitles(model);
    assert.strictEqual(titles.match(/class="lane-title"/g)?.length, 2);
    assert.doesNotMatch(titles, /class="mark/);
  });
});
