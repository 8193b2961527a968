import * as assert from 'assert';
import { signOffPersons } from '../../../../src/core/entities/sign-offs';

describe('signOffPersons', () => {
  it('reads every reporter and editor a sign-off credits, without where they were', () => {
    const text =
      'The talks ended. (Reporting by Victoria Klesty in Oslo and Holger Pfaffenbach; Additional reporting by ' +
      'Simon van der Berg in Lagos; Editing by Kim Coghill, Terje Solsvik & Alexandra Hudson)';
    assert.deepStrictEqual(
      signOffPersons(text).map(p => text.slice(p.start, p.end)),
      [
        'Victoria Klesty',
        'Holger Pfaffenbach',
        'Simon van der Berg',
        'Kim Coghill',
        'Terje Solsvik',
        'Alexandra Hudson',
      ],
    );
  });

  it('leaves a newsroom, a lone word and the story itself alone', () => {
    const text =
      'Shares rose, analysts said by telephone. Editing by committee was blamed by Peter Jones.\n' +
      '(Reporting by Reuters Television and the Bengaluru Newsroom; Writing by Staff; Editing by Nobody)';
    assert.deepStrictEqual(signOffPersons(text), []);
  });

  it("leaves a bracket's aside in the story, which no sign-off ends", () => {
    const text = 'Exports rose 3 percent (compiled by Markit Economics) in May. (Reporting by Ana Ruiz)';
    assert.deepStrictEqual(
      signOffPersons(text).map(p => p.text),
      ['Ana Ruiz'],
    );
  });
});
