import * as assert from 'assert';
import { ActorIndex, annotate } from '../../../../src/core';
import { timelineModel, type TimelineSources } from '../../../../src/features/events/timeline-happenings';
import { readSeed, seedNames } from '../../seeds';
import { REPUBLISHED, SEED_001, republishedText } from './republished';

function seedIndex(withRepublished = false): { index: ActorIndex; texts: Map<string, string> } {
  const index = new ActorIndex();
  const texts = new Map(seedNames().map(name => [name, readSeed(name)]));
  if (withRepublished) texts.set(REPUBLISHED, republishedText());
  for (const [name, text] of texts) index.set(name, annotate(text));
  return { index, texts };
}

function sources(index: ActorIndex, texts: Map<string, string>): TimelineSources {
  return {
    articleOf: documentId => ({
      documentId,
      title: `headline of ${documentId}`,
      date: index.annotation(documentId)?.articleDate.value ?? null,
      path: documentId,
    }),
    nameOf: key => index.actor(key)?.name ?? key,
    textOf: documentId => texts.get(documentId),
    locale: 'en',
  };
}

describe('timelineModel', () => {
  it('draws each happening with a main mention once, however many sentences report it', () => {
    const { index, texts } = seedIndex();
    const { model, targets } = timelineModel(index, sources(index, texts));
    const ids = model.marks.map(m => m.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    const happenings = new Set<string>();
    for (const documentId of index.documentIds())
      index.annotation(documentId)!.events.forEach((event, i) => {
        if (event.main) happenings.add(index.happenings.happeningOf(documentId, i)!.id);
      });
    assert.deepStrictEqual(ids.sort(), [...happenings].map(id => `happening:${id}`).sort());
    for (const mark of model.marks) assert.ok(targets.has(mark.id));
  });

  it('lists a happening’s reports, each sentence under its article, in the mark’s tooltip', () => {
    const { index, texts } = seedIndex();
    const { model } = timelineModel(index, sources(index, texts));
    const launch = model.marks.find(m => m.label === 'Nov 29 (year unknown) · North Korea — missile launch');
    assert.ok(launch, model.marks.map(m => m.label).join('\n'));
    const lines = launch.detail.split('\n');
    assert.match(lines[0], /^Reported in 1 article, \d sentences:$/);
    assert.strictEqual(lines[1], '— headline of 000_d6490ba55f8250cf.txt');
    assert.ok(
      lines.includes('  • On November 29, North Korea conducted a missile launch, the first since September 15.'),
    );
    assert.ok(
      lines.some(l => l.startsWith('  • After the launch, Pyongyang announced')),
      lines.join('\n'),
    );
  });

  it('says when a report plans rather than tells it', () => {
    const { index, texts } = seedIndex();
    const { model } = timelineModel(index, sources(index, texts));
    const share = model.marks.find(m => / — share its assessments$/.test(m.label));
    assert.ok(share, model.marks.map(m => m.label).join('\n'));
    assert.match(share.detail, /Lavrov added that Russia would share its assessments.* \(planned\)$/m);
  });

  it('draws a happening of two articles once, in the earlier article’s lane, with both in its tooltip', () => {
    const { index, texts } = seedIndex(true);
    const { model, targets } = timelineModel(index, sources(index, texts));
    const shared = index.happenings.happenings().filter(h => h.documents.length === 2);
    const discuss = shared.find(h => h.label.startsWith('discuss'));
    assert.ok(discuss, shared.map(h => h.label).join(', '));
    const marks = model.marks.filter(m => m.id === `happening:${discuss.id}`);
    assert.strictEqual(marks.length, 1);
    assert.strictEqual(marks[0].lane, SEED_001, 'seed 001 has its year: its lane comes first');
    assert.strictEqual(targets.get(marks[0].id)?.documentId, SEED_001);
    assert.match(marks[0].detail, /^Reported in 2 articles, \d+ sentences:$/m);
    assert.match(marks[0].detail, new RegExp(`^— headline of ${REPUBLISHED}$`, 'm'));
    // The republished lead reports nothing of its own: it has no lane.
    assert.ok(!model.marks.some(m => m.lane === REPUBLISHED));
    assert.ok(!model.lanes.some(l => l.id === REPUBLISHED));
  });
});
