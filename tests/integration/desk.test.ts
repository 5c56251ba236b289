import { afterEach, expect, it } from 'vitest';
import { putArticle } from '../../server/test-support/content';
import { describeStores, member, unique, USER_PASSWORD } from '../../server/test-support/harness';
import { openWorkstation, waitFor, type Workstation } from './support/workstations';

/*
 * Issue 6 against a real server: who published an article, the changes since the agent last
 * read it, feedback and questions through the outbox (also offline), and a shared desk.
 * R17, R18, R25, R5.
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('the agent’s desk', (h) => {
  const workstation = async () => {
    const user = await h().user([member('cards', 'agent')]);
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    return ws;
  };
  const storedEvents = async (userId: number, type: string) =>
    h().store.query<{ payload: Record<string, unknown> }>(
      'SELECT payload FROM agent_events WHERE user_id = $1 AND type = $2 ORDER BY id',
      [userId, type],
    );
  const drained = (ws: Workstation) =>
    waitFor('the outbox to drain', async () => {
      await ws.core.syncNow();
      return (await ws.core.getSyncState()).outboxPending === 0;
    });

  it('names who published, and shows what changed since the agent read it (R18)', async () => {
    const ws = await workstation();
    const id = unique('changed');
    await putArticle(h().admin, id, {
      title: 'Card limits',
      body: '<p>The daily limit is 500 EUR.</p>',
    });
    await ws.core.syncNow();
    const first = await ws.core.getArticleDetails({ id });
    expect(first).toMatchObject({ updatedBy: 'Administrator', changes: null });

    await putArticle(h().admin, id, {
      title: 'Card limits',
      body: '<p>The daily limit is 1000 EUR.</p><p>Ask for a temporary raise.</p>',
    });
    await waitFor('the new revision', async () => {
      await ws.core.syncNow();
      return (await ws.core.getArticle({ id }))?.revision === 2;
    });
    const changes = (await ws.core.getArticleDetails({ id }))?.changes;
    expect(changes?.readRevision).toBe(1);
    expect(changes?.text.filter((r) => r.match).map((r) => r.text)).toEqual([
      '1000',
      'Ask for a temporary raise.',
    ]);
    expect(changes?.removedWords).toBe(1);
    await ws.core.markRead({ id, lang: 'en', revision: 2 });
    expect((await ws.core.getArticleDetails({ id }))?.changes).toBeNull();
  });

  it('feedback and a question reach the server, also when sent offline (R17, R5)', async () => {
    const ws = await workstation();
    const id = unique('feedback');
    await putArticle(h().admin, id, { title: 'Feedback target' });
    await ws.core.syncNow();
    await ws.core.sendFeedback({ kind: 'helpful', articleId: id, lang: 'en', revision: 1 });
    await drained(ws);
    expect(await storedEvents(ws.user.id, 'feedback')).toEqual([
      {
        payload: {
          articleId: id,
          lang: 'en',
          revision: 1,
          kind: 'helpful',
          reason: null,
          comment: '',
        },
      },
    ]);
    expect((await ws.core.getArticleDetails({ id }))?.vote).toBe('helpful');

    ws.proxy.setDown(true);
    await ws.core.syncNow();
    await ws.core.sendFeedback({
      kind: 'flag',
      articleId: id,
      lang: 'en',
      revision: 1,
      reason: 'wrong',
      comment: 'The hotline number is old.',
    });
    await ws.core.reportQuestion({ query: 'virtual card for kids' });
    expect((await ws.core.getSyncState()).outboxPending).toBe(2);
    ws.proxy.setDown(false);
    await drained(ws);
    const feedback = await storedEvents(ws.user.id, 'feedback');
    expect(feedback[1]?.payload).toMatchObject({ kind: 'flag', reason: 'wrong' });
    expect(await storedEvents(ws.user.id, 'question')).toEqual([
      { payload: { query: 'virtual card for kids', langs: ['en'], comment: '' } },
    ]);
  });

  it('signed out, feedback is refused and nothing reaches the server', async () => {
    const ws = await workstation();
    const id = unique('signedout');
    await putArticle(h().admin, id, { title: 'Signed out target' });
    await ws.core.syncNow();
    await ws.core.signOut();
    await expect(
      ws.core.sendFeedback({ kind: 'not-helpful', articleId: id, lang: 'en', revision: 1 }),
    ).rejects.toThrow(/Sign in/);
    await expect(ws.core.reportQuestion({ query: 'anything' })).rejects.toThrow(/Sign in/);
    expect((await ws.core.getSyncState()).outboxPending).toBe(0);
    expect(await storedEvents(ws.user.id, 'feedback')).toEqual([]);
  });
});

describeStores('the agent’s desk, shared', (h) => {
  it('another person signing in does not inherit favourites, marks or use', async () => {
    const anna = await h().user([member('cards', 'agent')]);
    const bela = await h().user([member('cards', 'agent')]);
    const id = unique('shared');
    await putArticle(h().admin, id, { title: 'Shared desk article' });
    const ws = await openWorkstation(h(), anna);
    try {
      expect(await ws.core.getArticle({ id })).not.toBeNull();
      await ws.core.getArticleDetails({ id }); // marks it read
      await ws.core.setFavourite({ id, favourite: true });
      expect((await ws.core.getDeskLists()).favourites.map((a) => a.id)).toEqual([id]);

      await ws.core.signOut();
      const signedIn = await ws.core.signIn({
        serverUrl: ws.proxy.url,
        username: bela.username,
        password: USER_PASSWORD,
      });
      expect(signedIn.ok).toBe(true);
      await ws.core.syncNow();
      expect(ws.core.replica.db.prepare('SELECT count(*) FROM read_state').pluck().get()).toBe(0);
      expect(await ws.core.getDeskLists()).toEqual({ recent: [], mostUsed: [], favourites: [] });
      expect((await ws.core.getArticleDetails({ id }))?.favourite).toBe(false);
    } finally {
      await ws.dispose();
    }
  });
});
