// `npm run fuzz [-- --count N --seed S --max-length L]`: the core's fuzz test, bigger than in `npm test`.
// Prints the counts and the first failures; exits non-zero on any failure.
'use strict';
const path = require('path');

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = option('count', 100_000);
const seed = option('seed', Date.now() % 1_000_000);
const maxLength = option('max-length', 2000);

const { runFuzz } = require(path.join(__dirname, '..', 'out', 'test', 'unit', 'robustness', 'fuzz-run.js'));
console.log(`fuzzing the core: ${count} texts, seed ${seed}, up to ${maxLength} characters`);
const report = runFuzz(count, { seed, maxLength });
console.log(
  `${report.texts} texts (${(report.characters / 1e6).toFixed(1)} M characters) in ${(report.ms / 1000).toFixed(1)} s: ` +
    `${report.exceptions} exceptions, ${report.invalid} with invalid or overlapping spans, ${report.nondeterministic} nondeterministic`,
);
for (const example of report.examples)
  console.log(`- ${example.problem}\n  in ${JSON.stringify(example.text.slice(0, 500))}`);
process.exitCode = report.exceptions + report.invalid + report.nondeterministic > 0 ? 1 : 0;
