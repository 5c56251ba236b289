import { afterEach, expect, it } from 'vitest';
import type { FeedbackAnswered } from '../../shared/workstation/authoring';
import { audience, putArticle } from '../../server/test-support/content';
import { describeStores, member, unique } from '../../server/test-support/harness';
import { openWorkstation, waitFor, type Workstation } from './support/workstations';

/*
 * The feedback loop end to end (issue 9 item 6, R17) with real workstations: an agent flags an
 * article through the outbox, the owner finds it in their inbox and answers, the agent's
 * workstation announces the answer once (also after a restart) and lists it; an agent's
 * suggested edit reaches the owner as a draft revision by the agent while agents keep reading
 * the published one.
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('feedback loop end to end', (h) => {
  const workstation = async (position: string) => {
    const user = await h().user([member('cards', position)]);
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    return ws;
  };

  async function ownedArticle(owner: string, title: string) {
    const id = unique('loop');
    await putArticle(h().admin, id, { audience: audience(['cards']), title });
    await h().admin.ok('PUT', `/api/authoring/articles/${id}`, { owner });
    return id;
  }

  it('agent flags, owner answers, the agent is told once and sees the reply (R17)', async () => {
    const [owner, agent] = [await workstation('author'), await workstation('agent')];
    const id = await ownedArticle(owner.user.username, 'Contactless limits');
    const heard: FeedbackAnswered[] = [];
    const off = agent.core.on('feedbackAnswered', (payload) => heard.push(payload));

    await agent.core.syncNow();
    const article = await agent.core.getArticle({ id, lang: 'en' });
    expect(article?.title).toBe('Contactless limits');
    await agent.core.sendFeedback({
      kind: 'flag',
      articleId: id,
      lang: 'en',
      revision: article?.revision ?? 0,
      reason: 'outdated',
      comment: 'The limit went up last month',
    });
    await waitFor('the outbox to drain', async () => {
      return (await agent.core.getSyncState()).outboxPending === 0;
    });

    const inbox = await owner.core.authoring({ op: 'listInbox', scope: 'mine', status: 'open' });
    const flagged = inbox.ok ? inbox.items.find((i) => i.articleId === id) : undefined;
    expect(flagged).toMatchObject({
      kind: 'flag',
      reason: 'outdated',
      comment: 'The limit went up last month',
      articleTitle: 'Contactless limits',
      owner: owner.user.username,
      from: { username: agent.user.username },
    });
    if (!flagged) return;

    // Nothing answered yet: a sync announces nothing.
    await agent.core.syncNow();
    expect(heard).toEqual([]);

    const resolved = await owner.core.authoring({
      op: 'resolveFeedback',
      id: flagged.id,
      resolution: 'replied',
      reply: 'Updated to the new limit, thanks.',
    });
    expect(resolved).toMatchObject({ ok: true, item: { status: 'replied' } });

    await agent.core.syncNow();
    expect(heard.map((h) => h.items.map((i) => [i.id, i.reply]))).toEqual([
      [[flagged.id, 'Updated to the new limit, thanks.']],
    ]);
    await agent.core.syncNow();
    expect(heard).toHaveLength(1);

    const mine = await agent.core.listMyFeedback();
    expect(mine.ok && mine.items.find((i) => i.id === flagged.id)).toMatchObject({
      status: 'replied',
      reply: 'Updated to the new limit, thanks.',
      resolvedBy: { username: owner.user.username },
    });

    // A restart remembers what the agent was told.
    off();
    agent.stop();
    await agent.restart();
    const afterRestart: FeedbackAnswered[] = [];
    agent.core.on('feedbackAnswered', (payload) => afterRestart.push(payload));
    await waitFor('the restarted workstation to sync', async () => {
      return (await agent.core.syncNow()).status === 'online';
    });
    expect(afterRestart).toEqual([]);
    // Two workstations, a restart and several syncs: room for a busy machine.
  }, 60_000);

  it("an agent's suggested edit becomes the owner's draft revision by the agent; agents keep the published one (R17, R14)", async () => {
    const [owner, agent] = [await workstation('author'), await workstation('agent')];
    const id = await ownedArticle(owner.user.username, 'Card fees');
    await agent.core.syncNow();
    const read = await agent.core.getArticle({ id, lang: 'en' });

    const suggested = await agent.core.suggestEdit({
      articleId: id,
      lang: 'en',
      revision: read?.revision ?? 0,
      title: 'Card fees (2027)',
      bodyHtml: '<p>The yearly fee is waived from January.</p>',
      comment: 'New price list',
    });
    expect(suggested).toEqual({ ok: true, revision: 2 });

    const history = await owner.core.authoring({ op: 'listRevisions', id, lang: 'en' });
    expect(history.ok && history.revisions.find((r) => r.revision === 2)).toMatchObject({
      title: 'Card fees (2027)',
      author: { username: agent.user.username },
      published: false,
    });
    const inbox = await owner.core.authoring({ op: 'listInbox', scope: 'mine', status: 'open' });
    expect(inbox.ok && inbox.items.filter((i) => i.articleId === id)).toEqual([
      expect.objectContaining({ kind: 'suggestion', revision: 2, comment: 'New price list' }),
    ]);

    await agent.core.syncNow();
    expect(await agent.core.getArticle({ id, lang: 'en' })).toMatchObject({
      title: 'Card fees',
      revision: read?.revision,
    });
    const mine = await agent.core.listMyFeedback();
    expect(mine.ok && mine.items.map((i) => [i.kind, i.status])).toEqual([['suggestion', 'open']]);
  }, 60_000);
});
