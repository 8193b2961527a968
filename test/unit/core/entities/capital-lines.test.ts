import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import { withCapitalLinesCased, withSlugsApart } from '../../../../src/core/entities/capital-lines';

// Wire copy written here for these tests: a headline in capitals over a story in prose.
const cased = (text: string) => withCapitalLinesCased(text, tokenize(text).tokens);

describe('withCapitalLinesCased', () => {
  it('writes a headline’s words the way the story writes them, names and everyday words alike', () => {
    const text = [
      "RUGBY UNION - NEW ZEALAND'S ALL BLACKS BEAT WALES IN CARDIFF.",
      "New Zealand's All Blacks beat Wales 34-15 at Cardiff Arms Park on Saturday, with Jonah Lomu scoring twice.",
    ].join('\n');
    assert.strictEqual(cased(text).split('\n')[0], "Rugby union - New Zealand's All Blacks beat Wales in Cardiff.");
  });

  it('gives a name the gazetteer lists its capitals though the story never writes it, and keeps a short acronym', () => {
    const text = ["CLIMBER DIES ON NEW ZEALAND'S HIGHEST PEAK, UN SAYS.", 'A climber died on Thursday.'].join('\n');
    assert.strictEqual(cased(text).split('\n')[0], "Climber dies on New Zealand's highest peak, UN says.");
  });

  it('changes only the case of letters on lines in capitals, so every offset holds', () => {
    const text = ['SOCCER - SHEARER DOUBLE LIFTS NEWCASTLE.', 'LONDON 1996-08-30', 'Alan Shearer scored twice.'].join(
      '\n',
    );
    const out = cased(text);
    assert.strictEqual(out.length, text.length);
    assert.strictEqual(out.toLowerCase(), text.toLowerCase());
    assert.deepStrictEqual(out.split('\n'), [
      'Soccer - Shearer double lifts Newcastle.',
      'London 1996-08-30',
      'Alan Shearer scored twice.',
    ]);
  });

  it('takes no capital from a word that only opens a sentence in the story', () => {
    const text = ['SOCCER - SPANISH LEAGUE RESULTS .', 'Results of Spanish first division matches on Sunday :'].join(
      '\n',
    );
    assert.strictEqual(cased(text).split('\n')[0], 'Soccer - Spanish league results .');
  });

  it('writes a hyphenated word of everyday words and figures in lower case, a hyphenated name with its capitals', () => {
    const text = ['35-YEAR-OLD MAN IN HIGH-PROFILE CASE LEAVES GUINEA-BISSAU', 'The case went on.'].join('\n');
    assert.strictEqual(cased(text).split('\n')[0], '35-year-old man in high-profile case leaves Guinea-Bissau');
    const paper = ['CHICAGO SUN-TIMES SAYS SO', 'A man said so.'].join('\n');
    assert.strictEqual(cased(paper).split('\n')[0], 'Chicago Sun-Times says so');
  });

  it('leaves a text without a line in capitals as it is', () => {
    const text = 'Japan’s Foreign Ministry said on Thursday the talks with the EU had failed.';
    assert.strictEqual(cased(text), text);
  });
});

describe('withSlugsApart', () => {
  it("parts a wire headline's topic from its first word, letter for letter, and nothing else's hyphen", () => {
    const text =
      'CRICKET-India beat Australia\nUPDATE 2-Oil rises\nNATO-Russia council meets\nRUGBY UNION-All Blacks win';
    const apart = withSlugsApart(text);
    assert.strictEqual(apart.length, text.length);
    assert.deepStrictEqual(apart.split('\n'), [
      'CRICKET India beat Australia',
      'UPDATE 2 Oil rises',
      'NATO-Russia council meets',
      'RUGBY UNION All Blacks win',
    ]);
  });
});
