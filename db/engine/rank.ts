import type { Replica } from '../connection';
import { idf } from './impact';
import type { Group } from './plan';

/*
 * Scores candidates from the groups' posting lists: a variant's score is the sum over groups of
 * its best alternative (weight × IDF × impact) — BM25F over the query — and the share of the
 * query it covers lifts it, so a variant with every word beats one with a single strong word.
 * A frequent word's list is only its best K variants, so a candidate missing from it may still
 * contain the word: for the leading candidates FTS5 answers that exactly (one ~8 µs seek each).
 */

export interface Scored {
  rowid: number;
  score: number;
  covered: number;
}

/** Seeks spent checking leading candidates for words their lists could not tell about. */
const MAX_CHECKS = 24;
/** A variant with none of the required words keeps this share of its score (synonym-only matches). */
const COVERAGE_FLOOR = 0.25;
const CHECKED_CANDIDATES = 12;
const FTS_HAS = `SELECT 1 FROM article_fts WHERE article_fts MATCH ? AND rowid = ?`;

export function scoreCandidates(
  replica: Replica,
  groups: readonly Group[],
  docs: number,
  accept: (rowid: number) => boolean,
): Scored[] {
  const required = groups.filter((g) => g.required).length || 1;
  const width = groups.length;
  // Dense per-candidate rows in one typed array: allocating a row per candidate costs more
  // than the scoring itself (measured: ~1.4 µs per posting with a Float64Array each).
  let capacity = 0;
  for (const g of groups) for (const a of g.alternatives) capacity += a.postings.length;
  const slot = new Map<number, number>();
  const rowids: number[] = [];
  const cells = new Float64Array(Math.max(1, capacity) * width);
  groups.forEach((g, gi) => {
    for (const a of g.alternatives) {
      const w = a.weight * idf(a.df, docs);
      for (const p of a.postings) {
        let i = slot.get(p.rowid);
        if (i === undefined) {
          i = accept(p.rowid) ? rowids.push(p.rowid) - 1 : -1;
          slot.set(p.rowid, i);
        }
        if (i < 0) continue;
        const s = w * p.impact;
        const at = i * width + gi;
        if (s > (cells[at] ?? 0)) cells[at] = s;
      }
    }
  });

  const perDoc = new Map<number, Float64Array>();
  const scored: Scored[] = rowids.map((rowid, i) => {
    const row = cells.subarray(i * width, (i + 1) * width);
    perDoc.set(rowid, row);
    return total(rowid, row, groups, required);
  });
  scored.sort(byScore);
  // Enough candidates with every word already: one outside a list's best K cannot beat them on
  // that word, so the FTS5 checks would only cost time.
  const complete = scored.reduce((n, c) => n + (c.covered >= required ? 1 : 0), 0);
  if (groups.length > 1 && complete < CHECKED_CANDIDATES) {
    verifyLeaders(replica, groups, docs, perDoc, scored, required);
  }
  return scored;
}

function total(
  rowid: number,
  row: Float64Array,
  groups: readonly Group[],
  required: number,
): Scored {
  let sum = 0;
  const hit = new Set<number>();
  groups.forEach((g, gi) => {
    const s = row[gi] ?? 0;
    sum += s;
    if (s <= 0) return;
    if (g.required) hit.add(gi);
    for (const c of g.covers ?? []) if (groups[c]?.required) hit.add(c);
  });
  const covered = hit.size;
  return {
    rowid,
    score: sum * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * (covered / required)),
    covered,
  };
}

const byScore = (a: Scored, b: Scored): number => b.score - a.score || a.rowid - b.rowid;

function verifyLeaders(
  replica: Replica,
  groups: readonly Group[],
  docs: number,
  perDoc: Map<number, Float64Array>,
  scored: Scored[],
  required: number,
): void {
  const has = replica.statement<[string, number]>(FTS_HAS);
  let checks = 0;
  let changed = false;
  for (const cand of scored.slice(0, CHECKED_CANDIDATES)) {
    const row = perDoc.get(cand.rowid);
    if (!row) continue;
    groups.forEach((g, gi) => {
      // Only words the query needs: an optional unit (a lone Chinese character) decides little.
      if (!g.required || (row[gi] ?? 0) > 0 || checks >= MAX_CHECKS) return;
      const truncated = g.alternatives.filter((a) => !a.complete && a.postings.length > 0);
      if (truncated.length === 0) return;
      checks++;
      const match = truncated.map((a) => `"${a.term}"${a.prefix ? '*' : ''}`).join(' OR ');
      if (has.get(match, cand.rowid) === undefined) return;
      // Outside the best K, so its impact is at most the list's last one: count it at that.
      row[gi] = Math.max(
        ...truncated.map(
          (a) => a.weight * idf(a.df, docs) * (a.postings[a.postings.length - 1]?.impact ?? 0),
        ),
      );
      changed = true;
    });
  }
  if (!changed) return;
  for (let i = 0; i < Math.min(scored.length, CHECKED_CANDIDATES); i++) {
    const s = scored[i];
    const row = s && perDoc.get(s.rowid);
    if (s && row) scored[i] = total(s.rowid, row, groups, required);
  }
  scored.sort(byScore);
}
