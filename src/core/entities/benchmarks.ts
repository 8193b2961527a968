// Market benchmarks are named after a body or a place ("Dow Jones industrial average", "West Texas Intermediate",
// "the Bovespa index"): under CoNLL's conventions the whole is MISC, and no part of it a body or a place.
import type { Span } from '../types';

// Exchanges and index makers whose names open an index's ("the Nikkei average", "the Nasdaq Composite"); not
// any name before "average" or "index" ("below the EU average", "the World Bank index").
const INDEX_MAKERS = new Set(
  (
    'nikkei topix bovespa ibovespa nasdaq dax cac ftse ibex mib smi aex kospi taiex sensex nifty ipc merval ipsa ' +
    'jse asx tsx psei klci jci stoxx msci russell dow shanghai shenzhen'
  ).split(' '),
);
const INDEX_MAKER_PHRASES = new Set(['hang seng', 'straits times', 's&p', 'dow jones', 'euro stoxx']);
const INDEX_WORD_AFTER = /^[ \t]+(?:index|average|composite)(?![\p{L}\p{N}])/iu;
const BENCHMARK_AFTER =
  /^[ \t]+(?:(?:industrial|transportation|utility)[ \t]+average|industrials|intermediate)(?![\p{L}\p{N}])/iu;
const BENCHMARK = /(?:^|[ \t])(?:Intermediate|Industrial[ \t]+Average)$|^WTI$/;

/** Whether a name is a market benchmark's or opens one: "WTI", "Dow Jones" of "Dow Jones industrial average". */
export function isInBenchmarkName(text: string, name: Span): boolean {
  const rest = text.slice(name.end, name.end + 30);
  if (BENCHMARK.test(name.text) || BENCHMARK_AFTER.test(rest)) return true;
  const maker = name.text.toLowerCase();
  return (INDEX_MAKERS.has(maker) || INDEX_MAKER_PHRASES.has(maker)) && INDEX_WORD_AFTER.test(rest);
}
