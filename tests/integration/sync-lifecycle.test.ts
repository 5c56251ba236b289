import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import type { ArticlesChanged } from '../../shared/workstation/sync-state';
import { AgentCore, REPLICA_FILE } from '../../electron/core/agent-core';
import { readSyncState } from '../../db/sync/state';
import { putArticle } from '../../server/test-support/content';
import { describeStores, member, unique, USER_PASSWORD } from '../../server/test-support/harness';
import { replicaContents, serverContents } from './support/replica-contents';
import {
  openWorkstation,
  searchIds,
  TEST_SYNC,
  waitFor,
  type Workstation,
} from './support/workstations';

/*
 * Issue 5, items 2–4: the outbox across restarts and outages, a reset that keeps local state,
 * recovery of a damaged replica, sessions that end, and what the UI is told. R30, R31, R5.
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('workstation sync lifecycle', (h) => {
  const workstation = async () => {
    const user = await h().user([member('cards', 'agent')]);
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    return ws;
  };
  const storedEvents = async (userId: number) =>
    h().store.query<{ key: string; type: string; device_id: string }>(
      'SELECT key::text AS key, type, device_id FROM agent_events WHERE user_id = $1 ORDER BY key',
      [userId],
    );

  it('reports made offline survive a restart and reach the server exactly once (R31)', async () => {
    const ws = await workstation();
    const id = unique('read');
    await putArticle(h().admin, id, { title: 'Outbox reading matter' });
    await ws.core.syncNow();
    ws.proxy.setDown(true);
    await ws.core.syncNow();
    // Offline: the agent searches and opens the article; both become reports in the outbox.
    expect(await searchIds(ws.core, 'outbox reading')).toContain(id);
    expect(await ws.core.getArticle({ id })).not.toBeNull();
    const pending = (await ws.core.getSyncState()).outboxPending;
    expect(pending).toBeGreaterThanOrEqual(2);
    expect(await storedEvents(ws.user.id)).toEqual([]);

    ws.stop();
    await ws.restart();
    expect((await ws.core.getSyncState()).outboxPending).toBe(pending);
    ws.proxy.setDown(false);
    await waitFor('the outbox to drain', async () => {
      await ws.core.syncNow();
      return (await ws.core.getSyncState()).outboxPending === 0;
    });
    const events = await storedEvents(ws.user.id);
    expect(events).toHaveLength(pending);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['search', 'article-view']));
    expect(new Set(events.map((e) => e.device_id)).size).toBe(1);
    // Another round trip sends nothing again.
    await ws.core.syncNow();
    expect(await storedEvents(ws.user.id)).toHaveLength(pending);
  });

  it('a lost answer makes the workstation send again, and the server counts the report once', async () => {
    const ws = await workstation();
    await ws.core.syncNow();
    ws.proxy.cutNextAnswer(/^POST \/api\/events/);
    await ws.core.getArticle({ id: 'no-such-article' }); // not found: no report
    const id = unique('lost');
    await putArticle(h().admin, id, { title: 'Lost answer article' });
    await ws.core.syncNow();
    await ws.core.getArticle({ id });
    await waitFor('the cut answer', () => !ws.proxy.cutPending);
    // The server stored the event, the workstation never heard: it is still pending.
    await waitFor(
      'the event to be stored',
      async () => (await storedEvents(ws.user.id)).length === 1,
    );
    await waitFor('the retry to drain the outbox', async () => {
      await ws.core.syncNow();
      return (await ws.core.getSyncState()).outboxPending === 0;
    });
    expect(await storedEvents(ws.user.id)).toHaveLength(1);
  });

  it('an expired cursor reloads the snapshot and keeps the outbox and read marks', async () => {
    const ws = await workstation();
    const kept = unique('kept');
    const gone = unique('gone');
    await putArticle(h().admin, kept, { title: 'Kept through the reset' });
    await putArticle(h().admin, gone, { title: 'Deleted while away' });
    await ws.core.syncNow();
    ws.core.replica.db
      .prepare(
        `INSERT INTO read_state (article_id, lang, revision_read, read_at) VALUES (?, 'en', 1, ?)`,
      )
      .run(kept, new Date().toISOString());
    ws.proxy.setDown(true);
    await ws.core.syncNow();
    await ws.core.getArticle({ id: kept }); // a report waiting in the outbox
    await h().admin.ok('DELETE', `/api/authoring/articles/${gone}`);
    const head = (await ws.user.client.ok<{ cursor: number }>('GET', '/api/sync/snapshot')).cursor;
    await h().admin.ok('POST', '/api/admin/feed/compact', { throughSeq: head });
    const before = readSyncState(ws.core.replica)?.cursor ?? 0;
    expect(before).toBeLessThan(head);

    let pendingDuringReset = -1;
    const off = ws.core.on('syncStateChanged', (s) => {
      if (s.progress?.phase === 'snapshot') pendingDuringReset = s.outboxPending;
    });
    ws.proxy.setDown(false);
    await waitFor('the reset', async () => {
      await ws.core.syncNow();
      return (readSyncState(ws.core.replica)?.cursor ?? 0) >= head;
    });
    off();
    expect(pendingDuringReset).toBeGreaterThanOrEqual(1);
    expect(replicaContents(ws.core.replica)).toEqual(await serverContents(ws.user.client));
    expect(await searchIds(ws.core, 'deleted while away')).not.toContain(gone);
    const marks = ws.core.replica.db.prepare('SELECT article_id FROM read_state').pluck().all();
    expect(marks).toEqual([kept]);
  });

  it('a corrupt replica is moved aside and downloaded again, with a message (R31)', async () => {
    const ws = await workstation();
    const id = unique('corrupt');
    await putArticle(h().admin, id, { title: 'Survives corruption' });
    await ws.core.syncNow();
    ws.stop();
    writeFileSync(join(ws.dataDir, REPLICA_FILE), 'this is not a database'.repeat(500));
    await ws.restart();
    const state = await ws.core.getSyncState();
    expect(state.recovery?.reason).toBe('corrupt');
    expect(state.recovery?.movedTo).toContain('corrupt');
    await waitFor('the rebuild', async () =>
      (await searchIds(ws.core, 'survives corruption')).includes(id),
    );
    expect(replicaContents(ws.core.replica)).toEqual(await serverContents(ws.user.client));
  });

  it('a replica from a newer Cuecard is refused with a clear message and left untouched', async () => {
    const ws = await workstation();
    ws.stop();
    const file = join(ws.dataDir, REPLICA_FILE);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    await expect(ws.restart()).rejects.toThrow(/newer version of Cuecard.*Update Cuecard/s);
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    again.close();
    ws.core = await AgentCore.open({
      dataDir: join(ws.dataDir, 'fresh'),
      host: 'web',
      version: 't',
    });
  });

  it('a revoked session stops sync and asks for sign-in; signing in again resumes', async () => {
    const ws = await workstation();
    const states: string[] = [];
    ws.core.on('syncStateChanged', (s) => states.push(s.status));
    await h().admin.ok('PATCH', `/api/admin/users/${ws.user.id}`, {
      password: 'a-new-password-456',
    });
    await waitFor('the session to end', async () => {
      await ws.core.syncNow();
      return (await ws.core.getSyncState()).status === 'session-expired';
    });
    expect((await ws.core.getSession()).status).toBe('signed-out');
    expect(states).toContain('session-expired');
    const again = await ws.core.signIn({
      serverUrl: ws.proxy.url,
      username: ws.user.username,
      password: 'a-new-password-456',
    });
    expect(again).toEqual({ ok: true });
    await ws.core.syncNow();
    expect((await ws.core.getSyncState()).status).toBe('online');
  });

  it('sign-in problems are named: wrong password, no server, no address', async () => {
    const ws = await workstation();
    await ws.core.signOut();
    const wrong = await ws.core.signIn({
      serverUrl: ws.proxy.url,
      username: ws.user.username,
      password: 'not-the-password',
    });
    expect(wrong).toMatchObject({ ok: false, problem: 'invalid-credentials' });
    ws.proxy.setDown(true);
    const down = await ws.core.signIn({
      serverUrl: ws.proxy.url,
      username: ws.user.username,
      password: USER_PASSWORD,
    });
    expect(down).toMatchObject({ ok: false, problem: 'unreachable' });
    const none = await ws.core.signIn({ serverUrl: 'not a url', username: 'x', password: 'y' });
    expect(none).toMatchObject({ ok: false, problem: 'no-server-url' });
    expect((await ws.core.getSession()).status).toBe('signed-out');
    expect((await ws.core.getSyncState()).status).toBe('signed-out');
  });

  it('tells the UI once per batch what changed, and keeps a what-new list (R5)', async () => {
    const ws = await workstation();
    const batches: ArticlesChanged[] = [];
    ws.core.on('articlesChanged', (c) => batches.push(c));
    const a = unique('new');
    const b = unique('new');
    await putArticle(h().admin, a, { title: 'Whatsnew alpha' });
    await putArticle(h().admin, b, { title: 'Whatsnew beta' });
    await waitFor('both articles', async () => {
      await ws.core.syncNow();
      return (await searchIds(ws.core, 'whatsnew')).length === 2;
    });
    const named = batches.flatMap((x) => x.added.map((c) => c.id));
    expect(named.sort()).toEqual([a, b].sort());
    expect(batches.every((x) => !x.initial)).toBe(true);
    await putArticle(h().admin, a, { title: 'Whatsnew alpha, second edition' });
    await waitFor('the edit', async () => {
      await ws.core.syncNow();
      return batches.some((x) => x.changed.some((c) => c.id === a));
    });
    const news = await ws.core.getWhatsNew({ limit: 10 });
    expect(news.map((n) => n.id)).toEqual(expect.arrayContaining([a, b]));
    expect(news.find((n) => n.id === a)?.change).toBe('added');
    expect(news.find((n) => n.id === a)?.title).toBe('Whatsnew alpha, second edition');
    await h().admin.ok('DELETE', `/api/authoring/articles/${b}`);
    await waitFor('the removal', async () => {
      await ws.core.syncNow();
      return batches.some((x) => x.removed.includes(b));
    });
    expect((await ws.core.getWhatsNew({ limit: 10 })).map((n) => n.id)).not.toContain(b);
  });
});

// A workstation signing in as someone else gets that person's view, not the previous one's.
describeStores('workstation sync, shared desk', (h) => {
  it('another user on the same workstation replaces the replica with their own view', async () => {
    const cards = await h().user([member('cards', 'agent')]);
    const mobile = await h().user([member('mobile', 'agent')]);
    const id = unique('desk');
    await putArticle(h().admin, id, {
      title: 'Cards only desk article',
      audience: { businessLines: ['cards'], positions: [] },
    });
    const ws = await openWorkstation(h(), cards, { syncClient: TEST_SYNC });
    try {
      expect(await searchIds(ws.core, 'cards only desk')).toContain(id);
      await ws.core.signOut();
      const result = await ws.core.signIn({
        serverUrl: ws.proxy.url,
        username: mobile.username,
        password: USER_PASSWORD,
      });
      expect(result.ok).toBe(true);
      await ws.core.syncNow();
      expect(await searchIds(ws.core, 'cards only desk')).not.toContain(id);
      expect(replicaContents(ws.core.replica)).toEqual(await serverContents(mobile.client));
    } finally {
      await ws.dispose();
    }
  });
});
