import { afterEach, expect, it } from 'vitest';
import { applyChangesPage } from '../../db/sync/apply';
import { readSyncState } from '../../db/sync/state';
import { countArticles } from '../../db/articles';
import { ServerConnection } from '../../electron/core/sync/server-connection';
import { audience, putArticle } from '../../server/test-support/content';
import { describeStores, member, unique } from '../../server/test-support/harness';
import { replicaContents, serverContents } from './support/replica-contents';
import { openWorkstation, searchIds, waitFor, type Workstation } from './support/workstations';

/*
 * Issue 5, item 5: real AgentCores (real SQLite files) against the real server on PostgreSQL and
 * PGlite. R5 (current within a second of publication), R30/R31 (offline, recovery).
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('workstation sync', (h) => {
  const workstation = async (lines: string[] = ['cards']) => {
    const user = await h().user(lines.map((l) => member(l, 'agent')));
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    return ws;
  };

  it('bootstraps from the snapshot, then every client converges on a publication through pokes (R5)', async () => {
    const id = unique('art');
    await putArticle(h().admin, id, { title: 'Lost card before sign-in' });
    const clients = [await workstation(), await workstation(), await workstation()];
    for (const ws of clients) expect(await searchIds(ws.core, 'lost card before')).toContain(id);

    const fresh = unique('art');
    const published = Date.now();
    await putArticle(h().admin, fresh, { title: 'Zebracrossing refund policy' });
    for (const ws of clients) {
      await waitFor('the publication to reach every workstation', async () =>
        (await searchIds(ws.core, 'zebracrossing')).includes(fresh),
      );
    }
    const delay = Date.now() - published;
    expect(delay).toBeLessThan(10_000); // generous here; bench:sync measures the real figure
    for (const ws of clients) {
      expect(replicaContents(ws.core.replica)).toEqual(await serverContents(ws.user.client));
      const state = await ws.core.getSyncState();
      expect(state.status).toBe('online');
      expect(state.lastSyncAt).not.toBeNull();
    }
  });

  it('a connection cut mid-page applies nothing of the page, and the client resumes (R31)', async () => {
    const user = await h().user([member('cards', 'agent')]);
    // No pokes and a long backoff: only this test's own pulls run, so the cut is observed alone.
    const ws = await openWorkstation(h(), user, {
      syncClient: { pokes: false, backoff: { initialMs: 60_000, maxMs: 60_000 } },
    });
    open.push(ws);
    const cursor = readSyncState(ws.core.replica)?.cursor;
    const contents = replicaContents(ws.core.replica);
    const ids = [unique('cut'), unique('cut'), unique('cut')];
    for (const id of ids) await putArticle(h().admin, id, { title: `Cut page article ${id}` });

    ws.proxy.cutNextAnswer(/^GET \/api\/sync\/changes/);
    const failed = await ws.core.syncNow();
    expect(ws.proxy.cutPending).toBe(false);
    expect(failed.status).toBe('offline');
    expect(failed.problem?.code).toBe('unreachable');
    expect(failed.nextAttemptAt).not.toBeNull();
    expect(readSyncState(ws.core.replica)?.cursor).toBe(cursor);
    expect(replicaContents(ws.core.replica)).toEqual(contents);
    for (const id of ids) expect(await searchIds(ws.core, id)).not.toContain(id);

    const resumed = await ws.core.syncNow();
    expect(resumed.status).toBe('online');
    expect(resumed.offlineSince).toBeNull();
    expect(replicaContents(ws.core.replica)).toEqual(await serverContents(ws.user.client));
    for (const id of ids) expect(await searchIds(ws.core, id)).toContain(id);
  });

  it('a server that stops and comes back: offline, then caught up (R30)', async () => {
    const ws = await workstation();
    ws.proxy.setDown(true);
    const id = unique('down');
    await putArticle(h().admin, id, { title: 'Published while the link was down' });
    const offline = await ws.core.syncNow();
    expect(offline.status).toBe('offline');
    expect(offline.offlineSince).not.toBeNull();
    // Searching goes on from the replica.
    expect((await ws.core.search({ text: 'lost' })).hits).toBeDefined();
    ws.proxy.setDown(false);
    await waitFor('the workstation to catch up', async () =>
      (await searchIds(ws.core, 'published while the link')).includes(id),
    );
    expect((await ws.core.getSyncState()).status).toBe('online');
  });

  it('an audience change removes the article from the replica and from search results', async () => {
    const ws = await workstation(['cards']);
    const id = unique('aud');
    await putArticle(h().admin, id, {
      title: 'Quagmire overdraft rules',
      audience: audience(['cards']),
    });
    await waitFor('the article to arrive', async () =>
      (await searchIds(ws.core, 'quagmire')).includes(id),
    );
    await h().admin.ok('PUT', `/api/authoring/articles/${id}`, { audience: audience(['mobile']) });
    await waitFor(
      'the article to leave',
      async () => !(await searchIds(ws.core, 'quagmire')).includes(id),
    );
    expect(await ws.core.getArticle({ id })).toBeNull();
    expect(replicaContents(ws.core.replica)[`article:${id}`]).toBeUndefined();
  });

  it('a membership change removes what the agent may no longer see', async () => {
    const ws = await workstation(['mobile']);
    const id = unique('mem');
    await putArticle(h().admin, id, {
      title: 'Roaming xylophone bundle',
      audience: audience(['mobile']),
    });
    await waitFor('the article to arrive', async () =>
      (await searchIds(ws.core, 'xylophone')).includes(id),
    );
    await h().admin.request('DELETE', `/api/admin/users/${ws.user.id}/memberships/mobile/agent`);
    await h().admin.ok(
      'POST',
      `/api/admin/users/${ws.user.id}/memberships`,
      member('loans', 'agent'),
    );
    await waitFor(
      'the article to leave',
      async () => !(await searchIds(ws.core, 'xylophone')).includes(id),
    );
    expect(replicaContents(ws.core.replica)).toEqual(await serverContents(ws.user.client));
  });

  it('a page delivered twice leaves no duplicates', async () => {
    const ws = await workstation();
    const cursor = readSyncState(ws.core.replica)?.cursor ?? 0;
    const id = unique('twice');
    await putArticle(h().admin, id, { title: 'Duplicated delivery article', langs: ['en', 'hu'] });
    const connection = new ServerConnection({
      baseUrl: h().server.url,
      token: ws.user.client.token,
    });
    const page = await connection.changes(cursor, 500);
    if (page.type !== 'changes') throw new Error('expected a page');
    const options = { now: new Date().toISOString(), log: true };
    applyChangesPage(ws.core.replica, page.items, page.cursor, options);
    const once = replicaContents(ws.core.replica);
    const count = countArticles(ws.core.replica);
    const second = applyChangesPage(ws.core.replica, page.items, page.cursor, options);
    expect(second.written).toBe(0);
    expect(replicaContents(ws.core.replica)).toEqual(once);
    expect(countArticles(ws.core.replica)).toBe(count);
    const variants = ws.core.replica.db
      .prepare('SELECT count(*) AS n FROM article_variant WHERE article_id = ?')
      .get(id) as { n: number };
    expect(variants.n).toBe(2);
    expect((await searchIds(ws.core, 'duplicated delivery')).filter((x) => x === id)).toHaveLength(
      1,
    );
  });
});
