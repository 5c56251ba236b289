import { expect, it } from 'vitest';
import { authoringAnswers } from '../../shared/workstation/authoring';
import { describeStores, member, unique } from '../test-support/harness';
import { MiniReplica } from '../test-support/replica';
import {
  A,
  act,
  actOk,
  createArticle,
  getArticle,
  replicaArticle,
  saveVariant,
  type ErrorAnswer,
} from './workflow-test-support';

const DAY = 86_400_000;

describeStores('article workflow (issue 9; R15 workflow, R14 versions)', (h) => {
  it('R15: keeps agents out of every authoring route', async () => {
    const agent = await h().user([member('cards', 'agent')]);
    const author = await h().user([member('cards', 'author')]);
    const id = unique('wf');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'One');
    const c = agent.client;
    const answers = [
      await c.get(A),
      await c.get(`${A}/${id}`),
      await c.put(`${A}/${id}`, { type: 'reference' }),
      await c.put(`${A}/${id}/variants/en`, { title: 'x', bodyHtml: 'x', baseRevision: 1 }),
      await c.get(`${A}/${id}/variants/en/revisions`),
      await c.get(`${A}/${id}/variants/en/revisions/1`),
      await c.post(`${A}/${id}/variants/en/revisions/1/restore`, {}),
      await act(c, id, 'submit'),
      await act(c, id, 'approve'),
      await c.get('/api/authoring/audit'),
      await c.get('/api/authoring/my-work'),
    ];
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 403));
  });

  it('R15: authors submit, reviewers approve or send back with a comment; wrong states are 409', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const id = unique('wf');

    const created = await createArticle(author.client, id);
    expect(created).toMatchObject({
      status: 'draft',
      owner: author.username,
      reviewRequired: true,
    });
    expect(created.reviewIntervalDays).toBe(90);
    expect(created.workflow.map((w) => [w.event, w.by?.username])).toEqual([
      ['created', author.username],
    ]);
    await saveVariant(author.client, id, 0, 'Reset a PIN');

    const selfApprove = await act(author.client, id, 'approve');
    expect(selfApprove.status).toBe(403);
    expect(selfApprove.body.error.message).toContain('needs review by a reviewer');
    expect((await act(author.client, id, 'send-back', 'no')).status).toBe(403);
    const notInReview = await act(reviewer.client, id, 'send-back', 'Fix it');
    expect(notInReview.status).toBe(409);
    expect(notInReview.body.error.message).toContain('draft');

    const submitted = await actOk(author.client, id, 'submit', 'Please check step 2');
    expect(submitted.status).toBe('in-review');
    expect(submitted.workflow.at(-1)).toMatchObject({
      event: 'submitted',
      comment: 'Please check step 2',
    });
    const again = await act(author.client, id, 'submit');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('in-review');
    expect((await act(author.client, id, 'approve')).status).toBe(403);

    const bare = await act(reviewer.client, id, 'send-back', '  ');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('comment');
    const sentBack = await actOk(reviewer.client, id, 'send-back', 'Step 2 is wrong');
    expect(sentBack.status).toBe('draft');
    expect(sentBack.workflow.at(-1)).toMatchObject({
      event: 'sent-back',
      comment: 'Step 2 is wrong',
      by: { username: reviewer.username },
    });
    // Saving while in review keeps it in review.
    await actOk(author.client, id, 'submit');
    await saveVariant(author.client, id, 1, 'Reset a PIN safely');
    expect((await getArticle(author.client, id)).status).toBe('in-review');
    expect((await agent.client.get(`/api/articles/${id}`)).status).toBe(404);

    const before = Date.now();
    const approved = await actOk(reviewer.client, id, 'approve', 'Good');
    expect(approved.status).toBe('published');
    expect(approved.variants.map((v) => [v.lang, v.revision, v.publishedRevision])).toEqual([
      ['en', 2, 2],
    ]);
    expect(approved.workflow.slice(-2).map((w) => w.event)).toEqual(['approved', 'published']);
    const due = Date.parse(approved.reviewDueAt ?? '');
    expect(due).toBeGreaterThanOrEqual(before + 90 * DAY - 60_000);
    expect(approved.lastReviewedAt).not.toBeNull();
    expect((await agent.client.get(`/api/articles/${id}`)).status).toBe(200);
    expect((await act(reviewer.client, id, 'approve')).body.error.message).toContain('published');

    // Archive withdraws it from agents; an archived article takes no saves until unarchived.
    expect((await act(author.client, id, 'archive')).status).toBe(403);
    expect((await actOk(reviewer.client, id, 'archive', 'Old process')).status).toBe('archived');
    expect((await agent.client.get(`/api/articles/${id}`)).status).toBe(404);
    const locked = await author.client.put<ErrorAnswer>(`${A}/${id}/variants/en`, {
      title: 'x',
      bodyHtml: 'x',
      baseRevision: 2,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toContain('unarchive it first');
    expect((await act(author.client, id, 'unarchive')).status).toBe(403);
    expect((await actOk(reviewer.client, id, 'unarchive')).status).toBe('draft');
  });

  it('R15: authors publish on their own where review is not required; only reviewers decide that', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const id = unique('wf');
    await createArticle(author.client, id);
    expect((await author.client.put(`${A}/${id}`, { reviewRequired: false })).status).toBe(403);
    const relaxed = await createArticle(reviewer.client, id, { reviewRequired: false });
    expect(relaxed.reviewRequired).toBe(false);
    await saveVariant(author.client, id, 0, 'Card fees');
    expect((await actOk(author.client, id, 'approve')).status).toBe('published');
    // Reviewers' immediate publish on save (CLI, demo) ends published too.
    const other = unique('wf');
    await createArticle(reviewer.client, other);
    await reviewer.client.ok('PUT', `${A}/${other}/variants/en`, {
      title: 'Now',
      bodyHtml: '<p>now</p>',
      publish: true,
    });
    expect((await getArticle(reviewer.client, other)).status).toBe('published');
  });

  it('R16: owners are authors or reviewers; the owner or a reviewer marks an article reviewed', async () => {
    const author = await h().user([member('cards', 'author')]);
    const colleague = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const id = unique('wf');
    await createArticle(author.client, id, { owner: colleague.username, reviewIntervalDays: 30 });
    for (const owner of ['nobody-at-all', agent.username]) {
      const refused = await author.client.put<ErrorAnswer>(`${A}/${id}`, { owner });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain(owner);
    }
    expect((await act(author.client, id, 'mark-reviewed')).status).toBe(403);
    const reviewed = await actOk(colleague.client, id, 'mark-reviewed', 'Still right');
    expect(reviewed.workflow.at(-1)).toMatchObject({ event: 'reviewed', comment: 'Still right' });
    const due = Date.parse(reviewed.reviewDueAt ?? '') - Date.parse(reviewed.lastReviewedAt ?? '');
    expect(Math.round(due / DAY)).toBe(30);
    expect((await actOk(reviewer.client, id, 'mark-reviewed')).workflow.at(-1)?.event).toBe(
      'reviewed',
    );
    const moved = await createArticle(author.client, id, { owner: reviewer.username });
    expect(moved.owner).toBe(reviewer.username);
  });

  it('R15: only published revisions reach the sync feed; a later draft changes nothing for agents', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const id = unique('wf');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'First');
    expect(await replicaArticle(replica, id)).toBeUndefined();

    await actOk(reviewer.client, id, 'approve');
    expect((await replicaArticle(replica, id))?.variants.map((v) => [v.revision, v.title])).toEqual(
      [[1, 'First']],
    );
    await saveVariant(author.client, id, 1, 'Second draft');
    const draft = await getArticle(author.client, id);
    expect(draft.status).toBe('draft');
    expect(draft.variants[0]).toMatchObject({
      revision: 2,
      publishedRevision: 1,
      published: false,
    });
    expect((await replicaArticle(replica, id))?.variants.map((v) => [v.revision, v.title])).toEqual(
      [[1, 'First']],
    );
    const snapshot = await agent.client.ok<{ records: { id: string; variants?: unknown[] }[] }>(
      'GET',
      '/api/sync/snapshot',
    );
    expect(snapshot.records.find((r) => r.id === id)?.variants).toMatchObject([
      { revision: 1, title: 'First' },
    ]);

    // R14: a save from an older revision is a conflict, not a silent overwrite.
    const stale = await author.client.put<ErrorAnswer>(`${A}/${id}/variants/en`, {
      title: 'Mine',
      bodyHtml: '<p>mine</p>',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('revision 2');
    const fresh = await author.client.put<ErrorAnswer>(`${A}/${id}/variants/hu`, {
      title: 'Új',
      bodyHtml: '<p>új</p>',
      baseRevision: 1,
    });
    expect(fresh.status).toBe(409);

    await actOk(reviewer.client, id, 'approve');
    expect((await replicaArticle(replica, id))?.variants.map((v) => [v.revision, v.title])).toEqual(
      [[2, 'Second draft']],
    );
    await actOk(reviewer.client, id, 'archive');
    expect(await replicaArticle(replica, id)).toBeUndefined();
  });

  it('R16: owner and review interval are for authors: changing them sends agents nothing', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const id = unique('wf');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'First');
    await actOk(reviewer.client, id, 'approve');
    const published = await replicaArticle(replica, id);
    expect(published?.type).toBe('procedure');

    await createArticle(author.client, id, { owner: reviewer.username, reviewIntervalDays: 30 });
    expect((await replicaArticle(replica, id))?.version).toBe(published?.version);

    await createArticle(author.client, id, { type: 'canned' });
    const retyped = await replicaArticle(replica, id);
    expect(retyped?.type).toBe('canned');
    expect(retyped?.version).toBeGreaterThan(published?.version ?? Infinity);
  });

  it('R14: lists revisions newest first, reads one in full, restores an old one as a new revision', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const id = unique('wf');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'One');
    await actOk(reviewer.client, id, 'approve');
    await saveVariant(author.client, id, 1, 'Two');

    const path = `${A}/${id}/variants/en/revisions`;
    const old = authoringAnswers.getRevision.parse(await author.client.ok('GET', `${path}/1`));
    expect(old.revision).toMatchObject({ revision: 1, title: 'One', bodyHtml: '<p>One</p>' });
    expect(old.revision.published).toBe(true);
    expect((await author.client.get(`${path}/9`)).status).toBe(404);

    const restored = authoringAnswers.restoreRevision.parse(
      await author.client.ok('POST', `${path}/1/restore`, {}),
    );
    expect(restored.revision).toBe(3);
    const list = authoringAnswers.listRevisions.parse(await author.client.ok('GET', path));
    expect(list.revisions.map((r) => [r.revision, r.title, r.note, r.published])).toEqual([
      [3, 'One', 'Restored revision 1', false],
      [2, 'Two', 'saved Two', false],
      [1, 'One', 'saved One', true],
    ]);
    expect(list.revisions[0]?.author).toEqual({
      username: author.username,
      displayName: author.username,
    });
    const article = await getArticle(author.client, id);
    expect(article.variants[0]).toMatchObject({ revision: 3, bodyHtml: '<p>One</p>' });
    expect(article.workflow.at(-1)?.event).toBe('restored');
    expect(article.status).toBe('draft');
    expect((await author.client.post(`${path}/7/restore`, {})).status).toBe(404);
  });

  it('lists articles with status, titles, variants and open feedback (contract shape)', async () => {
    const author = await h().user([member('cards', 'author')]);
    const id = unique('wf');
    await createArticle(author.client, id);
    await saveVariant(author.client, id, 0, 'Listed');
    await saveVariant(author.client, id, 0, 'Listed hu', 'hu');
    await h().store.query(
      `INSERT INTO feedback_items (kind, article_id, status) VALUES
         ('flag', $1, 'open'), ('flag', $1, 'open'), ('flag', $1, 'fixed')`,
      [id],
    );
    const { articles } = authoringAnswers.listArticles.parse(await author.client.ok('GET', A));
    expect(articles.find((a) => a.id === id)).toMatchObject({
      status: 'draft',
      owner: author.username,
      title: { en: 'Listed', hu: 'Listed hu' },
      variants: [
        { lang: 'en', latestRevision: 1, publishedRevision: null },
        { lang: 'hu', latestRevision: 1, publishedRevision: null },
      ],
      openFeedback: 2,
    });
  });
});
