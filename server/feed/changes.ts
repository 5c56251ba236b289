import type { ChangeItem, ChangesResponse, Reset, Snapshot } from '../../shared/sync/protocol';
import { SYNC_KINDS, type SyncKind, type SyncRecord } from '../../shared/sync/records';
import {
  audienceAllows,
  audienceFromJson,
  membershipsFromJson,
  type Membership,
} from '../access/audience';
import { loadMemberships, membershipPairs } from '../accounts/memberships';
import type { Queryable, Store } from '../store/store';
import { LOADERS } from './records';
import { feedHead } from './writer';

interface FeedRow {
  seq: number;
  kind: SyncKind | 'membership';
  entity_id: string;
  audience_before: unknown;
  audience_after: unknown;
  memberships_before: unknown;
}

/** Published entities of the kinds that have audiences, for re-evaluating a membership change. */
const PUBLISHED_AUDIENCES = {
  article: `SELECT id, audience FROM articles a WHERE EXISTS (
              SELECT 1 FROM article_variants v
               WHERE v.article_id = a.id AND v.published_revision IS NOT NULL)`,
  tree: 'SELECT id, audience FROM trees WHERE published_version IS NOT NULL',
  notice: 'SELECT id, audience FROM notices',
} as const;

/**
 * One page of changes after `since` for one user. Feed rows say *which* entities changed; the
 * items carry their *current* state as this user may see it, read in the same snapshot as the
 * rows, so a page is consistent and applying it twice is harmless.
 */
export async function readChanges(
  store: Store,
  userId: number,
  since: number,
  limit: number,
): Promise<ChangesResponse> {
  return store.transaction(
    async (tx) => {
      const reset = await checkCursor(tx, since);
      if (reset) return reset;
      const fetched = await tx.query<FeedRow>(
        `SELECT seq, kind, entity_id, audience_before, audience_after, memberships_before
           FROM feed WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [since, limit + 1],
      );
      const rows = fetched.slice(0, limit);
      const last = rows.at(-1);
      if (!last) return { type: 'changes', items: [], cursor: since, hasMore: false };

      const current = membershipPairs(await loadMemberships(tx, userId));
      // What the replica was built with: the memberships before the user's first change after the cursor.
      const [firstChange] = await tx.query<{ memberships_before: unknown }>(
        `SELECT memberships_before FROM feed
          WHERE kind = 'membership' AND entity_id = $1 AND seq > $2 ORDER BY seq LIMIT 1`,
        [String(userId), since],
      );
      const atCursor = firstChange ? membershipsFromJson(firstChange.memberships_before) : current;
      const concerns = (json: unknown) =>
        json !== null &&
        json !== undefined &&
        [atCursor, current].some((m) => audienceAllows(audienceFromJson(json), m));

      // Entity → seq of the last row in this page that named it: items go out in feed order.
      const candidates = new Map<SyncKind, Map<string, number>>();
      const add = (kind: SyncKind, id: string, seq: number) => {
        const named = candidates.get(kind) ?? new Map<string, number>();
        named.set(id, Math.max(seq, named.get(id) ?? 0));
        candidates.set(kind, named);
      };
      let membershipBefore: Membership[] | undefined;
      let membershipSeq = 0;
      for (const row of rows) {
        if (row.kind === 'membership') {
          if (row.entity_id === String(userId)) {
            membershipBefore ??= membershipsFromJson(row.memberships_before);
            membershipSeq = row.seq;
          }
        } else if (concerns(row.audience_before) || concerns(row.audience_after)) {
          add(row.kind, row.entity_id, row.seq);
        }
      }
      if (membershipBefore) {
        for (const [kind, sql] of Object.entries(PUBLISHED_AUDIENCES) as [SyncKind, string][]) {
          for (const row of await tx.query<{ id: string; audience: unknown }>(sql)) {
            const audience = audienceFromJson(row.audience);
            if (audienceAllows(audience, membershipBefore) !== audienceAllows(audience, current)) {
              add(kind, row.id, membershipSeq);
            }
          }
        }
      }
      return {
        type: 'changes',
        items: await itemsFor(tx, candidates, current),
        cursor: last.seq,
        hasMore: fetched.length > limit,
      };
    },
    { isolation: 'repeatable read' },
  );
}

async function itemsFor(
  tx: Queryable,
  candidates: Map<SyncKind, Map<string, number>>,
  memberships: Membership[],
): Promise<ChangeItem[]> {
  const items: { seq: number; item: ChangeItem }[] = [];
  for (const kind of SYNC_KINDS) {
    const named = candidates.get(kind);
    if (!named?.size) continue;
    const visible = (await LOADERS[kind](tx, [...named.keys()])).filter((v) =>
      audienceAllows(v.audience, memberships),
    );
    for (const v of visible) {
      items.push({ seq: named.get(v.record.id) ?? 0, item: { op: 'upsert', record: v.record } });
      named.delete(v.record.id);
    }
    for (const [id, seq] of named) items.push({ seq, item: { op: 'delete', kind, id } });
  }
  // A page is applied in one local transaction, so order inside it is a courtesy: feed order.
  return items.sort((a, b) => a.seq - b.seq).map((x) => x.item);
}

async function checkCursor(tx: Queryable, since: number): Promise<Reset | undefined> {
  const [state] = await tx.query<{ horizon: number }>(
    'SELECT horizon FROM feed_state WHERE id = 1',
  );
  if (since < (state?.horizon ?? 0)) {
    return {
      type: 'reset',
      reason: 'cursor-expired',
      message: 'The changes after this cursor are no longer kept: load a snapshot.',
    };
  }
  if (since > (await feedHead(tx))) {
    return {
      type: 'reset',
      reason: 'cursor-unknown',
      message: 'This cursor is ahead of the server (was the server restored?): load a snapshot.',
    };
  }
  return undefined;
}

/** Everything the user may see now, and the cursor to continue from. */
export async function readSnapshot(store: Store, userId: number): Promise<Snapshot> {
  return store.transaction(
    async (tx) => {
      const cursor = await feedHead(tx);
      const memberships = membershipPairs(await loadMemberships(tx, userId));
      const records: SyncRecord[] = [];
      for (const kind of SYNC_KINDS) {
        for (const v of await LOADERS[kind](tx, null)) {
          if (audienceAllows(v.audience, memberships)) records.push(v.record);
        }
      }
      return { type: 'snapshot', cursor, records };
    },
    { isolation: 'repeatable read' },
  );
}

/** Records of one kind the user may see now (the reading routes use the same rule as the feed). */
export async function visibleRecords(
  q: Queryable,
  kind: SyncKind,
  ids: readonly string[] | null,
  memberships: readonly Membership[],
): Promise<SyncRecord[]> {
  return (await LOADERS[kind](q, ids))
    .filter((v) => audienceAllows(v.audience, memberships))
    .map((v) => v.record);
}
