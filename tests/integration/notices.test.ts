import { afterEach, expect, it } from 'vitest';
import type { NoticeDraft } from '../../shared/workstation/notices';
import type { NoticesReceived } from '../../shared/workstation/sync-state';
import { describeStores, member, unique } from '../../server/test-support/harness';
import { openWorkstation, waitFor, type Workstation } from './support/workstations';

/*
 * Issue 8 against a real server: a lead broadcasts an urgent notice from their workstation; the
 * agents in the audience get it at once, one acknowledges offline and the acknowledgement reaches
 * the server once when it is back; the lead's follow-up shows when and where; an agent outside
 * the audience never holds it; a reminder re-notifies only the agent who has not acknowledged.
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('team-lead notices end to end', (h) => {
  const workstation = async (line: string, position: string) => {
    const user = await h().user([member(line, position)]);
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    const received: string[][] = [];
    ws.core.on('noticesReceived', (e: NoticesReceived) =>
      received.push(e.notices.map((n) => n.id)),
    );
    return { ws, received };
  };
  const times = (received: string[][], id: string) =>
    received.filter((ids) => ids.includes(id)).length;

  it('broadcast, offline acknowledgement delivered once, follow-up, audience only, reminder', async () => {
    const line = unique('line');
    await h().admin.ok('POST', '/api/admin/business-lines', { id: line, name: 'Cards team' });
    const lead = await workstation(line, 'team-lead');
    const acker = await workstation(line, 'agent');
    const silent = await workstation(line, 'agent');
    const outsider = await workstation('mobile', 'agent');

    const id = unique('notice');
    const draft: NoticeDraft = {
      id,
      priority: 'urgent',
      title: { en: 'Card system outage', hu: 'Kártyarendszer leállás' },
      body: { en: '<p>Do not <b>reissue</b> cards until noon.</p>' },
      requiresAck: true,
      audience: { businessLines: [line], positions: ['agent'] },
      publishAt: null,
      expiresAt: null,
      linkedArticleIds: [],
    };
    const sentAt = Date.now();
    expect(await lead.ws.core.sendNotice(draft)).toEqual({ ok: true, created: true });
    await waitFor('both agents to be told', () =>
      [acker, silent].every((a) => times(a.received, id) === 1),
    );
    // Delivered by the poke, not the 30-second pull (TEST_SYNC).
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    const pending = await acker.ws.core.getPendingNotices();
    expect(pending.mustAcknowledge.map((n) => n.id)).toEqual([id]);
    expect(pending.mustAcknowledge[0]).toMatchObject({
      title: 'Card system outage',
      status: 'active',
    });

    // Acknowledged while the server cannot be reached: stored here, queued in the outbox.
    acker.ws.proxy.setDown(true);
    await acker.ws.core.acknowledgeNotice({ id });
    expect((await acker.ws.core.getPendingNotices()).mustAcknowledge).toEqual([]);
    expect((await acker.ws.core.getSyncState()).outboxPending).toBeGreaterThanOrEqual(2);
    const offline = await lead.ws.core.getNoticeFollowUp({ id });
    expect(offline.ok && offline.followUp.notice.acknowledged).toBe(0);

    acker.ws.proxy.setDown(false);
    await waitFor('the outbox to drain', async () => {
      await acker.ws.core.syncNow();
      return (await acker.ws.core.getSyncState()).outboxPending === 0;
    });
    const acks = await h().store.query<{ device_id: string }>(
      `SELECT device_id FROM agent_events
        WHERE type = 'notice-ack' AND payload ->> 'noticeId' = $1`,
      [id],
    );
    expect(acks).toEqual([{ device_id: acker.ws.core.sync.deviceId }]);

    const followUp = await lead.ws.core.getNoticeFollowUp({ id });
    if (!followUp.ok) throw new Error(followUp.message);
    expect(followUp.followUp.notice).toMatchObject({ audienceSize: 2, read: 1, acknowledged: 1 });
    const byName = new Map(followUp.followUp.recipients.map((r) => [r.username, r]));
    expect(byName.get(acker.ws.user.username)).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgedOn: acker.ws.core.sync.deviceId,
    });
    expect(byName.get(silent.ws.user.username)).toMatchObject({
      readAt: null,
      acknowledgedAt: null,
    });
    expect(followUp.followUp.teams).toEqual([
      {
        businessLine: line,
        names: { en: 'Cards team' },
        audienceSize: 2,
        read: 1,
        acknowledged: 1,
      },
    ]);
    const listed = await lead.ws.core.listSentNotices();
    expect(listed.ok && listed.notices.find((n) => n.id === id)?.acknowledged).toBe(1);

    // Outside the audience: never in the replica, never announced.
    await outsider.ws.core.syncNow();
    expect(
      outsider.ws.core.replica.db
        .prepare('SELECT count(*) FROM notice WHERE id = ?')
        .pluck()
        .get(id),
    ).toBe(0);
    expect(times(outsider.received, id)).toBe(0);
    expect(await outsider.ws.core.getNotice({ id })).toBeNull();
    // Nor may that agent follow it up.
    expect(await outsider.ws.core.getNoticeFollowUp({ id })).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });

    // The reminder: only the agent who has not acknowledged is told again.
    expect(await lead.ws.core.remindNotice({ id })).toEqual({ ok: true, reminded: 1 });
    await waitFor('the silent agent to be reminded', () => times(silent.received, id) === 2);
    const remindedAt = (ws: Workstation) =>
      ws.core.replica.db.prepare('SELECT reminded_at FROM notice WHERE id = ?').pluck().get(id);
    await waitFor(
      'the reminder to reach the acknowledging agent',
      () => remindedAt(acker.ws) !== null,
    );
    expect(times(acker.received, id)).toBe(1);
    expect((await acker.ws.core.getPendingNotices()).mustAcknowledge).toEqual([]);
    expect((await silent.ws.core.getPendingNotices()).mustAcknowledge.map((n) => n.id)).toEqual([
      id,
    ]);
  });
});
