import * as assert from 'assert';
import { tokenize } from '../../../../../src/core/text/tokenize';
import { recognizeEntities } from '../../../../../src/core/entities/recognize';
import { hasModel, spanParts, tagEntities } from '../../../../../src/core/entities/learned/tag';
import { findEntities } from '../../../../../src/core/entities/entities';

const TEXT = `LAGOS, Nigeria (Reuters) - Okafor said on Tuesday that Zenith Bank would cut 300 jobs.
"We have no choice," Chidi Okafor told reporters in Lagos. The Central Bank of Nigeria declined to comment.`;

describe('learned tagger', () => {
  before(function () {
    if (!hasModel()) this.skip(); // a checkout before `npm run train:ner`
  });

  it('finds names with exact spans and a score between 0 and 1', () => {
    const doc = tokenize(TEXT);
    const mentions = tagEntities(doc, recognizeEntities(doc));
    assert.ok(mentions.length >= 3, JSON.stringify(mentions));
    for (const m of mentions) {
      assert.strictEqual(TEXT.slice(m.start, m.end), m.text);
      assert.ok(m.score > 0 && m.score <= 1, `${m.text}: ${m.score}`);
    }
    assert.ok(
      mentions.some(m => m.text === 'Chidi Okafor' && m.type === 'person'),
      JSON.stringify(mentions),
    );
  });

  it('gives every entity a score, whichever method found it', () => {
    for (const method of ['rules', 'learned'] as const) {
      for (const m of findEntities(tokenize(TEXT), method))
        assert.ok(typeof m.score === 'number', `${method}: ${m.text}`);
    }
  });

  it("keeps the possessive of a name listed with it, and only that one's", () => {
    const text = "The ratings agency Moody's cut Italy's rating on Friday.";
    const doc = tokenize(text);
    const names = tagEntities(doc, recognizeEntities(doc)).map(m => m.text);
    assert.ok(names.includes("Moody's"), JSON.stringify(names));
    assert.ok(!names.includes("Italy's"), JSON.stringify(names));
  });

  it('never throws on odd text', () => {
    for (const text of ['', ' ', '\n\n', 'A', '(((', 'ÉÉÉ Ü', '\u2028x Y Z', '🙂 Okafor 🙂']) {
      const doc = tokenize(text);
      for (const m of tagEntities(doc, recognizeEntities(doc))) assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
  });
});

describe('spanParts', () => {
  // A span of the model as its tokens' texts, cut into the names it holds.
  const parts = (text: string, type: 'person' | 'organization' | 'place') =>
    spanParts(tokenize(text).tokens, type).map(part => part.map(t => t.text).join(' '));

  it('cuts a span at an everyday word in lower case, keeping the small words names hold', () => {
    assert.deepStrictEqual(parts('semiautonomous Puntland', 'place'), ['Puntland']);
    assert.deepStrictEqual(parts('Berlin Wall divided East', 'organization'), ['Berlin Wall', 'East']);
    assert.deepStrictEqual(parts('Bank of England', 'organization'), ['Bank of England']);
    assert.deepStrictEqual(parts('Port au Prince', 'place'), ['Port au Prince']);
    assert.deepStrictEqual(parts('67th Police Precinct', 'organization'), ['67 th Police Precinct']);
  });

  it("keeps other languages' small words inside a name: 'das', 'og', 'für'", () => {
    assert.deepStrictEqual(parts('Hospital das Clinicas', 'organization'), ['Hospital das Clinicas']);
    assert.deepStrictEqual(parts('Vestfold og Telemark', 'place'), ['Vestfold og Telemark']);
    assert.deepStrictEqual(parts('Zentrum für Sozialforschung', 'organization'), ['Zentrum für Sozialforschung']);
  });

  it("cuts a place at a comma, not an organization's name", () => {
    assert.deepStrictEqual(parts('North, Central', 'place'), ['North', 'Central']);
    assert.deepStrictEqual(parts('East and West Germany', 'place'), ['East', 'West Germany']);
    assert.deepStrictEqual(parts('Bosnia and Herzegovina', 'place'), ['Bosnia and Herzegovina']);
    assert.deepStrictEqual(parts('Summit Entertainment, LLC', 'organization'), ['Summit Entertainment , LLC']);
  });

  it('cuts a span at a dash set apart by spaces, not at a hyphen inside a name', () => {
    assert.deepStrictEqual(parts('England — Police', 'organization'), ['England', 'Police']);
    assert.deepStrictEqual(parts('Hewlett-Packard', 'organization'), ['Hewlett-Packard']);
  });
});
