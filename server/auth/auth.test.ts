import { expect, it } from 'vitest';
import { TestClient } from '../test-support/client';
import { describeStores, member, unique, USER_PASSWORD } from '../test-support/harness';

describeStores('authentication', (h) => {
  it('signs in with the right password only, with one answer for every failure', async () => {
    const { anon } = h();
    const agent = await h().user([member('cards', 'agent')]);
    const wrong = await anon.post<{ error: { code: string } }>('/api/auth/login', {
      username: agent.username,
      password: 'nope-nope-nope',
    });
    const unknown = await anon.post<{ error: { code: string } }>('/api/auth/login', {
      username: unique('ghost'),
      password: 'nope-nope-nope',
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    const me = await agent.client.ok<{ user: { username: string }; capabilities: string[] }>(
      'GET',
      '/api/auth/me',
    );
    expect(me.user.username).toBe(agent.username);
    expect(me.capabilities).toEqual(['agent']);
    // User names are case-insensitive.
    await anon.login(agent.username.toUpperCase(), USER_PASSWORD);
  });

  it('rejects missing, malformed and revoked tokens', async () => {
    const { anon } = h();
    const missing = await anon.get('/api/auth/me');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await anon.withToken('x').get('/api/auth/me')).status).toBe(401);
    expect((await anon.withToken('a'.repeat(43)).get('/api/auth/me')).status).toBe(401);
    const agent = await h().user([member('cards', 'agent')]);
    await agent.client.ok('POST', '/api/auth/logout');
    expect((await agent.client.get('/api/auth/me')).status).toBe(401);
    expect((await agent.client.get('/api/sync/snapshot')).status).toBe(401);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const { anon } = h();
    const agent = await h().user([member('cards', 'agent')]);
    const second = await anon.login(agent.username, USER_PASSWORD);
    expect(
      (
        await agent.client.post('/api/auth/password', {
          currentPassword: 'wrong-wrong-1',
          newPassword: 'a-new-password-1',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await agent.client.post('/api/auth/password', {
          currentPassword: USER_PASSWORD,
          newPassword: 'short',
        })
      ).status,
    ).toBe(400);
    await agent.client.ok('POST', '/api/auth/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'a-new-password-1',
    });
    expect((await agent.client.get('/api/auth/me')).status).toBe(200); // this session stays
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect(
      (await anon.post('/api/auth/login', { username: agent.username, password: USER_PASSWORD }))
        .status,
    ).toBe(401);
    await anon.login(agent.username, 'a-new-password-1');
  });

  it('locks out a disabled user at once', async () => {
    const { admin, anon } = h();
    const agent = await h().user([member('cards', 'agent')]);
    await admin.ok('PATCH', `/api/admin/users/${agent.id}`, { disabled: true });
    expect((await agent.client.get('/api/auth/me')).status).toBe(401);
    expect(
      (await anon.post('/api/auth/login', { username: agent.username, password: USER_PASSWORD }))
        .status,
    ).toBe(401);
  });

  it('expires sessions', async () => {
    const short = await h().extraServer({ settings: { sessionTtlMs: 600 } });
    const agent = await h().user([member('cards', 'agent')]);
    const client = await new TestClient(short.url).login(agent.username, USER_PASSWORD);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 800));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('rate-limits failed sign-ins per user name, even for the right password', async () => {
    const limited = await h().extraServer({ loginLimits: { perUser: 3, perAddress: 1000 } });
    const anon = new TestClient(limited.url);
    const agent = await h().user([member('cards', 'agent')]);
    for (let i = 0; i < 3; i++) {
      expect(
        (
          await anon.post('/api/auth/login', {
            username: agent.username,
            password: `wrong-${i}-xxxxx`,
          })
        ).status,
      ).toBe(401);
    }
    const blocked = await anon.post<{ error: { code: string } }>('/api/auth/login', {
      username: agent.username,
      password: USER_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too-many-attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else is not affected.
    const other = await h().user([member('cards', 'agent')]);
    await anon.login(other.username, USER_PASSWORD);
  });

  it('rate-limits one address spraying many user names', async () => {
    const limited = await h().extraServer({ loginLimits: { perUser: 100, perAddress: 4 } });
    const anon = new TestClient(limited.url);
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await anon.post('/api/auth/login', {
            username: unique('spray'),
            password: 'guess-guess-1',
          })
        ).status,
      ).toBe(401);
    }
    expect(
      (await anon.post('/api/auth/login', { username: unique('spray'), password: 'guess-guess-1' }))
        .status,
    ).toBe(429);
  });
});
