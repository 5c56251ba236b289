import { hashPassword, passwordProblem } from '../auth/passwords';
import { revokeUserSessions } from '../auth/sessions';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { badRequest, forbidden, notFound } from '../http/errors';
import { changeMemberships } from './membership-changes';
import {
  createUserBody,
  membershipInput,
  membershipParams,
  updateUserBody,
  userIdParams,
} from './schemas';
import { adminScope, assertLineInScope, assertUserInScope } from './scope';
import { insertUser, listUsers } from './users';

/** User management for global administrators and, within their own lines, line administrators. */
export function registerUserRoutes(api: Api): void {
  const { store, push } = api.ctx;
  const tag = 'admin';

  api.authed(
    {
      method: 'GET',
      url: '/api/admin/users',
      tag,
      capability: 'admin',
      summary: 'Users (a line administrator sees the users of their lines).',
    },
    async ({ principal }) => {
      const scope = adminScope(principal);
      return { users: await listUsers(store, scope.all ? null : [...scope.lines]) };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/admin/users',
      tag,
      capability: 'admin',
      summary: 'Create a user with memberships.',
      body: createUserBody,
    },
    async ({ body, principal, reply }) => {
      const scope = adminScope(principal);
      if (!scope.all) {
        if (body.isAdmin)
          throw forbidden('Only global administrators create global administrators.');
        if (!body.memberships?.length) {
          throw badRequest('A line administrator creates users with a membership in their line.');
        }
        for (const m of body.memberships) assertLineInScope(scope, m.businessLineId);
      }
      const problem = passwordProblem(body.password);
      if (problem) throw badRequest(problem);
      const passwordHash = await hashPassword(body.password);
      const id = await writeTransaction(store, async (tx, feed) => {
        const userId = await insertUser(tx, {
          username: body.username,
          displayName: body.displayName,
          passwordHash,
          isAdmin: body.isAdmin ?? false,
        });
        await changeMemberships(tx, feed, userId, { add: body.memberships ?? [] });
        return userId;
      });
      reply.code(201);
      return { user: (await listUsers(store, null, id))[0] };
    },
  );

  api.authed(
    {
      method: 'PATCH',
      url: '/api/admin/users/:id',
      tag,
      capability: 'admin',
      summary:
        'Rename, disable or reset the password of a user; disabling or a reset ends their sessions.',
      params: userIdParams,
      body: updateUserBody,
    },
    async ({ params, body, principal }) => {
      const scope = adminScope(principal);
      await assertUserInScope(store, scope, params.id);
      if (body.isAdmin !== undefined && !scope.all) {
        throw forbidden('Only global administrators grant or take global administration.');
      }
      if (body.password !== undefined) {
        const problem = passwordProblem(body.password);
        if (problem) throw badRequest(problem);
      }
      const hash = body.password === undefined ? null : await hashPassword(body.password);
      const revoked = await store.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE users SET display_name = coalesce($2, display_name),
                            disabled = coalesce($3, disabled),
                            password_hash = coalesce($4, password_hash),
                            is_admin = coalesce($5, is_admin),
                            updated_at = now()
            WHERE id = $1 RETURNING id`,
          [params.id, body.displayName ?? null, body.disabled ?? null, hash, body.isAdmin ?? null],
        );
        if (rows.length === 0) throw notFound('The user');
        return body.disabled || hash ? revokeUserSessions(tx, params.id) : [];
      });
      push.closeSessions(revoked);
      return { user: (await listUsers(store, null, params.id))[0] };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/admin/users/:id/memberships',
      tag,
      capability: 'admin',
      summary: 'Give a user a position in a business line.',
      params: userIdParams,
      body: membershipInput,
    },
    async ({ params, body, principal }) => {
      assertLineInScope(adminScope(principal), body.businessLineId);
      await writeTransaction(store, async (tx, feed) => {
        const [user] = await tx.query('SELECT id FROM users WHERE id = $1', [params.id]);
        if (!user) throw notFound('The user');
        await changeMemberships(tx, feed, params.id, { add: [body] });
      });
      return { user: (await listUsers(store, null, params.id))[0] };
    },
  );

  api.authed(
    {
      method: 'DELETE',
      url: '/api/admin/users/:id/memberships/:businessLineId/:positionId',
      tag,
      capability: 'admin',
      summary: 'Take a position in a business line away from a user.',
      params: membershipParams,
    },
    async ({ params, principal }) => {
      assertLineInScope(adminScope(principal), params.businessLineId);
      const changed = await writeTransaction(store, (tx, feed) =>
        changeMemberships(tx, feed, params.id, { remove: [params] }),
      );
      if (!changed) throw notFound('That membership');
    },
  );
}
