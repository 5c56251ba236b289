import type { OutboxEvent } from '../../shared/sync/outbox';
import type { Queryable } from '../store/store';

/**
 * Inserts a user's events; a key the user already sent is skipped. Returns the keys stored now
 * (lower case, as PostgreSQL spells a uuid). One statement, so the batch is stored whole or not
 * at all. Rows go in in key order (`ORDER BY`): two requests carrying overlapping keys in
 * different orders then wait for each other instead of deadlocking, and the later one skips the
 * keys the earlier one stored.
 */
export async function insertEvents(
  q: Queryable,
  userId: number,
  events: readonly OutboxEvent[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = events.map((e) => ({
    key: e.key.toLowerCase(),
    type: e.type,
    device_id: e.deviceId,
    occurred_at: e.occurredAt,
    payload: e.payload,
  }));
  const inserted = await q.query<{ key: string }>(
    `INSERT INTO agent_events (user_id, key, type, device_id, occurred_at, payload)
     SELECT $1, e.key, e.type, e.device_id, e.occurred_at, e.payload
       FROM jsonb_to_recordset($2::jsonb)
         AS e(key uuid, type text, device_id text, occurred_at timestamptz, payload jsonb)
      ORDER BY e.key
     ON CONFLICT (user_id, key) DO NOTHING
     RETURNING key::text AS key`,
    [userId, JSON.stringify(rows)],
  );
  return new Set(inserted.map((r) => r.key));
}
