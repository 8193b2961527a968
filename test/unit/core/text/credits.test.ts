import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';
import { findCredits, markCredits } from '../../../../src/core/text/credits';
import { annotate } from '../../../../src/core';
import { readSeed } from '../../seeds';

const CREDIT_SCOPE = 'comment.line.credit.photo.news';
const grammarTest = path.join(__dirname, '..', '..', '..', '..', '..', 'test', 'grammar', 'credit.test.news');

const creditTexts = (text: string) => findCredits(text).map(c => c.text);

describe('findCredits', () => {
  it('agrees with the news grammar on every line of its credit test file', () => {
    const testCase = parseGrammarTestCase(fs.readFileSync(grammarTest, 'utf8'));
    let checked = 0;
    for (const line of testCase.assertions) {
      const source = testCase.source[line.sourceLineNumber];
      const credits = findCredits(source);
      for (const { from, to: through, scopes, exclude } of line.scopeAssertions) {
        // The grammar sees each line with its line break, and an assertion may reach over it.
        const to = Math.min(through, source.length);
        const covered = credits.some(c => c.start <= from && to <= c.end);
        const touched = credits.some(c => c.start < to && from < c.end);
        if (scopes.includes(CREDIT_SCOPE))
          assert.ok(covered, `${source} [${from}, ${to}) is a credit; found ${JSON.stringify(credits)}`);
        if (exclude.includes(CREDIT_SCOPE))
          assert.ok(!touched, `${source} [${from}, ${to}) is no credit; found ${JSON.stringify(credits)}`);
        checked++;
      }
    }
    assert.ok(checked >= 8, `${checked} assertions`);
  });

  it('finds the bracketed credits of wire photo captions', () => {
    assert.deepStrictEqual(
      creditTexts('Ukrainian soldiers fire a howitzer near Bakhmut, Ukraine, on Friday. (AP Photo/Efrem Lukatsky)'),
      ['(AP Photo/Efrem Lukatsky)'],
    );
    assert.deepStrictEqual(
      creditTexts(
        'President Joe Biden speaks at the White House in Washington. (Reuters/Kevin Lamarque) He said the talks would go on.',
      ),
      ['(Reuters/Kevin Lamarque)'],
    );
    assert.deepStrictEqual(
      creditTexts('Senators arrive for the vote at the Capitol. (Photo by Chip Somodevilla/Getty Images)'),
      ['(Photo by Chip Somodevilla/Getty Images)'],
    );
  });

  it('leaves datelines and agencies in the story alone', () => {
    assert.deepStrictEqual(
      creditTexts('BRUSSELS (Reuters) - European Union leaders agreed on Friday to open accession talks with Ukraine.'),
      [],
    );
    assert.deepStrictEqual(
      creditTexts(
        'TOKYO, December 11. /TASS/. Chief of Russia’s General Staff Army General Valery Gerasimov met Onodera.',
      ),
      [],
    );
    assert.deepStrictEqual(
      creditTexts('Two Egyptian security sources told Reuters on Monday, and AP/Ipsos polling agreed.'),
      [],
    );
  });

  it('gives exact spans, and nothing for empty text', () => {
    const text =
      'Putin at the Novo-Ogaryovo residence outside Moscow 🇷🇺. Photo: Mikhail Metzel/TASS\r\n© AFP 2023 / DOMINICK REUTER';
    for (const credit of findCredits(text)) assert.strictEqual(text.slice(credit.start, credit.end), credit.text);
    assert.deepStrictEqual(creditTexts(text), ['Photo: Mikhail Metzel/TASS', '© AFP 2023 / DOMINICK REUTER']);
    assert.deepStrictEqual(findCredits(''), []);
  });
});

describe('markCredits', () => {
  it('marks the photographer and the agency of seed 004’s credit, and no name of the story', () => {
    const text = readSeed('004_0b466d24d87483c2.txt');
    const entities = annotate(text).entities;
    const credited = entities.filter(e => e.credit).map(e => e.text);
    assert.deepStrictEqual(credited, ['AFP', 'DOMINICK REUTER', 'Sergey Lavrov']);
    const lavrovs = entities.filter(e => e.actorKey === 'person:sergei-lavrov');
    assert.ok(lavrovs.length > 3 && lavrovs.slice(1).every(e => !e.credit), JSON.stringify(lavrovs));
  });

  it('marks both credits of Vladimir Gerdo in seed 001, before and after his caption', () => {
    const entities = annotate(readSeed('001_b0e5feebaca363bc.txt')).entities;
    const gerdo = entities.filter(e => e.text === 'Vladimir Gerdo');
    assert.strictEqual(gerdo.length, 2);
    assert.ok(
      gerdo.every(e => e.credit),
      JSON.stringify(gerdo),
    );
    assert.ok(entities.some(e => e.text === 'Igor Morgulov' && !e.credit));
  });

  it('returns the mentions unchanged where the text has no credit', () => {
    const text = 'Seoul and Washington hold joint military drills.';
    const mentions = annotate(text).entities;
    assert.strictEqual(markCredits(text, mentions), mentions);
    assert.ok(mentions.every(m => !('credit' in m)));
  });
});
