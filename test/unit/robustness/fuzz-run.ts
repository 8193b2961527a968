// Annotates a run of fuzz texts twice and counts what went wrong: exceptions, broken spans, and texts
// whose second annotation differs from the first (the core must be deterministic).
import { createHash } from 'crypto';
import { annotate } from '../../../src/core/annotate';
import { fuzzTexts, type FuzzOptions } from './fuzz-texts';
import { annotationProblems } from './invariants';

export interface FuzzReport {
  texts: number;
  characters: number;
  exceptions: number;
  invalid: number;
  nondeterministic: number;
  /** The first few failures, with the text that caused them, to reproduce them. */
  examples: { text: string; problem: string }[];
  ms: number;
}

const EXAMPLES = 5;

export function runFuzz(count: number, options: FuzzOptions): FuzzReport {
  const started = Date.now();
  const report: FuzzReport = {
    texts: 0,
    characters: 0,
    exceptions: 0,
    invalid: 0,
    nondeterministic: 0,
    examples: [],
    ms: 0,
  };
  const fail = (text: string, problem: string) => {
    if (report.examples.length < EXAMPLES) report.examples.push({ text, problem });
  };
  const hashes: (string | null)[] = [];
  for (const text of fuzzTexts(count, options)) {
    report.texts++;
    report.characters += text.length;
    const annotation = annotateSafely(text);
    if (typeof annotation === 'string') {
      report.exceptions++;
      fail(text, annotation);
      hashes.push(null);
      continue;
    }
    const problems = annotationProblems(text, annotation.value);
    if (problems.length) {
      report.invalid++;
      fail(text, problems[0]);
    }
    hashes.push(annotation.hash);
  }
  // Again, after every other text: state left behind by one text must not change another's result.
  let i = 0;
  for (const text of fuzzTexts(count, options)) {
    const expected = hashes[i++];
    const again = annotateSafely(text);
    if (expected === null || typeof again === 'string') continue;
    if (again.hash !== expected) {
      report.nondeterministic++;
      fail(text, 'a second annotation of the text differs from the first');
    }
  }
  report.ms = Date.now() - started;
  return report;
}

/** The annotation and a hash of it, or the exception's message. */
function annotateSafely(text: string): { value: ReturnType<typeof annotate>; hash: string } | string {
  try {
    const value = annotate(text);
    return { value, hash: createHash('sha1').update(JSON.stringify(value)).digest('hex') };
  } catch (error) {
    return `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
}
