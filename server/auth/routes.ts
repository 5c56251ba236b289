import { z } from 'zod';
import { capabilitiesOf, type Principal } from '../access/principal';
import type { Api } from '../http/api';
import { badRequest, HttpError } from '../http/errors';
import {
  burnPasswordCheck,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  passwordProblem,
  verifyPassword,
} from './passwords';
import { createSession, revokeSession, revokeUserSessions } from './sessions';

const loginBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

const invalidCredentials = () =>
  new HttpError(401, 'invalid-credentials', 'The user name or password is wrong.');

export function describePrincipal(principal: Principal, sessionExpiresAt: Date) {
  return {
    user: {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      isAdmin: principal.isAdmin,
    },
    memberships: principal.memberships,
    capabilities: capabilitiesOf(principal),
    sessionExpiresAt: sessionExpiresAt.toISOString(),
  };
}

export function registerAuthRoutes(api: Api): void {
  const { store, limiter, push, settings } = api.ctx;

  api.public(
    {
      method: 'POST',
      url: '/api/auth/login',
      tag: 'auth',
      summary: 'Sign in; answers an opaque bearer token. Failed attempts are rate limited (429).',
      body: loginBody,
      bodyLimit: 4096,
    },
    async ({ body, request }) => {
      const verdict = limiter.check(body.username, request.ip);
      if (!verdict.allowed) {
        throw new HttpError(
          429,
          'too-many-attempts',
          'Too many failed sign-ins: wait and try again.',
          {
            retryAfterSeconds: verdict.retryAfterSeconds,
          },
        );
      }
      const [user] = await store.query<{ id: number; password_hash: string }>(
        'SELECT id, password_hash FROM users WHERE lower(username) = lower($1) AND NOT disabled',
        [body.username],
      );
      const ok = user ? await verifyPassword(body.password, user.password_hash) : false;
      if (!user) await burnPasswordCheck(body.password);
      if (!user || !ok) {
        limiter.recordFailure(body.username, request.ip);
        request.log.info({ username: body.username }, 'sign-in failed');
        throw invalidCredentials();
      }
      limiter.recordSuccess(body.username);
      const session = await createSession(store, user.id, settings.sessionTtlMs);
      return { token: session.token, expiresAt: session.expiresAt.toISOString() };
    },
  );

  api.authed(
    { method: 'POST', url: '/api/auth/logout', tag: 'auth', summary: 'End this session.' },
    async ({ principal }) => {
      await revokeSession(store, principal.sessionId);
      push.closeSessions([principal.sessionId]);
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/auth/me',
      tag: 'auth',
      summary: 'The signed-in user, memberships and capabilities.',
    },
    async ({ principal, sessionExpiresAt }) => describePrincipal(principal, sessionExpiresAt),
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/auth/password',
      tag: 'auth',
      summary: "Change one's own password; every other session of the user ends.",
      body: passwordBody,
      bodyLimit: 4096,
    },
    async ({ body, principal, request }) => {
      const problem = passwordProblem(body.newPassword);
      if (problem) throw badRequest(problem);
      const verdict = limiter.check(principal.username, request.ip);
      if (!verdict.allowed) {
        throw new HttpError(
          429,
          'too-many-attempts',
          'Too many failed attempts: wait and try again.',
          {
            retryAfterSeconds: verdict.retryAfterSeconds,
          },
        );
      }
      const [user] = await store.query<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE id = $1',
        [principal.userId],
      );
      if (!user || !(await verifyPassword(body.currentPassword, user.password_hash))) {
        limiter.recordFailure(principal.username, request.ip);
        throw new HttpError(403, 'wrong-password', 'The current password is wrong.');
      }
      const hash = await hashPassword(body.newPassword);
      const revoked = await store.transaction(async (tx) => {
        await tx.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
          principal.userId,
          hash,
        ]);
        return revokeUserSessions(tx, principal.userId, principal.sessionId);
      });
      push.closeSessions(revoked);
    },
  );
}
