import type { Membership } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import type { Queryable } from '../store/store';
import { loadMemberships, membershipPairs } from './memberships';
import { sameMembership } from './scope';

/**
 * Adds and removes memberships of one user and, when anything changed, appends one `membership`
 * feed row carrying the memberships *before* the change. The user's next pull compares them with
 * the current ones and sends upserts and tombstones for every entity whose visibility flipped.
 */
export async function changeMemberships(
  tx: Queryable,
  feed: FeedWriter,
  userId: number,
  change: { add?: readonly Membership[]; remove?: readonly Membership[] },
): Promise<boolean> {
  const before = membershipPairs(await loadMemberships(tx, userId));
  let changed = false;
  for (const m of change.remove ?? []) {
    if (!before.some((b) => sameMembership(b, m))) continue;
    await tx.query(
      'DELETE FROM memberships WHERE user_id = $1 AND business_line_id = $2 AND position_id = $3',
      [userId, m.businessLineId, m.positionId],
    );
    changed = true;
  }
  for (const m of change.add ?? []) {
    const rows = await tx.query(
      `INSERT INTO memberships (user_id, business_line_id, position_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, m.businessLineId, m.positionId],
    );
    if (rows.length > 0) changed = true;
  }
  if (changed) {
    await feed.append({
      kind: 'membership',
      entityId: String(userId),
      audienceBefore: null,
      audienceAfter: null,
      membershipsBefore: before,
    });
  }
  return changed;
}
