import type { Replica } from '../../db/connection';
import { indexTerms } from '../../shared/text/analyze';

/*
 * The baseline the engine is measured against: plain FTS5 over the same article_fts index,
 * ranked by bm25 for every match (DESIGN.md "Search": 76 ms for a frequent word at 100k).
 * Query text goes through the function that writes the index (shared/text/analyze.ts
 * indexTerms), so the baseline asks for exactly the terms the index holds, however the
 * normaliser folds, stems or splits them.
 */

const BASELINE = `SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY bm25(article_fts) LIMIT 10`;
const HAN = /\p{Script=Han}/u;

/**
 * A sanitised FTS5 expression for `text`: every index term quoted, ANDed; with `prefix`, the
 * last one matches as a prefix ("xy"*). Chinese is asked for by its bigrams, which the index
 * holds for every run (a lone character only when it is all there is): the index's words of
 * three or more characters depend on how the segmenter cut the surrounding sentence.
 */
export function baselineMatch(text: string, options: { prefix: boolean }): string | null {
  const terms = [...new Set(indexTerms(text))];
  const han = terms.filter((t) => HAN.test(t));
  const bigrams = han.filter((t) => Array.from(t).length === 2);
  const kept = terms.filter(
    (t) => !HAN.test(t) || (bigrams.length > 0 ? bigrams.includes(t) : true),
  );
  if (kept.length === 0) return null;
  const quoted = kept.map((t) => `"${t.replaceAll('"', '""')}"`);
  if (options.prefix) quoted[quoted.length - 1] += '*';
  return quoted.join(' AND ');
}

/** Runs the baseline query; returns the number of rows, so the work cannot be optimised away. */
export function runBaseline(replica: Replica, match: string): number {
  return replica.statement<[string], { rowid: number }>(BASELINE).all(match).length;
}
