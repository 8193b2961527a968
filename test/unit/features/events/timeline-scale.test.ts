import * as assert from 'assert';
import {
  axisTicks,
  axisX,
  breakLength,
  timeAxis,
  timeOf,
  timeSpan,
} from '../../../../src/features/events/timeline-scale';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('timeSpan', () => {
  it('reads days, months, years and times of day as their stretch of time', () => {
    assert.deepStrictEqual(timeSpan('2017-11-29'), { start: day('2017-11-29'), end: day('2017-11-30') });
    assert.deepStrictEqual(timeSpan('2003-08'), { start: day('2003-08-01'), end: day('2003-09-01') });
    assert.deepStrictEqual(timeSpan('1950'), { start: day('1950-01-01'), end: day('1951-01-01') });
    assert.deepStrictEqual(timeSpan('2017-11-29T10:30'), timeSpan('2017-11-29'));
  });

  it('reads ISO weeks, weekends, quarters, seasons, decades and centuries', () => {
    // ISO week 1 of 2021 starts on Monday 4 January; week 48 of 2017 on Monday 27 November.
    assert.deepStrictEqual(timeSpan('2021-W01'), { start: day('2021-01-04'), end: day('2021-01-11') });
    assert.deepStrictEqual(timeSpan('2017-W48-3'), { start: day('2017-11-29'), end: day('2017-11-30') });
    assert.deepStrictEqual(timeSpan('2017-W48-WE'), { start: day('2017-12-02'), end: day('2017-12-04') });
    assert.deepStrictEqual(timeSpan('2016-Q3'), { start: day('2016-07-01'), end: day('2016-10-01') });
    assert.deepStrictEqual(timeSpan('2017-WI'), { start: day('2017-12-01'), end: day('2018-03-01') });
    assert.deepStrictEqual(timeSpan('199'), { start: day('1990-01-01'), end: day('2000-01-01') });
    assert.deepStrictEqual(timeSpan('19'), { start: day('1900-01-01'), end: day('2000-01-01') });
  });

  it('has no place in time for dates without a year, references and no date', () => {
    for (const value of [
      'XXXX-12-11',
      'XXXX-WXX-7',
      'XXXX-12',
      'PAST_REF',
      'PRESENT_REF',
      'P3Y',
      '2017-13',
      '',
      null,
    ]) {
      assert.strictEqual(timeSpan(value), null, String(value));
    }
  });

  it('puts a mark in the middle of its stretch', () => {
    assert.strictEqual(timeOf('2017-11-29'), day('2017-11-29') + 0.5);
    assert.ok(timeOf('2003')! > timeOf('2003-01')! && timeOf('2003')! < timeOf('2003-08')!);
  });
});

describe('timeAxis', () => {
  it('draws one week to scale without a break', () => {
    const times = ['2021-10-19', '2021-10-20', '2021-10-26'].map(d => timeOf(d)!);
    const axis = timeAxis(times, 0, 700);
    assert.strictEqual(axis.breaks.length, 0);
    const [a, b, c] = times.map(t => axisX(axis, t));
    assert.ok(Math.abs((c - b) / (b - a) - 6) < 0.01);
    assert.ok(axis.end <= 700);
  });

  it('breaks the years between 1950 and a week of 2021, and spends the width on the week', () => {
    const times = ['1950', '2021-10-19', '2021-10-26'].map(d => timeOf(d)!);
    const axis = timeAxis(times, 100, 800);
    assert.strictEqual(axis.breaks.length, 1);
    assert.strictEqual(breakLength(axis.breaks[0].days), '71 years');
    const [y1950, oct19, oct26] = times.map(t => axisX(axis, t));
    assert.ok(oct26 - oct19 > 300, `${oct26 - oct19}`);
    assert.ok(y1950 < axis.breaks[0].x && axis.breaks[0].x < oct19);
  });

  it('draws dates spread over the years to scale, without a break', () => {
    // 2003 to 2009 every year or two: no gap stands out; two dates alone have nothing to compare with.
    assert.strictEqual(
      timeAxis(
        ['2003', '2004-06', '2006', '2007', '2009-04'].map(d => timeOf(d)!),
        0,
        900,
      ).breaks.length,
      0,
    );
    assert.strictEqual(
      timeAxis(
        ['1950', '2021'].map(d => timeOf(d)!),
        0,
        900,
      ).breaks.length,
      0,
    );
  });

  it('widens nothing past the width it is given, unless the dates would crowd', () => {
    const times = ['1950', '1985', '2003', '2009', '2021-10-19'].map(d => timeOf(d)!);
    assert.ok(timeAxis(times, 0, 900).end <= 900);
    assert.ok(timeAxis(times, 0, 200).end > 200);
  });

  it('spreads dates alone in their segments evenly when nothing is left to scale', () => {
    const axis = timeAxis([timeOf('2017-11-29')!], 0, 600);
    assert.strictEqual(axisX(axis, timeOf('2017-11-29')!), 300);
  });
});

describe('axisTicks', () => {
  it('marks years over a span of years and months over a span of months', () => {
    const years = axisTicks(
      timeAxis(
        ['2003', '2009'].map(d => timeOf(d)!),
        0,
        800,
      ),
      'en',
    ).map(t => t.label);
    assert.deepStrictEqual(years, ['2004', '2005', '2006', '2007', '2008', '2009']);
    const months = axisTicks(
      timeAxis(
        ['2021-03', '2021-10'].map(d => timeOf(d)!),
        0,
        800,
      ),
      'en',
    ).map(t => t.label);
    assert.ok(months.includes('Jun') && months.some(l => /2021/.test(l)), months.join(' '));
  });

  it('names the month of a week in one label, in the display language', () => {
    const axis = timeAxis(
      ['1950', '2021-10-19', '2021-10-26'].map(d => timeOf(d)!),
      0,
      400,
    );
    const labels = axisTicks(axis, 'de').map(t => t.label);
    assert.ok(labels.includes('1950'), labels.join(' '));
    assert.ok(
      labels.some(l => /Okt/.test(l)),
      labels.join(' '),
    );
  });

  it('puts ticks in order, left to right', () => {
    const ticks = axisTicks(
      timeAxis(
        ['1950', '1985', '2003', '2003-08', '2006', '2009-04', '2021-10-26'].map(d => timeOf(d)!),
        0,
        900,
      ),
      'en',
    );
    assert.deepStrictEqual(
      ticks.map(t => t.x),
      [...ticks.map(t => t.x)].sort((a, b) => a - b),
    );
  });
});
