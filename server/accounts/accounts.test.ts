import { expect, it } from 'vitest';
import { describeStores, member, unique, USER_PASSWORD } from '../test-support/harness';

interface UserList {
  users: { id: number; username: string; memberships: { businessLineId: string }[] }[];
}

describeStores('user management', (h) => {
  it('lets global admins manage users, lines and positions', async () => {
    const { admin } = h();
    const line = unique('line').slice(0, 20);
    await admin.ok('POST', '/api/admin/business-lines', { id: line, name: 'New line' });
    expect(
      (await admin.post('/api/admin/business-lines', { id: line, name: 'Again' })).status,
    ).toBe(409);
    await admin.ok('POST', '/api/admin/positions', {
      id: `${line}-pos`,
      name: 'Specialist',
      capabilities: ['agent', 'author'],
    });
    const username = unique('u');
    const created = await admin.request<{ user: { id: number; memberships: unknown[] } }>(
      'POST',
      '/api/admin/users',
      {
        username,
        displayName: 'Someone',
        password: USER_PASSWORD,
        memberships: [member(line, `${line}-pos`)],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.user.memberships).toEqual([member(line, `${line}-pos`)]);
    expect(
      (
        await admin.post('/api/admin/users', {
          username: username.toUpperCase(),
          displayName: 'x',
          password: USER_PASSWORD,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await admin.post('/api/admin/users', {
          username: unique('u'),
          displayName: 'x',
          password: 'short',
        })
      ).status,
    ).toBe(400);
    const client = await h().anon.login(username, USER_PASSWORD);
    const me = await client.ok<{ capabilities: string[] }>('GET', '/api/auth/me');
    expect(me.capabilities).toEqual(['agent', 'author']);
  });

  it('keeps business-line administrators inside their own lines', async () => {
    const { admin } = h();
    const lineAdmin = await h().user([member('cards', 'line-admin')]);
    const cardsAgent = await h().user([member('cards', 'agent')]);
    const mobileAgent = await h().user([member('mobile', 'agent')]);
    const both = await h().user([member('cards', 'agent'), member('mobile', 'agent')]);

    const list = await lineAdmin.client.ok<UserList>('GET', '/api/admin/users');
    const ids = list.users.map((u) => u.id);
    expect(ids).toContain(cardsAgent.id);
    expect(ids).not.toContain(mobileAgent.id);

    const body = (memberships: unknown[], extra = {}) => ({
      username: unique('by-line-admin'),
      displayName: 'n',
      password: USER_PASSWORD,
      memberships,
      ...extra,
    });
    expect(
      (await lineAdmin.client.post('/api/admin/users', body([member('cards', 'agent')]))).status,
    ).toBe(201);
    expect(
      (await lineAdmin.client.post('/api/admin/users', body([member('mobile', 'agent')]))).status,
    ).toBe(403);
    expect((await lineAdmin.client.post('/api/admin/users', body([]))).status).toBe(400);
    expect(
      (
        await lineAdmin.client.post(
          '/api/admin/users',
          body([member('cards', 'agent')], { isAdmin: true }),
        )
      ).status,
    ).toBe(403);

    expect(
      (
        await lineAdmin.client.post(
          `/api/admin/users/${mobileAgent.id}/memberships`,
          member('cards', 'team-lead'),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await lineAdmin.client.post(
          `/api/admin/users/${cardsAgent.id}/memberships`,
          member('mobile', 'agent'),
        )
      ).status,
    ).toBe(403);
    expect(
      (await lineAdmin.client.delete(`/api/admin/users/${both.id}/memberships/mobile/agent`))
        .status,
    ).toBe(403);
    expect(
      (await lineAdmin.client.delete(`/api/admin/users/${both.id}/memberships/cards/agent`)).status,
    ).toBe(204);

    expect(
      (
        await lineAdmin.client.patch(`/api/admin/users/${cardsAgent.id}`, {
          displayName: 'Renamed',
        })
      ).status,
    ).toBe(200);
    expect(
      (await lineAdmin.client.patch(`/api/admin/users/${both.id}`, { disabled: true })).status,
    ).toBe(403);
    expect(
      (await lineAdmin.client.patch(`/api/admin/users/${cardsAgent.id}`, { isAdmin: true })).status,
    ).toBe(403);
    expect(
      (
        await lineAdmin.client.post('/api/admin/business-lines', {
          id: unique('x').slice(0, 12),
          name: 'x',
        })
      ).status,
    ).toBe(403);
    // The admin capability is needed at all.
    expect((await cardsAgent.client.get('/api/admin/users')).status).toBe(403);
    expect((await admin.get('/api/admin/users')).status).toBe(200);
  });

  it('answers 404 for unknown users and memberships', async () => {
    const { admin } = h();
    expect((await admin.patch('/api/admin/users/999999', { displayName: 'x' })).status).toBe(404);
    expect(
      (await admin.post('/api/admin/users/999999/memberships', member('cards', 'agent'))).status,
    ).toBe(404);
    const agent = await h().user([member('cards', 'agent')]);
    expect(
      (await admin.delete(`/api/admin/users/${agent.id}/memberships/loans/agent`)).status,
    ).toBe(404);
    expect(
      (await admin.post(`/api/admin/users/${agent.id}/memberships`, member('nowhere', 'agent')))
        .status,
    ).toBe(409);
  });
});
