// For the tests of a describe block: a date rule that throws fails the test instead of losing its dates quietly.
import { reportDateRuleFailures, type DateRuleFailure } from '../../../../src/core/dates/find-dates';

export function failOnThrowingDateRules(): void {
  let previous: DateRuleFailure;
  before(() => {
    previous = reportDateRuleFailures((rule, error) => {
      throw new Error(`the date rule '${rule}' threw: ${error instanceof Error ? error.stack : String(error)}`);
    });
  });
  after(() => reportDateRuleFailures(previous));
}
