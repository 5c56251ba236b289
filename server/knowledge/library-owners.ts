import type { Person } from '../../shared/workstation/authoring';
import type { Queryable } from '../store/store';

/**
 * Who may own articles (R16): enabled users holding the author, reviewer or admin capability in
 * some business line, and global administrators. Sorted by display name for the owner picker.
 */
const MAY_OWN = `NOT u.disabled
  AND (u.is_admin OR EXISTS (
        SELECT 1 FROM memberships m JOIN positions p ON p.id = m.position_id
         WHERE m.user_id = u.id
           AND p.capabilities && ARRAY['author', 'reviewer', 'admin']::text[]))`;

export async function listOwners(q: Queryable): Promise<Person[]> {
  const rows = await q.query<{ username: string; display_name: string }>(
    `SELECT u.username, u.display_name FROM users u WHERE ${MAY_OWN}`,
  );
  return rows
    .map((r) => ({ username: r.username, displayName: r.display_name }))
    .sort(
      (a, b) =>
        a.displayName.localeCompare(b.displayName, 'en') || a.username.localeCompare(b.username),
    );
}

/** The same rule for one user name: an article's owner must be someone who may own it. */
export async function mayOwnArticles(q: Queryable, username: string): Promise<boolean> {
  const [row] = await q.query(`SELECT 1 FROM users u WHERE u.username = $1 AND ${MAY_OWN}`, [
    username,
  ]);
  return row !== undefined;
}
