import * as assert from 'assert';
import type { Mention } from '../../../../src/core/types';
import { tokenize } from '../../../../src/core/text/tokenize';
import { findEntities } from '../../../../src/core/entities/entities';
import type { ScoredMention } from '../../../../src/core/entities/learned/tag';

// "Okafor said": the rules guess a person from the verb alone; "Nigeria" is a listed country (a city alone is a weak listing: it may name a team).
const TEXT = 'Okafor said the bank in Nigeria would cut 300 jobs.';

// A stand-in for the model that calls both names organizations.
function tagger(doc: { text: string }): ScoredMention[] {
  return ['Okafor', 'Nigeria'].map(name => {
    const start = doc.text.indexOf(name);
    return {
      start,
      end: start + name.length,
      text: name,
      type: 'organization',
      actorKey: `organization:${name}`,
      score: 0.7,
    };
  });
}

const lines = (mentions: Mention[]) => mentions.map(m => `${m.text}/${m.type}`);

describe('findEntities', () => {
  it("'both' keeps the rules' sure names and takes the model's word over the rules' guesses", () => {
    assert.deepStrictEqual(lines(findEntities(tokenize(TEXT), 'rules')), ['Okafor/person', 'Nigeria/place']);
    assert.deepStrictEqual(lines(findEntities(tokenize(TEXT), 'both', tagger)), [
      'Okafor/organization',
      'Nigeria/place',
    ]);
    assert.deepStrictEqual(lines(findEntities(tokenize(TEXT), 'learned', tagger)), [
      'Okafor/organization',
      'Nigeria/organization',
    ]);
  });

  it("'both' keeps a guess of the rules where the model read nothing", () => {
    const silent = (doc: { text: string }) => tagger(doc).filter(m => m.text !== 'Okafor');
    assert.deepStrictEqual(lines(findEntities(tokenize(TEXT), 'both', silent)), ['Okafor/person', 'Nigeria/place']);
  });

  // A stand-in for the model that reads the given names with the given types.
  const reading =
    (...names: [string, Mention['type']][]) =>
    (doc: { text: string }): ScoredMention[] =>
      names.map(([name, type]) => {
        const start = doc.text.indexOf(name);
        return { start, end: start + name.length, text: name, type, actorKey: `${type}:${name}`, score: 0.8 };
      });

  it("'both' takes the rules' person where the model read a country's people into the name, not a first name", () => {
    const text =
      'A free kick from the Colombian Edison Mafla-Rojas won it. Frenchman Stephane Adam-Rouvier and Sami Haddadin scored.';
    const model = reading(
      ['Colombian Edison Mafla-Rojas', 'place'],
      ['Stephane Adam-Rouvier', 'person'],
      ['Sami Haddadin', 'person'],
    );
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'Edison Mafla-Rojas/person',
      'Stephane Adam-Rouvier/person',
      'Sami Haddadin/person',
    ]);
    assert.ok(!lines(findEntities(tokenize(text), 'rules')).some(m => m.startsWith('Frenchman')));
  });

  it("'both' keeps a county read by its kind a place where the model reads a body, not a group's longer name", () => {
    const text = 'Dane County, home to the capital, voted. Islamic State West Africa Province attacked.';
    const model = reading(['Dane County', 'organization'], ['Islamic State West Africa Province', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'Dane County/place',
      'Islamic State West Africa Province/organization',
    ]);
  });

  it("'both' takes the rules' guess of a person with the name words the model left off, not a title", () => {
    const text = 'Party co-leader Màiri Nic Leòid said so. Garda Niamh Dempsey told the court.';
    const model = reading(['Nic Leòid', 'person'], ['Niamh Dempsey', 'person']);
    const rules = lines(findEntities(tokenize(text), 'rules'));
    assert.ok(rules.includes('Màiri Nic Leòid/person'), rules.join());
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'Màiri Nic Leòid/person',
      'Niamh Dempsey/person',
    ]);
  });

  it("'both' takes the model's longer name or other type over the same words of a listed name", () => {
    const text = 'Ford said the plant in Southern California would close.';
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'rules')), ['Ford/organization', 'California/place']);
    const model = reading(['Ford', 'person'], ['Southern California', 'place']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'Ford/person',
      'Southern California/place',
    ]);
  });

  it("'both' keeps a person the rules read after an honorific where the model reads a company", () => {
    const text = 'Ms Whitbread said she backed the plan.';
    const model = reading(['Whitbread', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), ['Whitbread/person']);
  });

  it("'both' keeps a sports ground the rules read by its last word where the model reads a club", () => {
    const text = 'Fans packed the Kestrel Cricket Ground on Sunday.';
    const model = reading(['Kestrel Cricket Ground', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), ['Kestrel Cricket Ground/place']);
  });

  it("'both' keeps the rules' names where the model's runs over a country or a name the rules keep", () => {
    const text = "North Korea's Central News Agency said so.";
    const model = reading(["North Korea's Central News Agency", 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'North Korea/place',
      'Central News Agency/organization',
    ]);
  });

  it("'both' keeps a listed name whose possessive the model's longer name runs past, and a listed person's type", () => {
    const text = "Workers at Volkswagen's Tullow plant met Elon Musk's lawyers.";
    const model = reading(["Volkswagen's Tullow", 'organization'], ['Elon Musk', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'Volkswagen/organization',
      'Elon Musk/person',
    ]);
  });

  it("'both' keeps a listed company and an organization named by its head where the model reads them otherwise", () => {
    const text = "Lockheed Martin staff met officials of Peru's Interior Ministry.";
    const model = reading(['Lockheed Martin', 'person'], ['Interior Ministry', 'place']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'Lockheed Martin/organization',
      'Peru/place',
      'Interior Ministry/organization',
    ]);
  });

  it("'both' takes the model's longer name that a country ends after \"of\"", () => {
    const text = 'The Friends of Pakistan said the count was over.';
    const model = reading(['Friends of Pakistan', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'rules')), ['Pakistan/place']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), ['Friends of Pakistan/organization']);
  });

  it("'both' takes the model's body named with its city over the rules' city", () => {
    const text = 'She is a specialist at Kestrel College Dublin, he said.';
    const model = reading(['Kestrel College Dublin', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), ['Kestrel College Dublin/organization']);
  });

  it("'both' takes the model's body whose branch a country names over the rules' body and country", () => {
    const text = 'She told BBC Ghana, then Reuters.';
    const model = reading(['BBC Ghana', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'rules')), [
      'BBC/organization',
      'Ghana/place',
      'Reuters/organization',
    ]);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'BBC Ghana/organization',
      'Reuters/organization',
    ]);
  });

  it("'both' takes the model's longer name that a country opens, but not a title", () => {
    const text = 'The U.S. Department of Agriculture and the U.S. Surgeon General spoke.';
    const model = reading(['U.S. Department of Agriculture', 'organization'], ['U.S. Surgeon General', 'organization']);
    assert.deepStrictEqual(lines(findEntities(tokenize(text), 'both', model)), [
      'U.S. Department of Agriculture/organization',
      'U.S./place',
    ]);
  });

  it('drops a demonym read as a name, not a listed country, a team, a surname or a longer name that ends in one', () => {
    const text =
      'In the Central Asian nation, fans from Laos saw the Houston Texans play at Stade de Suisse with John French.';
    const model = reading(
      ['Central Asian', 'person'],
      ['John French', 'person'],
      ['Laos', 'place'],
      ['Houston Texans', 'organization'],
      ['Stade de Suisse', 'place'],
    );
    for (const method of ['learned', 'both'] as const)
      assert.deepStrictEqual(lines(findEntities(tokenize(text), method, model)), [
        'Laos/place',
        'Houston Texans/organization',
        'Stade de Suisse/place',
        'John French/person',
      ]);
  });

  it("reads text written the CoNLL way as its prose: 'Sam 's Club', 'Sheriff 's Department' stay whole", () => {
    const spaced = [
      "A woman was struck outside the Sam 's Club store in Bloomington on Wednesday , police said .",
      "A spokesman for the Los Angeles County Sheriff 's Department said Deputy Juan Ortiz was shot .",
    ].join('\n');
    const prose = spaced.replace(/ (?=[,.]|'s\b)/g, '');
    const found = findEntities(tokenize(spaced));
    for (const m of found) assert.strictEqual(spaced.slice(m.start, m.end), m.text);
    assert.deepStrictEqual(
      found.map(m => `${m.text.replace(/ 's/g, "'s")}/${m.type}`),
      lines(findEntities(tokenize(prose))),
    );
    assert.ok(lines(found).includes("Sam 's Club/organization"), lines(found).join(', '));
    assert.ok(lines(found).includes("Los Angeles County Sheriff 's Department/organization"), lines(found).join(', '));
  });

  it('reads a headline in capitals over spaced wire copy by the case of its story', () => {
    const spaced = [
      "RUGBY UNION - NEW ZEALAND 'S ALL BLACKS BEAT WALES IN CARDIFF .",
      'CARDIFF 1996-11-30',
      "New Zealand 's All Blacks beat Wales 34-15 at Cardiff Arms Park on Saturday , with Jonah Lomu scoring twice .",
    ].join('\n');
    const found = findEntities(tokenize(spaced));
    for (const m of found) assert.strictEqual(spaced.slice(m.start, m.end), m.text);
    const headline = found.filter(m => m.end <= spaced.indexOf('\n'));
    assert.deepStrictEqual(lines(headline), [
      'NEW ZEALAND/place',
      'ALL BLACKS/organization',
      'WALES/place',
      'CARDIFF/place',
    ]);
    assert.strictEqual(headline[0].actorKey, found.find(m => m.text === 'New Zealand')?.actorKey);
  });

  it('reads an acronym wherever the article writes it once its name is spelled out in another order', () => {
    const text =
      'Fighters of the Popular Front for the Liberation of Varzo ( FPLV ) left. The FPLV , led by a teacher , spoke.';
    const found = lines(findEntities(tokenize(text)));
    assert.deepStrictEqual(found, [
      'Popular Front for the Liberation of Varzo/organization',
      'FPLV/organization',
      'FPLV/organization',
    ]);
  });

  it('never lets the rules’ inner marks out into the mentions', () => {
    for (const method of ['rules', 'learned', 'both'] as const)
      for (const m of findEntities(tokenize(TEXT), method, tagger))
        assert.ok(!('guessed' in m), `${method}: ${m.text}`);
  });
});
