import type { Audience, Membership } from '../access/audience';
import { FEED_LOCK } from '../store/locks';
import type { Queryable, Store } from '../store/store';

/** The NOTIFY channel that carries the feed head after each commit; the payload is the seq. */
export const FEED_CHANNEL = 'cuecard_feed';

export type FeedKind = 'article' | 'category' | 'tree' | 'notice' | 'synonyms' | 'membership';

export interface FeedEntry {
  kind: FeedKind;
  entityId: string;
  /** Who could see the entity before the change; null where it did not exist or was unpublished. */
  audienceBefore: Audience | null;
  audienceAfter: Audience | null;
  membershipsBefore?: Membership[];
}

/** Appends feed rows inside a write transaction; remembers the last seq for the one NOTIFY. */
export class FeedWriter {
  lastSeq = 0;
  constructor(private readonly tx: Queryable) {}

  async append(entry: FeedEntry): Promise<number> {
    if (
      entry.audienceBefore === null &&
      entry.audienceAfter === null &&
      entry.kind !== 'membership'
    ) {
      return this.lastSeq; // invisible before and after: no agent can have or get it
    }
    const [row] = await this.tx.query<{ seq: number }>(
      `INSERT INTO feed (seq, kind, entity_id, audience_before, audience_after, memberships_before)
       VALUES (nextval('feed_seq'), $1, $2, $3, $4, $5)
       RETURNING seq`,
      [
        entry.kind,
        entry.entityId,
        json(entry.audienceBefore),
        json(entry.audienceAfter),
        json(entry.membershipsBefore ?? null),
      ],
    );
    if (!row) throw new Error('Feed insert returned nothing.');
    this.lastSeq = row.seq;
    return row.seq;
  }
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/**
 * Every write that can change what agents see goes through here. The feed lock is taken first,
 * before any read: writers are serialised for their whole transaction, so (a) seq order is commit
 * order — a reader at cursor N can never later find a row < N that committed late — and (b) the
 * "before" audience a writer records cannot be changed underneath it. Taking it first also means
 * no writer ever holds a row lock while waiting for it, so writers cannot deadlock on it.
 * One NOTIFY per commit (PostgreSQL delivers it only if the transaction commits).
 */
export async function writeTransaction<T>(
  store: Store,
  fn: (tx: Queryable, feed: FeedWriter) => Promise<T>,
): Promise<T> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
    const feed = new FeedWriter(tx);
    const result = await fn(tx, feed);
    if (feed.lastSeq > 0) {
      await tx.query('SELECT pg_notify($1, $2)', [FEED_CHANNEL, String(feed.lastSeq)]);
    }
    return result;
  });
}

/** The newest seq a reader can continue from (the horizon when the feed is empty). */
export async function feedHead(q: Queryable): Promise<number> {
  const [row] = await q.query<{ head: number }>(
    `SELECT coalesce((SELECT max(seq) FROM feed), (SELECT horizon FROM feed_state WHERE id = 1)) AS head`,
  );
  return row?.head ?? 0;
}
