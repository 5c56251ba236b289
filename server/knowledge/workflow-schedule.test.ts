import { expect, it } from 'vitest';
import { authoringAnswers, type AuditReport } from '../../shared/workstation/authoring';
import { describeStores, member, unique, type TestUser } from '../test-support/harness';
import { MiniReplica } from '../test-support/replica';
import {
  act,
  actOk,
  createArticle,
  eventually,
  getArticle,
  replicaArticle,
  saveVariant,
} from './workflow-test-support';

describeStores('scheduled publication, expiry and audits (issue 9; R15, R16)', (h) => {
  it('R15: publishes an approved article at its publication time, through the feed', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const id = unique('sched');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'From Monday');

    const past = await act(
      reviewer.client,
      id,
      'approve',
      '',
      new Date(Date.now() - 1000).toISOString(),
    );
    expect(past.status).toBe(400);
    const publishAt = new Date(Date.now() + 1500).toISOString();
    const scheduled = await actOk(reviewer.client, id, 'approve', 'Go live Monday', publishAt);
    expect(scheduled.publishAt).toBe(publishAt);
    expect(scheduled.workflow.at(-1)).toMatchObject({
      event: 'scheduled',
      comment: 'Go live Monday',
    });

    const record = await eventually(
      () => replicaArticle(replica, id),
      (r) => r !== undefined,
    );
    expect(record?.variants.map((v) => [v.revision, v.title])).toEqual([[1, 'From Monday']]);
    const published = await getArticle(author.client, id);
    expect(published).toMatchObject({ status: 'published', publishAt: null });
    expect(published.variants[0]?.publishedRevision).toBe(1);
    expect(published.workflow.at(-1)).toMatchObject({ event: 'published', by: null });
  });

  it('R15: a save after a scheduled approval cancels it; the approved revisions were what it held', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const id = unique('sched');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'Approved text');
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await actOk(reviewer.client, id, 'approve', '', later);
    expect(scheduled.status).toBe('scheduled');
    await saveVariant(author.client, id, 1, 'Unreviewed text');
    const draft = await getArticle(author.client, id);
    expect(draft).toMatchObject({ status: 'draft', publishAt: null });
    const [row] = await h().store.query<{ scheduled_revisions: unknown }>(
      'SELECT scheduled_revisions FROM articles WHERE id = $1',
      [id],
    );
    expect(row?.scheduled_revisions).toBeNull();
  });

  it('R15: archives an article when it expires and withdraws it from agents', async () => {
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const id = unique('exp');
    await createArticle(reviewer.client, id, {
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await saveVariant(reviewer.client, id, 0, 'Summer offer');
    await actOk(reviewer.client, id, 'approve');
    expect(await replicaArticle(replica, id)).toBeDefined();
    const cleared = await createArticle(reviewer.client, id, { expiresAt: null });
    expect(cleared.expiresAt).toBeNull();

    await createArticle(reviewer.client, id, {
      expiresAt: new Date(Date.now() + 500).toISOString(),
    });
    const archived = await eventually(
      () => getArticle(reviewer.client, id),
      (a) => a.status === 'archived',
    );
    expect(archived.workflow.at(-1)).toMatchObject({ event: 'expired', by: null });
    expect(archived.variants[0]?.publishedRevision).toBeNull();
    expect(await replicaArticle(replica, id)).toBeUndefined();
    expect((await agent.client.get(`/api/articles/${id}`)).status).toBe(404);
    // Unarchiving clears the passed expiry, or the scheduler would archive it again at once.
    expect((await actOk(reviewer.client, id, 'unarchive')).expiresAt).toBeNull();
  });

  it('R16: the audit report and my work count overdue, due-soon, stale and open feedback', async () => {
    const owner = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const tag = unique('audit');
    const ids = {
      overdue: `${tag}-a`,
      soon: `${tag}-b`,
      old: `${tag}-c`,
      disliked: `${tag}-d`,
      gone: `${tag}-e`,
    };
    for (const id of Object.values(ids)) {
      await createArticle(owner.client, id);
      await saveVariant(owner.client, id, 0, `Title ${id}`);
      await actOk(reviewer.client, id, 'approve');
    }
    await actOk(reviewer.client, ids.gone, 'archive');
    const days = (id: string, column: string, n: number) =>
      h().store.query(
        `UPDATE articles SET ${column} = now() + make_interval(days => $2) WHERE id = $1`,
        [id, n],
      );
    await days(ids.overdue, 'review_due_at', -3);
    await days(ids.gone, 'review_due_at', -3);
    await days(ids.soon, 'review_due_at', 5);
    // Not changed for 200 days and never opened by an agent.
    await days(ids.old, 'updated_at', -200);
    await days(ids.old, 'created_at', -200);
    await h().store.query(
      `UPDATE article_revisions SET created_at = now() - interval '200 days' WHERE article_id = $1`,
      [ids.old],
    );
    // Opened recently, but voted not helpful twice and helpful once.
    await days(ids.disliked, 'created_at', -200);
    await event(agent, 'article-view', { articleId: ids.disliked, lang: 'en', revision: 1 });
    for (const kind of ['not-helpful', 'not-helpful', 'helpful']) {
      await event(agent, 'feedback', { articleId: ids.disliked, kind });
    }
    await h().store.query(
      `INSERT INTO feedback_items (kind, article_id, status) VALUES
         ('flag', $1, 'open'), ('not-helpful', $2, 'open'), ('flag', $1, 'fixed')`,
      [ids.overdue, ids.soon],
    );

    const { report } = authoringAnswers.auditReport.parse(
      await owner.client.ok('GET', '/api/authoring/audit'),
    );
    const mine = (list: { id: string }[]) =>
      list.map((a) => a.id).filter((id) => id.startsWith(tag));
    expect(mine(report.overdue)).toEqual([ids.overdue]);
    expect(mine(report.dueSoon)).toEqual([ids.soon]);
    const stale = (id: string) => report.stale.find((s) => s.id === id);
    expect(stale(ids.old)?.reasons).toEqual(['not-updated', 'never-viewed']);
    expect(stale(ids.disliked)).toMatchObject({
      reasons: ['not-helpful'],
      views90d: 1,
      helpful: 1,
      notHelpful: 2,
    });
    expect(mine(report.stale)).toEqual([ids.old, ids.disliked].sort());
    expect(report.owners.find((o) => o.owner === owner.username)).toEqual<
      AuditReport['owners'][number]
    >({
      owner: owner.username,
      displayName: owner.username,
      articles: 4,
      overdue: 1,
      dueSoon: 1,
      openFeedback: 2,
    });
    expect(report).toMatchObject({ staleDays: 180, dueSoonDays: 14 });

    const work = async (user: TestUser) =>
      authoringAnswers.myWork.parse(await user.client.ok('GET', '/api/authoring/my-work')).work;
    expect(await work(owner)).toEqual({
      overdue: 1,
      dueSoon: 1,
      openFeedback: 2,
      awaitingReview: 0,
      sentBack: 0,
    });

    // Reviewers see what waits for them; the author sees what came back.
    const waiting = (await work(reviewer)).awaitingReview;
    const draft = `${tag}-f`;
    await createArticle(owner.client, draft);
    await saveVariant(owner.client, draft, 0, 'Needs a look');
    await actOk(owner.client, draft, 'submit');
    expect((await work(reviewer)).awaitingReview).toBe(waiting + 1);
    expect((await work(owner)).awaitingReview).toBe(0);
    await actOk(reviewer.client, draft, 'send-back', 'Add the fee table');
    expect((await work(owner)).sentBack).toBe(1);
    expect((await work(reviewer)).sentBack).toBe(0);
  });

  async function event(user: TestUser, type: string, payload: Record<string, unknown>) {
    await h().store.query(
      `INSERT INTO agent_events (user_id, key, type, device_id, occurred_at, payload)
       VALUES ($1, gen_random_uuid(), $2, 'test', now(), $3::jsonb)`,
      [user.id, type, JSON.stringify(payload)],
    );
  }
});
