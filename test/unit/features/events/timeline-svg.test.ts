import * as assert from 'assert';
import {
  renderLaneTitles,
  renderTimeline,
  type TimelineMark,
  type TimelineModel,
} from '../../../../src/features/events/timeline-svg';

// The dates of the three seed articles' events: 1950 to October 2021, some without a year, some undated.
const mark = (
  id: string,
  lane: string,
  date: string | null,
  kind: TimelineMark['kind'],
  label: string,
  detail = label,
): TimelineMark => ({ id, lane, date, when: date ?? 'no date', kind, label, detail });

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
    { id: 'c', title: 'Tension on the Korean Peninsula', subtitle: 'undated · 004.txt' },
  ],
  marks: [
    mark(
      'a#1',
      'a',
      'XXXX-11-29',
      'military',
      'XXXX-11-29 · North Korea — missile launch',
      'On November 29, North Korea conducted a missile launch.',
    ),
    mark(
      'a#2',
      'a',
      null,
      'other',
      'brought up',
      'The issue was brought up by the "Japanese" defense minister <sic> & more.',
    ),
    mark(
      'b#1',
      'b',
      '2003-08',
      'meeting',
      '2003-08 · Russia — Six-party talks began',
      'Six-party talks … began in August 2003.',
    ),
    mark('b#2', 'b', '2003-08', 'meeting', '2003-08 · talks took place', 'A total of six rounds of talks took place.'),
    mark('b#3', 'b', '2021-10-26', 'meeting', '2021-10-26 · Morgulov, Funakoshi — discuss'),
    mark('b#4', 'b', '2021-10-19', 'military', '2021-10-19 · North Korea — launch'),
    mark('b#5', 'b', '2009-04', 'meeting', '2009-04 · talks'),
    mark('c#1', 'c', '1950', 'agreement', '1950 · armistice'),
    mark('c#2', 'c', '1985', 'agreement', '1985 · treaty'),
    mark('c#3', 'c', '2006', 'military', '2006 · nuclear test'),
  ],
};

