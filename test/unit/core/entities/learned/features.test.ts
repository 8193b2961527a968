import * as assert from 'assert';
import { tokenize } from '../../../../../src/core/text/tokenize';
import { recognizeEntities } from '../../../../../src/core/entities/recognize';
import { articleFeatures } from '../../../../../src/core/entities/learned/features';

// The features of the token `word` (its first occurrence) in `text`.
function featuresOf(text: string, word: string): string[] {
  const doc = tokenize(text);
  for (const sentence of articleFeatures(doc, recognizeEntities(doc))) {
    const i = sentence.tokens.findIndex(t => t.text === word);
    if (i >= 0) return sentence.features[i];
  }
  throw new Error(`no token ${word}`);
}

describe('learned tagger features', () => {
  it("reads the organization's noun after names joined by 'and' ('the Interior and Commerce departments')", () => {
    const text = 'Separately, the Interior and Commerce departments reported a finding.';
    assert.ok(featuresOf(text, 'Interior').includes('orgnoun|w=departments'));
    assert.ok(featuresOf(text, 'Commerce').includes('orgnoun|w=departments'));
    assert.ok(!featuresOf('Separately, the Interior reported a finding.', 'Interior').includes('orgnoun'));
  });

  it("marks a shop's brand ('Waitrose', 'Rite Aid') and a college named by one word ('Creighton')", () => {
    assert.ok(featuresOf('A fire destroyed a Waitrose supermarket in Surrey.', 'Waitrose').includes('brand=U'));
    assert.ok(featuresOf('He worked at a Rite Aid in Ohio.', 'Aid').includes('brand=L'));
    assert.ok(featuresOf('Creighton beat Drake 65-53.', 'Creighton').includes('college'));
  });

  it("reads a nickname the tokenizer splits after its digits ('76ers') as one", () => {
    const text = 'The Philadelphia 76ers beat the Celtics.';
    assert.ok(featuresOf(text, '76').includes('gluedteam=B'));
    assert.ok(featuresOf(text, 'ers').includes('gluedteam=L'));
  });

  it("gives a word alone the longer name the article writes it in ('the Post' of 'the Washington Post')", () => {
    const text = 'The Washington Post reported it first, and then the Post said the source was Felt.';
    const doc = tokenize(text);
    const [sentence] = articleFeatures(doc, recognizeEntities(doc));
    const posts = sentence.tokens.flatMap((t, i) => (t.text === 'Post' ? [sentence.features[i]] : []));
    assert.ok(posts[0].includes('runlast=L|post') && !posts[0].some(f => f.startsWith('within=')));
    assert.ok(posts[1].includes('within=L|post') && posts[1].includes('within|kind=L|org'), posts[1].join(' '));
  });
});
