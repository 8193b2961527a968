// Runs the grammar test files of test/grammar/ (vscode-tmgrammar-test's format) against the grammar package.json contributes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createRegistry, loadConfiguration } from 'vscode-tmgrammar-test/dist/common/index';
import { parseGrammarTestCase, runGrammarTestCase, type TestFailure } from 'vscode-tmgrammar-test/dist/unit/index';

const root = path.join(__dirname, '..', '..', '..', '..');
const testDir = path.join(root, 'test', 'grammar');

function describeFailure(source: string[], failure: TestFailure): string {
  const where = `line ${failure.srcLine + 1}, columns ${failure.start}-${failure.end}: ${source[failure.srcLine]}`;
  const wrong = [failure.missing.length && `missing ${failure.missing.join(' ')}`, failure.unexpected.length && `unexpected ${failure.unexpected.join(' ')}`];
  return `${where}\n    ${wrong.filter(Boolean).join('; ')} (actual: ${failure.actual.join(' ')})`;
}

describe('news grammar (syntaxes/news.tmLanguage.json)', () => {
  const { grammars } = loadConfiguration(path.join(root, 'package.json'), undefined, undefined);
  const registry = createRegistry(grammars);
  const files = fs.readdirSync(testDir).filter(f => f.endsWith('.test.news')).sort();

  it('has grammar test files', () => assert.ok(files.length > 0, testDir));

  for (const file of files) {
    const testCase = parseGrammarTestCase(fs.readFileSync(path.join(testDir, file), 'utf8'));
    it(`${file}: ${testCase.metadata.description}`, async () => {
      assert.ok(testCase.assertions.length > 0, 'the file asserts something');
      const failures = await runGrammarTestCase(registry, testCase);
      assert.deepStrictEqual(failures.map(f => describeFailure(testCase.source, f)), []);
    });
  }
});
