/** Per-query latencies of one engine on one class, in microseconds. */
export interface Latencies {
  p50: number;
  p99: number;
  samples: number;
  /** Share of queries that found anything. */
  found: number;
}

/** Queries run untimed first, so the timed run sees warm caches and compiled code paths. */
const WARM_UP_QUERIES = 20;

/**
 * Times `run` (which returns its number of results) once per query. A class is warmed up with its first queries, then every query is
 * timed on its own with the monotonic clock: per-query figures, because a p99 is what an agent
 * notices, and a mean hides it.
 */
export function timeQueries<Q>(queries: readonly Q[], run: (query: Q) => number): Latencies {
  for (const q of queries.slice(0, WARM_UP_QUERIES)) run(q);
  const micros: number[] = [];
  let found = 0;
  for (const q of queries) {
    const started = process.hrtime.bigint();
    const hits = run(q);
    micros.push(Number(process.hrtime.bigint() - started) / 1_000);
    if (hits > 0) found++;
  }
  micros.sort((a, b) => a - b);
  return {
    p50: percentile(micros, 0.5),
    p99: percentile(micros, 0.99),
    samples: micros.length,
    found: micros.length === 0 ? 0 : found / micros.length,
  };
}

/** Nearest-rank percentile of sorted values (p in 0…1); 0 when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}
