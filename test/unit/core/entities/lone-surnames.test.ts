import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import { withLoneSurnames } from '../../../../src/core/entities/lone-surnames';
import { actorKey } from '../../../../src/core/actors/actor-key';
import { mention } from './mentions';

// Sentences written here for these tests (no test set's text), in the way wire copy names people again.
const persons = (found: ReturnType<typeof withLoneSurnames>) =>
  found.filter(m => m.type === 'person').map(m => `${m.start}:${m.text}:${m.actorKey}`);

describe('withLoneSurnames', () => {
  it('reads an everyday word that is a full name’s surname as that person, opening a sentence or not', () => {
    const text =
      'W. Mark Felt, the FBI official, died on Thursday. Felt was convicted in 1980. The choice infuriated Felt. ' +
      'His family said Felt’s memory had faded.';
    const found = withLoneSurnames(tokenize(text), [mention(text, 'W. Mark Felt', 'person')]);
    const key = actorKey('person', 'W. Mark Felt');
    const alone = [text.indexOf('Felt was'), text.indexOf('Felt.'), text.indexOf('Felt’s')];
    assert.deepStrictEqual(persons(found), [`0:W. Mark Felt:${key}`, ...alone.map(at => `${at}:Felt:${key}`)]);
    for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('leaves the word where it is part of a longer name, in a line of capitals and before a noun it may qualify', () => {
    const text =
      'RICE AND WHITE MEET IN BEIJING\n' +
      'Condoleezza Rice met Ron White on Monday. White House aides said Betty White would not attend. ' +
      'Rice prices rose for a third week.';
    const read = [
      mention(text, 'Condoleezza Rice', 'person'),
      mention(text, 'Ron White', 'person'),
      mention(text, 'White House', 'organization'),
      mention(text, 'Betty White', 'person'),
    ];
    const found = withLoneSurnames(tokenize(text), read);
    assert.deepStrictEqual(
      found.map(m => m.text),
      read.map(m => m.text),
    );
  });

  it('reads a title before the surname as no part of another name ("Chief Craft said")', () => {
    const text = 'Troy police chief Charles Craft spoke to reporters. "We do not know why," Chief Craft said.';
    const found = withLoneSurnames(tokenize(text), [mention(text, 'Charles Craft', 'person')]);
    assert.deepStrictEqual(
      found.map(m => m.text),
      ['Charles Craft', 'Craft'],
    );
  });

  it('retypes the surname the model read as another name, unless a preposition places it', () => {
    const text =
      'Anthony LaCalamita III, 38, was charged on Tuesday. LaCalamita was fired last week. ' +
      'Tom Hartwell arrived in Hartwell, where Hartwell spoke.';
    const read = [
      mention(text, 'Anthony LaCalamita III', 'person'),
      mention(text, 'LaCalamita', 'organization', 40),
      mention(text, 'Tom Hartwell', 'person'),
      mention(text, 'Hartwell', 'place', text.indexOf('in Hartwell')),
      mention(text, 'Hartwell', 'place', text.indexOf('where')),
    ];
    const found = withLoneSurnames(tokenize(text), read);
    assert.deepStrictEqual(
      found.map(m => `${m.text}:${m.type}`),
      [
        'Anthony LaCalamita III:person',
        'LaCalamita:person',
        'Tom Hartwell:person',
        'Hartwell:place',
        'Hartwell:person',
      ],
    );
    assert.strictEqual(found[1].actorKey, actorKey('person', 'Anthony LaCalamita III'));
  });

  it('leaves a country or town the lists know as it was read, though a person bears its name', () => {
    const text =
      'Kevin Brazil and Denzel Washington spoke. Exports to Brazil rose. Washington warned Iran. Brazil said no.';
    const read = [
      mention(text, 'Kevin Brazil', 'person'),
      mention(text, 'Denzel Washington', 'person'),
      mention(text, 'Brazil', 'place', text.indexOf('to Brazil')),
      mention(text, 'Washington', 'place', text.indexOf('rose')),
    ];
    assert.deepStrictEqual(
      withLoneSurnames(tokenize(text), read).map(m => `${m.text}:${m.type}`),
      ['Kevin Brazil:person', 'Denzel Washington:person', 'Brazil:place', 'Washington:place'],
    );
  });

  it('reads a small country’s capital as the person the article names in full ("Hamilton" beside "Lewis Hamilton")', () => {
    const text = 'Lewis Hamilton won. Hamilton said the car was fast.';
    const read = [mention(text, 'Lewis Hamilton', 'person'), mention(text, 'Hamilton', 'place', 10)];
    assert.deepStrictEqual(
      withLoneSurnames(tokenize(text), read).map(m => `${m.text}:${m.type}`),
      ['Lewis Hamilton:person', 'Hamilton:person'],
    );
  });

  it('reads a listed company’s name as the person the article names in full ("Ford" beside "Phil Ford")', () => {
    const text = 'Phil Ford watched the game. Ford, now a coach, said the record would fall.';
    const read = [mention(text, 'Phil Ford', 'person'), mention(text, 'Ford', 'organization', 20)];
    assert.deepStrictEqual(
      withLoneSurnames(tokenize(text), read).map(m => `${m.text}:${m.type}`),
      ['Phil Ford:person', 'Ford:person'],
    );
  });

  it('leaves a name whose type a convention settled as it was settled', () => {
    const text = 'Vito Vasari founded it. The Vasari crime family grew.';
    const family = mention(text, 'Vasari', 'organization', 20);
    const read = [mention(text, 'Vito Vasari', 'person'), family];
    const settled = new Set([`${family.start}:${family.end}`]);
    assert.deepStrictEqual(
      withLoneSurnames(tokenize(text), read, settled).map(m => `${m.text}:${m.type}`),
      ['Vito Vasari:person', 'Vasari:organization'],
    );
    assert.strictEqual(withLoneSurnames(tokenize(text), read)[1].type, 'person');
  });

  it('gives a surname two persons share to the one named last before it', () => {
    const text = 'Laura Bush met George Bush in Texas. Bush said the talks went well.';
    const found = withLoneSurnames(tokenize(text), [
      mention(text, 'Laura Bush', 'person'),
      mention(text, 'George Bush', 'person'),
      mention(text, 'Texas', 'place'),
    ]);
    assert.strictEqual(found.find(m => m.text === 'Bush')?.actorKey, actorKey('person', 'George Bush'));
  });

  it('adds nothing where no person is named by two words, and never throws on empty text', () => {
    const text = 'White said he was satisfied. Lohan left.';
    const read = [mention(text, 'Lohan', 'person')];
    assert.deepStrictEqual(withLoneSurnames(tokenize(text), read), read);
    assert.deepStrictEqual(withLoneSurnames(tokenize(''), []), []);
  });
});
