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
// What follows a benchmark's opening name ("Dow Jones industrial average", "the CBS all-share index"), and what
// ends or is one ("West Texas Intermediate", "the BSE Sensex", "WTI").
const BENCHMARK_AFTER =
  /^[ \t]+(?:(?:industrial|transportation|utility)[ \t]+average|industrials|intermediate|all-shares?[ \t]+index)(?![\p{L}\p{N}])/iu;
const BENCHMARK = /(?:^|[ \t])(?:Intermediate|Industrial[ \t]+Average|Sensex|Nifty)$|^WTI$/i;

/** Whether a name is a market index's own ("Nikkei", "Hang Seng", "Sensex"), as a table of indices lists them. */
export function isIndexName(name: string): boolean {
  const lower = name.toLowerCase();
  return INDEX_MAKERS.has(lower) || INDEX_MAKER_PHRASES.has(lower) || BENCHMARK.test(name);
}

/** Whether a name is a market benchmark's or opens one: "WTI", "Dow Jones" of "Dow Jones industrial average". */
export function isInBenchmarkName(text: string, name: Span): boolean {
  const rest = text.slice(name.end, name.end + 30);
  if (BENCHMARK.test(name.text) || BENCHMARK_AFTER.test(rest)) return true;
  const maker = name.text.toLowerCase();
  return (INDEX_MAKERS.has(maker) || INDEX_MAKER_PHRASES.has(maker)) && INDEX_WORD_AFTER.test(rest);
}

// Credit ratings, Moody's ("Baa3", "Aa1") and Standard & Poor's ("BBB-minus", "AA+"): grades, not names.
const RATING =
  /^(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|(?:AAA|AA|A|BBB|BB|B|CCC)(?:[+-]|-minus|-plus))$/;

/** The mention without a credit rating it was read with ("Dongbang BBB-minus"), or none if it is one ("Baa3"). */
export function withoutRating<M extends Span>(mention: M): M[] {
  const words = mention.text.split(' ');
  if (!RATING.test(words[words.length - 1])) return [mention];
  if (words.length === 1) return [];
  const text = words.slice(0, -1).join(' ');
  return [{ ...mention, end: mention.start + text.length, text }];
}
