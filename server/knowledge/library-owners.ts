import type { Person } from '../../shared/workstation/authoring';
import type { Queryable } from '../store/store';

/**
 * Who may own articles (R16): enabled users holding the author, reviewer or admin capability in
 * some business line, and global administrators. Sorted by display name for the owner picker.
 */
export async function listOwners(q: Queryable): Promise<Person[]> {
  const rows = await q.query<{ username: string; display_name: string }>(
    `SELECT u.username, u.display_name
       FROM users u
      WHERE NOT u.disabled
        AND (u.is_admin OR EXISTS (
              SELECT 1 FROM memberships m JOIN positions p ON p.id = m.position_id
               WHERE m.user_id = u.id
                 AND p.capabilities && ARRAY['author', 'reviewer', 'admin']::text[]))`,
  );
  return rows
    .map((r) => ({ username: r.username, displayName: r.display_name }))
    .sort(
      (a, b) =>
        a.displayName.localeCompare(b.displayName, 'en') || a.username.localeCompare(b.username),
    );
}
