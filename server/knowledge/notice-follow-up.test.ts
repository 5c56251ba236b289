import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NoticeRecord } from '../../shared/sync/records';
import type { NoticeFollowUp, OrgUnits, SentNoticeSummary } from '../../shared/workstation/notices';
import type { TestClient } from '../test-support/client';
import { describeStores, member, unique } from '../test-support/harness';

const noticePath = (id: string) => `/api/authoring/notices/${id}`;
const followUpPath = (id: string) => `/api/lead/notices/${id}/follow-up`;
const remindPath = (id: string) => `/api/lead/notices/${id}/remind`;

function notice(lines: string[], extra: Record<string, unknown> = {}) {
  return {
    priority: 'urgent',
    title: { en: 'New card product', hu: 'Új kártya' },
    body: { en: '<p>From Monday</p>' },
    requiresAck: true,
    audience: { businessLines: lines, positions: ['agent'] },
    ...extra,
  };
}

function event(type: 'notice-read' | 'notice-ack', noticeId: string, deviceId: string, at: string) {
  return {
    key: randomUUID(),
    type,
    occurredAt: at,
    deviceId,
    payload: type === 'notice-ack' ? { noticeId, version: 1 } : { noticeId },
  };
}

async function send(client: TestClient, events: unknown[]) {
  return client.ok<{ stored: string[]; duplicates: string[] }>('POST', '/api/events', { events });
}

