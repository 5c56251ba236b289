import type { Membership } from '../access/audience';
import type { Queryable } from '../store/store';

export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  isAdmin: boolean;
  disabled: boolean;
  memberships: Membership[];
}

/** Users, optionally only those with a membership in one of `lines`. */
export async function listUsers(
  q: Queryable,
  lines: string[] | null,
  userId?: number,
): Promise<UserSummary[]> {
  const users = await q.query<{
    id: number;
    username: string;
    display_name: string;
    is_admin: boolean;
    disabled: boolean;
  }>(
    `SELECT u.id, u.username, u.display_name, u.is_admin, u.disabled
       FROM users u
      WHERE ($1::text[] IS NULL OR EXISTS (
              SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.business_line_id = ANY($1::text[])))
        AND ($2::bigint IS NULL OR u.id = $2)
      ORDER BY lower(u.username)`,
    [lines, userId ?? null],
  );
  const memberships = await q.query<{
    user_id: number;
    business_line_id: string;
    position_id: string;
  }>(
    `SELECT user_id, business_line_id, position_id FROM memberships
      WHERE user_id = ANY($1::bigint[]) ORDER BY business_line_id, position_id`,
    [users.map((u) => u.id)],
  );
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    isAdmin: u.is_admin,
    disabled: u.disabled,
    memberships: memberships
      .filter((m) => m.user_id === u.id)
      .map((m) => ({ businessLineId: m.business_line_id, positionId: m.position_id })),
  }));
}

export async function insertUser(
  q: Queryable,
  user: { username: string; displayName: string; passwordHash: string; isAdmin: boolean },
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO users (username, display_name, password_hash, is_admin)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [user.username, user.displayName, user.passwordHash, user.isAdmin],
  );
  if (!row) throw new Error('User insert returned nothing.');
  return row.id;
}
