import * as assert from 'assert';
import { governmentDepartments } from '../../../../src/core/entities/government-departments';

// Sentences written here for these tests (no test set's text), naming departments the way US news does.
const names = (text: string) =>
  governmentDepartments(text).map(d => {
    assert.strictEqual(text.slice(d.start, d.end), d.text);
    return d.text;
  });

describe('governmentDepartments', () => {
  it('reads each short name before a shared plural head as the department', () => {
    assert.deepStrictEqual(names('The Energy and Labor departments will review the rule.'), ['Energy', 'Labor']);
    assert.deepStrictEqual(names('It asked the Treasury, Justice and State secretaries to act.'), [
      'Treasury',
      'Justice',
      'State',
    ]);
    assert.deepStrictEqual(names('The Health and Human Services and Education departments agreed.'), [
      'Health and Human Services',
      'Education',
    ]);
  });

  it("reads a short name before its officials, not a state's nor one opening a sentence", () => {
    assert.deepStrictEqual(names('The plan, said Treasury officials, was final.'), ['Treasury']);
    assert.deepStrictEqual(names('Local and State officials met. Energy officials said prices rose.'), []);
  });

  it('leaves a title and a name the head word makes', () => {
    assert.deepStrictEqual(names('Labor Secretary Marty Walsh spoke at the Labor Department on Monday.'), []);
  });
});