describeStores('notice follow-up (issue 8)', (h) => {
  /** A business line of its own, so users of other tests are not in the audience. */
  async function team() {
    const line = unique('line');
    await h().admin.ok('POST', '/api/admin/business-lines', { id: line, name: `Team ${line}` });
    const lead = await h().user([member(line, 'team-lead')]);
    const agents = [
      await h().user([member(line, 'agent')]),
      await h().user([member(line, 'agent')]),
      await h().user([member(line, 'agent')]),
    ] as const;
    return { line, lead, agents };
  }

  it('lists business lines and positions for any signed-in user', async () => {
    const agent = await h().user([member('cards', 'agent')]);
    const { org } = await agent.client.ok<{ org: OrgUnits }>('GET', '/api/org');
    expect(org.businessLines.map((l) => l.id)).toEqual(
      expect.arrayContaining(['cards', 'mobile', 'loans']),
    );
    expect(org.positions.find((p) => p.id === 'agent')?.names.en).toBeTruthy();
    expect((await h().anon.get('/api/org')).status).toBe(401);
  });

  it('keeps agents out and leads within their business lines', async () => {
    const a = await team();
    const b = await team();
    const id = unique('n');
    expect((await a.lead.client.put(noticePath(id), notice([a.line]))).status).toBe(201);
    const agent = a.agents[0];
    expect((await agent.client.get('/api/lead/notices')).status).toBe(403);
    expect((await agent.client.get(followUpPath(id))).status).toBe(403);
    expect((await agent.client.post(remindPath(id), undefined)).status).toBe(403);
    // Another line's lead neither sees it listed nor follows it up.
    expect((await b.lead.client.get(followUpPath(id))).status).toBe(403);
    expect((await b.lead.client.post(remindPath(id), undefined)).status).toBe(403);
    const listed = await b.lead.client.ok<{ notices: SentNoticeSummary[] }>(
      'GET',
      '/api/lead/notices',
    );
    expect(listed.notices.map((n) => n.id)).not.toContain(id);
    const own = await a.lead.client.ok<{ notices: SentNoticeSummary[] }>(
      'GET',
      '/api/lead/notices',
    );
    expect(own.notices.find((n) => n.id === id)).toMatchObject({
      audienceSize: 3,
      read: 0,
      acknowledged: 0,
    });
    // An author follows up everything.
    const author = await h().user([member('loans', 'author')]);
    expect((await author.client.get(followUpPath(id))).status).toBe(200);
    expect((await a.lead.client.get(followUpPath(unique('none')))).status).toBe(404);
  });

  it('counts read, acknowledged and not yet from the agents’ events, first ack kept', async () => {
    const { line, lead, agents } = await team();
    const [reader, acker, silent] = agents;
    const outsider = await h().user([member('mobile', 'agent')]);
    const id = unique('n');
    await lead.client.ok('PUT', noticePath(id), notice([line], { linkedArticleIds: ['a-1'] }));

    await send(reader.client, [event('notice-read', id, 'ws-1', '2026-03-01T09:00:00Z')]);
    const ack = event('notice-ack', id, 'ws-2', '2026-03-01T09:05:00Z');
    expect((await send(acker.client, [ack])).stored).toEqual([ack.key]);
    // Resent: stored once. From another desk later: the first time and desk stay.
    expect((await send(acker.client, [ack])).duplicates).toEqual([ack.key]);
    await send(acker.client, [event('notice-ack', id, 'ws-9', '2026-03-01T10:00:00Z')]);
    // Someone outside the audience does not count.
    await send(outsider.client, [event('notice-ack', id, 'ws-3', '2026-03-01T09:00:00Z')]);

    const { followUp } = await lead.client.ok<{ followUp: NoticeFollowUp }>(
      'GET',
      followUpPath(id),
    );
    expect(followUp.notice).toMatchObject({
      id,
      audienceSize: 3,
      read: 2,
      acknowledged: 1,
      linkedArticleIds: ['a-1'],
      audience: { businessLines: [line], positions: ['agent'] },
    });
    const by = new Map(followUp.recipients.map((r) => [r.username, r]));
    expect(by.size).toBe(3);
    expect(by.get(reader.username)).toMatchObject({
      readAt: '2026-03-01T09:00:00.000Z',
      acknowledgedAt: null,
      acknowledgedOn: null,
    });
    expect(by.get(acker.username)).toMatchObject({
      readAt: '2026-03-01T09:05:00.000Z',
      acknowledgedAt: '2026-03-01T09:05:00.000Z',
      acknowledgedOn: 'ws-2',
      businessLines: [line],
      positions: ['agent'],
    });
    expect(by.get(silent.username)).toMatchObject({ readAt: null, acknowledgedAt: null });
    // The lead works in the line too, but the notice is for its agents.
    expect(followUp.teams).toEqual([
      {
        businessLine: line,
        names: { en: `Team ${line}` },
        audienceSize: 3,
        read: 2,
        acknowledged: 1,
      },
    ]);
  });

  it('reminds: bumps the record version through the feed and counts who is missing', async () => {
    const { line, lead, agents } = await team();
    const id = unique('n');
    await lead.client.ok('PUT', noticePath(id), notice([line]));
    const before = await agents[0].client.ok<{ notices: NoticeRecord[] }>('GET', '/api/notices');
    const original = before.notices.find((n) => n.id === id);
    expect(original?.remindedAt).toBeNull();
    expect(original?.publishAt).toBe(original?.publishedAt);

    await send(agents[0].client, [event('notice-ack', id, 'ws-1', new Date().toISOString())]);
    await send(agents[1].client, [event('notice-read', id, 'ws-2', new Date().toISOString())]);
    // Requires an ack: the reader is still missing.
    expect(await lead.client.ok('POST', remindPath(id))).toEqual({ reminded: 2 });
    const after = await agents[0].client.ok<{ notices: NoticeRecord[] }>('GET', '/api/notices');
    const reminded = after.notices.find((n) => n.id === id);
    expect(reminded?.version).toBeGreaterThan(original?.version ?? Infinity);
    expect(reminded?.remindedAt).toEqual(expect.any(String));
    const { followUp } = await lead.client.ok<{ followUp: NoticeFollowUp }>(
      'GET',
      followUpPath(id),
    );
    expect(followUp.remindedAt).toBe(reminded?.remindedAt);

    // Without an ack asked for, reading is enough.
    const info = unique('n');
    await lead.client.ok('PUT', noticePath(info), notice([line], { requiresAck: false }));
    await send(agents[1].client, [event('notice-read', info, 'ws-2', new Date().toISOString())]);
    expect(await lead.client.ok('POST', remindPath(info))).toEqual({ reminded: 2 });
  });

  it('stores scheduling and links, and refuses to remind a notice not yet live', async () => {
    const { line, lead, agents } = await team();
    const id = unique('n');
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    await lead.client.ok('PUT', noticePath(id), notice([line], { publishAt }));
    const { notices } = await agents[0].client.ok<{ notices: NoticeRecord[] }>(
      'GET',
      '/api/notices',
    );
    // Delivered at once (the workstation hides it until publishAt).
    const scheduled = notices.find((n) => n.id === id);
    expect(scheduled?.publishAt).toBe(publishAt);
    expect(Date.parse(scheduled?.publishedAt ?? '')).toBeLessThan(Date.parse(publishAt));
    expect((await lead.client.post(remindPath(id), undefined)).status).toBe(409);
    // Sent again with publishAt null: live now.
    await lead.client.ok('PUT', noticePath(id), notice([line], { publishAt: null }));
    const again = await agents[0].client.ok<{ notices: NoticeRecord[] }>('GET', '/api/notices');
    expect(Date.parse(again.notices.find((n) => n.id === id)?.publishAt ?? '')).toBeLessThanOrEqual(
      Date.now(),
    );
    expect((await lead.client.post(remindPath(id), undefined)).status).toBe(200);
  });
});
