import * as assert from 'assert';
import { annotate, exportDocument, fromBratAnn, toBratAnn, type LabeledSpan } from '../../../../src/core';
import { readSeed, seedNames } from '../../seeds';

const LEAD =
  'MOSCOW, October 26. /TASS/. Russian Deputy Foreign Minister Igor Morgulov and Director General of the Asian and Oceanian Affairs Bureau at Japan’s Foreign Ministry Takehiro Funakoshi have discussed the situation on the Korean Peninsula.';
const span = (
  text: string,
  exact: string,
  label: LabeledSpan['label'],
  extra: Partial<LabeledSpan> = {},
): LabeledSpan => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length, text: exact, label, ...extra };
};

describe('brat standoff', () => {
  it('writes a T line per name and date, and an N line with its actor or TIMEX3 value', () => {
    const spans = [
      span(LEAD, 'MOSCOW', 'place', { actor: 'place:moscow' }),
      span(LEAD, 'October 26', 'date', { value: '2021-10-26' }),
      span(LEAD, 'Igor Morgulov', 'person', { actor: 'person:igor-morgulov' }),
    ];
    assert.strictEqual(
      toBratAnn({ text: LEAD, spans }),
      [
        'T1\tPlace 0 6\tMOSCOW',
        'N1\tReference T1 NewsLens:place:moscow\tMOSCOW',
        'T2\tDate 8 18\tOctober 26',
        'N2\tReference T2 TIMEX3:2021-10-26\tOctober 26',
        'T3\tPerson 60 73\tIgor Morgulov',
        'N3\tReference T3 NewsLens:person:igor-morgulov\tIgor Morgulov',
        '',
      ].join('\n'),
    );
  });

  it('counts offsets in code points as brat does, so an emoji before a name shifts it by one', () => {
    const text = '🇯🇵 Japan’s Foreign Ministry said on Tuesday';
    const spans = [span(text, 'Japan', 'place')];
    const ann = toBratAnn({ text, spans });
    assert.strictEqual(ann, 'T1\tPlace 3 8\tJapan\n');
    assert.strictEqual([...text].slice(3, 8).join(''), 'Japan');
    assert.deepStrictEqual(fromBratAnn(ann, text).spans, spans);
  });

  it('writes a name across a line break as two fragments, and reads it back whole', () => {
    const text = 'said the Asian and Oceanian\nAffairs Bureau on Tuesday';
    const spans = [span(text, 'Asian and Oceanian\nAffairs Bureau', 'organization')];
    const ann = toBratAnn({ text, spans });
    assert.strictEqual(ann, 'T1\tOrganization 9 27;28 42\tAsian and Oceanian Affairs Bureau\n');
    assert.deepStrictEqual(fromBratAnn(ann, text).spans, spans);
  });

  it('reads gold from other tools: PER/ORG/LOC/GPE names, relations and attributes skipped', () => {
    const bureau = LEAD.indexOf('Asian and Oceanian Affairs Bureau');
    const ann = [
      'T1\tPER 60 73\tIgor Morgulov',
      'T2\tGPE 0 6\tMOSCOW',
      `T3\tORG ${bureau} ${bureau + 33}\tAsian and Oceanian Affairs Bureau`,
      'R1\tWorks_for Arg1:T1 Arg2:T3',
      'A1\tNegated T1',
      '#1\tAnnotatorNotes T1\tdeputy minister',
    ].join('\n');
    const { spans, problems } = fromBratAnn(ann, LEAD);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(
      spans.map(s => [s.label, s.text]),
      [
        ['place', 'MOSCOW'],
        ['person', 'Igor Morgulov'],
        ['organization', 'Asian and Oceanian Affairs Bureau'],
      ],
    );
  });

  it('reports lines whose offsets do not match the text, or whose type is unknown, by line number', () => {
    const ann = [
      'T1\tPerson 60 73\tIgor Morgulov',
      'T2\tPerson 61 73\tIgor Morgulov',
      'T3\tMISC 0 6\tMOSCOW',
      'T4\tPlace 0 9999\tMOSCOW',
      'T5 broken',
      'N1\tReference T9 NewsLens:x\tx',
    ].join('\n');
    const { spans, problems } = fromBratAnn(ann, LEAD);
    assert.strictEqual(spans.length, 1);
    assert.strictEqual(problems.length, 5);
    assert.match(problems[0], /^line 2: the text at 61 73 is "gor Morgulov", not "Igor Morgulov"/);
    assert.match(problems[1], /^line 3: type "MISC"/);
    assert.match(problems[2], /^line 4: offsets 0 9999 are outside the text/);
    assert.match(problems[3], /^line 5: /);
    assert.match(problems[4], /^line 6: T9 is not a span/);
  });

  it('gives offsets that match the .txt copy for every seed', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      const ann = toBratAnn(exportDocument({ name, text, annotation: annotate(text), source: name }));
      for (const line of ann.split('\n').filter(l => l.startsWith('T'))) {
        const [, typeAndOffsets, shown] = line.split('\t');
        const [, start, end] = typeAndOffsets.split(' ').map(Number);
        assert.strictEqual(text.slice(start, end), shown, `${name}: ${line}`);
      }
    }
  });
});
