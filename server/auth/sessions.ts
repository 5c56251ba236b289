import type { Principal } from '../access/principal';
import { loadMemberships } from '../accounts/memberships';
import type { Queryable } from '../store/store';
import { hashToken, newSessionToken } from './tokens';

export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60_000;

export interface NewSession {
  token: string;
  sessionId: number;
  expiresAt: Date;
}

export async function createSession(
  q: Queryable,
  userId: number,
  ttlMs: number,
): Promise<NewSession> {
  const token = newSessionToken();
  const [row] = await q.query<{ id: number; expires_at: Date }>(
    `INSERT INTO sessions (token_hash, user_id, expires_at)
     VALUES ($1, $2, now() + $3 * interval '1 millisecond')
     RETURNING id, expires_at`,
    [hashToken(token), userId, ttlMs],
  );
  if (!row) throw new Error('Session insert returned nothing.');
  // Expired sessions of this user are dead weight; drop them while we are here.
  await q.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= now()', [userId]);
  return { token, sessionId: row.id, expiresAt: row.expires_at };
}

export interface SessionPrincipal {
  principal: Principal;
  expiresAt: Date;
}

/** Null for an unknown, expired or revoked token, or a disabled user. */
export async function principalForToken(
  q: Queryable,
  token: string,
): Promise<SessionPrincipal | null> {
  const [row] = await q.query<{
    session_id: number;
    expires_at: Date;
    user_id: number;
    username: string;
    display_name: string;
    is_admin: boolean;
  }>(
    `SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.username, u.display_name, u.is_admin
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [hashToken(token)],
  );
  if (!row) return null;
  return {
    expiresAt: row.expires_at,
    principal: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      isAdmin: row.is_admin,
      sessionId: row.session_id,
      memberships: await loadMemberships(q, row.user_id),
    },
  };
}

export async function revokeSession(q: Queryable, sessionId: number): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}

/** Returns the revoked session ids so their open streams can be closed too. */
export async function revokeUserSessions(
  q: Queryable,
  userId: number,
  exceptSessionId?: number,
): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    'DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id',
    [userId, exceptSessionId ?? -1],
  );
  return rows.map((r) => r.id);
}
