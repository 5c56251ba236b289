import type { Membership } from '../access/audience';
import type { Capability, PrincipalMembership } from '../access/principal';
import type { Queryable } from '../store/store';

export async function loadMemberships(
  q: Queryable,
  userId: number,
): Promise<PrincipalMembership[]> {
  const rows = await q.query<{
    business_line_id: string;
    position_id: string;
    capabilities: Capability[];
  }>(
    `SELECT m.business_line_id, m.position_id, p.capabilities
       FROM memberships m JOIN positions p ON p.id = m.position_id
      WHERE m.user_id = $1
      ORDER BY m.business_line_id, m.position_id`,
    [userId],
  );
  return rows.map((r) => ({
    businessLineId: r.business_line_id,
    positionId: r.position_id,
    capabilities: r.capabilities,
  }));
}

/** The plain pairs, as stored in a `membership` feed row. */
export function membershipPairs(memberships: readonly Membership[]): Membership[] {
  return memberships.map((m) => ({ businessLineId: m.businessLineId, positionId: m.positionId }));
}
