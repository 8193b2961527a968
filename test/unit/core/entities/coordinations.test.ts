import * as assert from 'assert';
import { annotate } from '../../../../src/core';
import { readSeed } from '../../seeds';

const places = (text: string) =>
  annotate(text)
    .entities.filter(e => e.type === 'place')
    .map(e => `${e.text}→${e.actorKey}`);

describe('withEllipticalConjuncts', () => {
  it('gives both Koreas in seed 004’s "North and South Korea", the bare half spanning its own word', () => {
    const text = readSeed('004_0b466d24d87483c2.txt');
    const entities = annotate(text).entities;
    const at = text.indexOf('North and South Korea');
    const north = entities.find(e => e.start === at);
    assert.deepStrictEqual(north && { ...north }, {
      start: at,
      end: at + 'North'.length,
      text: 'North',
      type: 'place',
      actorKey: 'place:north-korea',
      impliedName: 'North Korea',
    });
    assert.ok(entities.some(e => e.text === 'South Korea' && e.start === at + 'North and '.length));
  });

  it('reads "South and North Korea" the other way round', () => {
    const text =
      'Six-party talks on North Korea’s nuclear program, involving Russia, the US, China, Japan, South and North Korea, stalled in 2009.';
    assert.deepStrictEqual(places(text).slice(-2), ['South→place:south-korea', 'North Korea→place:north-korea']);
  });

  it('gives both halves of Germany, Dakota and Europe, and a place even where the whole name was read as another type', () => {
    assert.deepStrictEqual(places('The Berlin Wall divided East and West Germany until 1989.').slice(-2), [
      'East→place:east-germany',
      'West Germany→place:west-germany',
    ]);
    assert.deepStrictEqual(places('Blizzard warnings were issued for North and South Dakota on Tuesday.'), [
      'North→place:north-dakota',
      'South Dakota→place:south-dakota',
    ]);
    assert.deepStrictEqual(places('Migrants from Central and Eastern Europe filled the jobs.'), [
      'Central→place:central-europe',
      'Eastern Europe→place:eastern-europe',
    ]);
  });

  it('takes every conjunct of a longer list: "North, Central and South America"', () => {
    assert.deepStrictEqual(places('The virus has spread across North, Central, and South America since May.'), [
      'North→place:north-america',
      'Central→place:central-america',
      'South America→place:south-america',
    ]);
  });

  it('leaves coordinations of whole names, of non-places and of demonyms alone', () => {
    for (const text of [
      'Bosnia and Herzegovina applied to join the European Union.',
      'The bill passed the Upper and Lower House of the Diet on Friday.',
      'Leaders of the North and South Korean delegations met at Panmunjom.',
      'Trade between North America and South Korea grew.',
    ]) {
      const entities = annotate(text).entities;
      assert.ok(!entities.some(e => e.impliedName), `${text}: ${JSON.stringify(entities)}`);
    }
  });

  it('keeps every span exact', () => {
    const text = '“North and South Korea” 🇰🇷 marched together; East and West Germany, North and South Dakota.';
    for (const e of annotate(text).entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
  });
});
