import * as assert from 'assert';
import { withNicknames } from '../../../../src/core/entities/nicknames';
import { actorKey } from '../../../../src/core/actors/actor-key';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('withNicknames', () => {
  it('reads a name with a nickname in quotes of any kind as one person, keyed by the name without it', () => {
    const text =
      'Mob boss Vincent "The Chin" Gigante died. Prosecutors named Salvatore “Sammy the Bull” Gravano. ' +
      "Mark `` Deep Throat '' Felt was 95.";
    // "Salvatore" is read as nothing: the first name says the rest is a person's name.
    const found = withNicknames(text, [
      mention(text, 'Vincent'),
      mention(text, 'Gigante'),
      mention(text, 'Mark'),
      mention(text, 'Felt'),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Vincent "The Chin" Gigante:person',
      'Salvatore “Sammy the Bull” Gravano:person',
      "Mark `` Deep Throat '' Felt:person",
    ]);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Vincent Gigante'));
  });

  it('reads a capitalised nickname in brackets inside a name too, not a bracket of lower-case words', () => {
    const text = 'Mourners held a vigil for Kimani (Kiki) Gray, 16. Anna (not her real name) Petrova spoke.';
    const found = withNicknames(text, [
      mention(text, 'Kimani'),
      mention(text, 'Kiki', 'organization'),
      mention(text, 'Gray'),
      mention(text, 'Anna'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Kimani (Kiki) Gray:person', 'Anna:person']);
    assert.strictEqual(found[0].actorKey, actorKey('person', 'Kimani Gray'));
  });

  it('leaves a title in quotes before an everyday word, or between names no person or first name stands in', () => {
    const text =
      "Gary Ross 'Catching Fire' Negotiations Continue. Executives at Paramount 'Red Dawn' Hollywood screenings left.";
    const mentions = [
      mention(text, 'Gary Ross'),
      mention(text, 'Paramount', 'organization'),
      mention(text, 'Hollywood', 'place'),
    ];
    assert.deepStrictEqual(read(text, withNicknames(text, [...mentions])), [
      'Gary Ross:person',
      'Paramount:organization',
      'Hollywood:place',
    ]);
  });

  it('reads no nickname in a quoted clause between two sentences', () => {
    const text = 'He would not sell him to Tottenham. "Les is going nowhere," Keegan told the paper.';
    const mentions = [mention(text, 'Tottenham', 'organization'), mention(text, 'Les'), mention(text, 'Keegan')];
    assert.deepStrictEqual(read(text, withNicknames(text, [...mentions])), [
      'Tottenham:organization',
      'Les:person',
      'Keegan:person',
    ]);
  });

  it('reads a run of capitals joined by dots or hyphens in time linear in its length ("A.A.A.…", "A-A-…")', () => {
    for (const unit of ['A.', 'A-']) {
      const text = `Mob boss Vincent "The Chin" Gigante met ${unit.repeat(80_000)} there.`;
      const started = performance.now();
      const found = withNicknames(text, [mention(text, 'Vincent'), mention(text, 'Gigante')]);
      // 160,000 characters: tens of seconds when every mark starts a match again, milliseconds when none does.
      assert.ok(performance.now() - started < 2000, `${unit}: ${Math.round(performance.now() - started)} ms`);
      assert.deepStrictEqual(read(text, found), ['Vincent "The Chin" Gigante:person']);
    }
  });
});
