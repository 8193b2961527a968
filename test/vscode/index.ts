// Integration-test entry: VS Code's extension host calls run(), which runs every *.test.js beside this file with mocha.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

// VSCODE_TEST_REPORT: file that receives mocha's formatted (spec) output, appended line by line.
// NEWS_LENS_TEST_SUMMARY: file that receives {"passed":N,"failed":N,"failures":["full title", ...]} at the end.
// NEWS_LENS_TEST_FILES: optional comma-separated parts of test file names, to run only those files while working.
export function run(): Promise<void> {
  const report = process.env.VSCODE_TEST_REPORT;
  const summaryFile = process.env.NEWS_LENS_TEST_SUMMARY;
  // Extension-host console output reaches the browser unformatted, so format it here and write it to the report file.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    const line = util.format(...args);
    if (report) fs.appendFileSync(report, line + '\n');
    else console.log(line);
  };

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000 });
  const only = process.env.NEWS_LENS_TEST_FILES?.split(',').filter(Boolean);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js') && (!only || only.some(part => f.includes(part))))
      mocha.addFile(path.join(__dirname, f));
  }

  return new Promise((resolve, reject) => {
    let passed = 0;
    const failures: string[] = [];
    const writeSummary = () => {
      if (summaryFile)
        fs.writeFileSync(summaryFile, JSON.stringify({ passed, failed: failures.length, failures }) + '\n');
    };
    try {
      const runner = mocha.run(failed => {
        writeSummary();
        if (failed > 0) reject(new Error(`${failed} test(s) failed`));
        else if (passed === 0) reject(new Error('no tests ran'));
        else resolve();
      });
      runner.on('pass', () => {
        passed++;
      });
      runner.on('fail', test => {
        failures.push(test.fullTitle());
      });
    } catch (err) {
      // e.g. a test file that throws while loading
      failures.push(`loading tests: ${err instanceof Error ? err.message : String(err)}`);
      Mocha.reporters.Base.consoleLog('Error while loading the tests:', err);
      writeSummary();
      reject(err);
    }
  });
}
