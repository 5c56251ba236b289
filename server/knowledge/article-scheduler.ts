import type { FastifyBaseLogger } from 'fastify';
import { writeTransaction } from '../feed/writer';
import type { Queryable, Store } from '../store/store';
import { archive, publishNow } from './workflow';

const TICK_MS = 1000;

/** Due now: scheduled publications and expiries (both columns have partial indexes). */
const DUE = `SELECT id, 'publish' AS what FROM articles
              WHERE publish_at <= now() AND status = 'scheduled'
             UNION ALL
             SELECT id, 'expire' AS what FROM articles
              WHERE expires_at <= now() AND status <> 'archived'`;

/**
 * Scheduled publication and expiry (issue 9 item 4; R15): publishes articles whose `publishAt` has
 * come and archives those whose `expiresAt` has passed, through the same feed path as a reviewer's
 * action so replicas follow. Each tick is one indexed read; a write transaction opens only when
 * something is due, and re-checks under the feed lock (several servers may share one store).
 * Returns a stop function.
 */
export function startArticleScheduler(store: Store, log: FastifyBaseLogger): () => void {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const due = await store.query<{ id: string }>(DUE);
      if (due.length > 0) await writeTransaction(store, runDue);
    } catch (error) {
      if (!stopped) log.warn({ err: error }, 'article scheduler failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/** Inside the write transaction: what is still due once the feed lock is held. */
export async function runDue(tx: Queryable, feed: Parameters<typeof publishNow>[1]): Promise<void> {
  const due = await tx.query<{
    id: string;
    what: 'publish' | 'expire';
    scheduled_revisions: Record<string, number> | null;
  }>(
    `SELECT d.id, d.what, a.scheduled_revisions FROM (${DUE}) d JOIN articles a ON a.id = d.id
      ORDER BY d.what DESC, d.id FOR UPDATE OF a`,
  );
  const expiring = new Set(due.filter((d) => d.what === 'expire').map((d) => d.id));
  for (const d of due) {
    if (d.what === 'publish') {
      // Expiring as well: publishing first would only show agents what is withdrawn at once.
      if (expiring.has(d.id)) continue;
      await publishNow(tx, feed, d.id, d.scheduled_revisions ?? {}, null);
    } else {
      await archive(tx, feed, d.id, 'expired', '', null);
    }
  }
}
