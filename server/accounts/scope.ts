import type { Membership } from '../access/audience';
import { linesWithCapability, type Principal } from '../access/principal';
import { forbidden } from '../http/errors';
import type { Queryable } from '../store/store';

/** What an administrator may manage: everything, or the business lines they administer. */
export type AdminScope = { all: true } | { all: false; lines: Set<string> };

export function adminScope(principal: Principal): AdminScope {
  if (principal.isAdmin) return { all: true };
  const lines = linesWithCapability(principal, 'admin');
  if (lines.size === 0) throw forbidden('Only administrators manage users.');
  return { all: false, lines };
}

export function assertLineInScope(scope: AdminScope, businessLineId: string): void {
  if (!scope.all && !scope.lines.has(businessLineId)) {
    throw forbidden(`You do not administer the business line "${businessLineId}".`);
  }
}

/**
 * A business-line administrator may change a user's account (name, password, disabled) only if
 * every membership of that user is in lines they administer, and never a global administrator:
 * otherwise one line's admin could take over an account that works elsewhere.
 */
export async function assertUserInScope(
  q: Queryable,
  scope: AdminScope,
  userId: number,
): Promise<void> {
  if (scope.all) return;
  const [user] = await q.query<{ is_admin: boolean }>('SELECT is_admin FROM users WHERE id = $1', [
    userId,
  ]);
  if (!user) return; // the caller answers 404
  const rows = await q.query<{ business_line_id: string }>(
    'SELECT DISTINCT business_line_id FROM memberships WHERE user_id = $1',
    [userId],
  );
  if (
    user.is_admin ||
    rows.length === 0 ||
    rows.some((r) => !scope.lines.has(r.business_line_id))
  ) {
    throw forbidden('That user works outside the business lines you administer.');
  }
}

export function sameMembership(a: Membership, b: Membership): boolean {
  return a.businessLineId === b.businessLineId && a.positionId === b.positionId;
}
