import { FEED_LOCK } from '../store/locks';
import type { Store } from '../store/store';
import { feedHead } from './writer';

export interface Compaction {
  horizon: number;
  removed: number;
}

/**
 * Drops feed rows with seq <= `throughSeq` and raises the horizon: a client whose cursor is below
 * it gets `reset` and reloads a snapshot. Under the feed lock so no append interleaves.
 */
export async function compactFeed(store: Store, throughSeq: number): Promise<Compaction> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
    const through = Math.min(throughSeq, await feedHead(tx));
    const removed = await tx.query('DELETE FROM feed WHERE seq <= $1 RETURNING seq', [through]);
    const [state] = await tx.query<{ horizon: number }>(
      'UPDATE feed_state SET horizon = greatest(horizon, $1) WHERE id = 1 RETURNING horizon',
      [through],
    );
    return { horizon: state?.horizon ?? through, removed: removed.length };
  });
}

/** Retention: compact everything written before `cutoff`. */
export async function compactOlderThan(store: Store, cutoff: Date): Promise<Compaction | null> {
  const [row] = await store.query<{ seq: number | null }>(
    'SELECT max(seq) AS seq FROM feed WHERE created_at < $1',
    [cutoff],
  );
  if (!row?.seq) return null;
  return compactFeed(store, row.seq);
}