function marks(svg: string): Map<string, { x: number; y: number }> {
  return new Map(
    [...svg.matchAll(/<g class="mark [^"]*" transform="translate\(([\d.]+) ([\d.]+)\)" data-id="([^"]+)"/g)].map(m => [
      m[3],
      { x: Number(m[1]), y: Number(m[2]) },
    ]),
  );
}

const svgWidth = (svg: string) => Number(/<svg[^>]*class="timeline" width="(\d+)"/.exec(svg)?.[1]);

describe('renderTimeline', () => {
  it('draws one lane per article and one mark per event', () => {
    const svg = renderTimeline(model, { standalone: true });
    assert.strictEqual(svg.match(/<g class="lane"/g)?.length, 3);
    assert.strictEqual(marks(svg).size, model.marks.length);
  });

  it('places dates in proportion to time within a stretch of the axis', () => {
    const at = marks(renderTimeline(model, { standalone: false, width: 1400 }));
    // August 2003, 2006 (its middle) and April 2009 share one stretch: 3.0 and 2.75 years apart.
    const [aug2003, y2006, apr2009] = [at.get('b#1')!.x, at.get('c#3')!.x, at.get('b#5')!.x];
    assert.ok(aug2003 < y2006 && y2006 < apr2009);
    const ratio = (y2006 - aug2003) / (apr2009 - y2006);
    assert.ok(Math.abs(ratio - 2.88 / 2.79) < 0.05, `ratio ${ratio}`);
  });

  it('breaks the axis over long empty stretches and says how long they are', () => {
    const svg = renderTimeline(model, { standalone: false, width: 1400 });
    const breaks = [...svg.matchAll(/<text class="axis-note" [^>]*>(\d+ years?)</g)].map(m => m[1]);
    assert.deepStrictEqual(breaks, ['35 years', '18 years', '13 years']);
    const at = marks(svg);
    // 1950 to 1985 skipped: far closer than 35 years at the scale of 2003–2009.
    const perYear = (at.get('b#5')!.x - at.get('b#1')!.x) / 5.67;
    assert.ok(at.get('c#2')!.x - at.get('c#1')!.x < (35 * perYear) / 4);
    assert.ok(
      at.get('c#1')!.x < at.get('c#2')!.x && at.get('c#2')!.x < at.get('b#1')!.x && at.get('b#5')!.x < at.get('b#4')!.x,
    );
  });

  it('labels the axis with years, in order', () => {
    const svg = renderTimeline(model, { standalone: false, width: 1400 });
    const labels = [...svg.matchAll(/<text class="axis-label" x="([\d.]+)"[^>]*>([^<]*)</g)].map(m => ({
      x: Number(m[1]),
      label: m[2],
    }));
    const years = labels.filter(l => /^\d{4}$/.test(l.label)).map(l => Number(l.label));
    assert.ok(years.includes(1950) && years.includes(1985) && years.includes(2006), years.join(' '));
    assert.deepStrictEqual(
      years,
      [...years].sort((a, b) => a - b),
    );
    assert.ok(
      labels.some(l => l.label === 'Oct 2021'),
      labels.map(l => l.label).join(' | '),
    );
  });

  it('puts dates without a year and undated events in a band of their own, right of the axis', () => {
    const svg = renderTimeline(model, { standalone: false, width: 1400 });
    assert.match(svg, /class="undated-band"/);
    const at = marks(svg);
    const lastDated = Math.max(...['b#3', 'b#4', 'c#1'].map(id => at.get(id)!.x));
    assert.ok(at.get('a#1')!.x > lastDated && at.get('a#2')!.x > at.get('a#1')!.x);
    const headings = [...svg.matchAll(/<text class="axis-label" x="([\d.]+)"[^>]*>(.*?)<\/text>/g)]
      .filter(m => Number(m[1]) > lastDated)
      .map(m =>
        m[2]
          .replace(/<tspan[^>]*>/g, ' ')
          .replace(/<\/tspan>/g, '')
          .trim(),
      );
    assert.deepStrictEqual(headings, ['XXXX-11-29', 'no date'], 'the headings are the marks’ own `when`');
    // What the band's dates lack is said once, in its title, not under each heading.
    const remarked = renderTimeline(
      {
        lanes: model.lanes,
        marks: model.marks.map(m => (m.id === 'a#1' ? { ...m, when: '29 Nov (year unknown)' } : m)),
      },
      { standalone: false },
    );
    assert.match(remarked, /class="axis-note band-title"[^>]*>year unknown · no date</);
    assert.match(remarked, /<tspan [^>]*>29 Nov<\/tspan><\/text>/);
    // A long heading takes two lines rather than a wide column.
    const long = renderTimeline(
      {
        lanes: model.lanes,
        marks: model.marks.map(m => (m.id === 'a#1' ? { ...m, when: 'late November, a Wednesday' } : m)),
      },
      { standalone: false },
    );
    assert.match(long, /<tspan [^>]*>late November,<\/tspan><tspan [^>]*>a Wednesday<\/tspan>/);
  });

  it('fits the width it is given, and is wider only when the dates would crowd', () => {
    for (const width of [1000, 1200, 1800])
      assert.strictEqual(svgWidth(renderTimeline(model, { standalone: false, width })), width);
    const narrow = svgWidth(renderTimeline(model, { standalone: false, width: 600 }));
    assert.ok(narrow > 600, `${narrow}`);
    const wide = marks(renderTimeline(model, { standalone: false, width: 1800 }));
    const slim = marks(renderTimeline(model, { standalone: false, width: 900 }));
    assert.ok(wide.get('b#5')!.x - wide.get('b#1')!.x > slim.get('b#5')!.x - slim.get('b#1')!.x);
  });

  it('stacks events of one article too close to tell apart, and leaves others on one row', () => {
    const at = marks(renderTimeline(model, { standalone: false, width: 1200 }));
    const [first, second] = [at.get('b#1')!, at.get('b#2')!];
    assert.strictEqual(first.x, second.x);
    assert.notStrictEqual(first.y, second.y);
    // A week apart at this scale: one spot, two rows.
    assert.notStrictEqual(at.get('b#3')!.y, at.get('b#4')!.y);
    assert.strictEqual(at.get('c#1')!.y, at.get('c#2')!.y);
  });

  it('gives every kind a shape of its own in the marks and the legend', () => {
    const svg = renderTimeline(model, { standalone: false });
    const shapeOf = (kind: string) =>
      new RegExp(`<g class="mark kind-${kind}"[^>]*>\\n<path class="shape" d="([^"]+)"`).exec(svg)?.[1];
    assert.notStrictEqual(shapeOf('military'), shapeOf('meeting'));
    const legend = [...svg.matchAll(/<g class="legend kind-(\w+)">/g)].map(m => m[1]);
    assert.deepStrictEqual(legend, ['meeting', 'military', 'agreement', 'other']);
  });

  it('escapes text, and carries styles and hover titles only in a standalone file', () => {
    const standalone = renderTimeline(model, { standalone: true });
    assert.match(standalone, /&quot;Japanese&quot; defense minister &lt;sic&gt; &amp; more/);
    assert.doesNotMatch(standalone, /<sic>/);
    assert.match(standalone, /<style>/);
    assert.match(standalone, /\.kind-meeting \.shape \{ fill: #0072B2; \}/);
    assert.match(standalone, /<title>XXXX-11-29 · North Korea — missile launch/);
    const inWebview = renderTimeline(model, { standalone: false });
    assert.doesNotMatch(inWebview, /<style>|style="/);
  });

  it('draws a model with no dated event, or none without a year', () => {
    const undatedOnly = { lanes: model.lanes.slice(0, 1), marks: model.marks.filter(m => m.lane === 'a') };
    assert.strictEqual(marks(renderTimeline(undatedOnly, { standalone: false })).size, 2);
    const datedOnly = { lanes: model.lanes.slice(2), marks: model.marks.filter(m => m.lane === 'c') };
    const svg = renderTimeline(datedOnly, { standalone: false });
    assert.strictEqual(marks(svg).size, 3);
    assert.doesNotMatch(svg, /undated-band/);
  });

  it('gives the lane titles a column of their own, as tall as the lanes', () => {
    const titles = renderLaneTitles(model, { width: 1200 });
    assert.strictEqual(titles.match(/class="lane-title"/g)?.length, 3);
    assert.doesNotMatch(titles, /class="mark/);
    const height = (svg: string, cls: string) =>
      new RegExp(`class="${cls}" width="\\d+" height="(\\d+)"`).exec(svg)?.[1];
    assert.ok(
      Number(height(titles, 'lane-titles')) <
        Number(height(renderTimeline(model, { standalone: false, width: 1200 }), 'timeline')),
    );
  });
});
