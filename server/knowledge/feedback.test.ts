import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  authoringAnswers,
  myFeedbackAnswerSchema,
  type FeedbackItem,
} from '../../shared/workstation/authoring';
import type { TestClient } from '../test-support/client';
import { audience, putArticle } from '../test-support/content';
import { describeStores, member, unique, type TestUser } from '../test-support/harness';

/*
 * The feedback loop on the server (issue 9 item 6, R17): agents' flags, votes and questions land
 * in the owners' inbox once each; owners answer; agents suggest edits as draft revisions and read
 * the answers to their own feedback.
 */

type EventSpec =
  | { type: 'feedback'; payload: Record<string, unknown> }
  | { type: 'question'; payload: Record<string, unknown> };

const event = (spec: EventSpec, key = randomUUID()) => ({
  key,
  occurredAt: new Date().toISOString(),
  deviceId: 'test-device',
  ...spec,
});

const vote = (articleId: string, kind: string, extra: Record<string, unknown> = {}) => ({
  type: 'feedback' as const,
  payload: {
    articleId,
    lang: 'en',
    revision: 1,
    kind,
    reason: null,
    comment: '',
    ...extra,
  },
});

const question = (query: string) => ({
  type: 'question' as const,
  payload: { query, langs: ['en'], comment: 'nothing found' },
});

async function inbox(client: TestClient, scope: 'mine' | 'all', status = 'open') {
  const answer = await client.get(`/api/authoring/inbox?scope=${scope}&status=${status}`);
  if (answer.status !== 200) return { status: answer.status, items: [] as FeedbackItem[] };
  return { status: 200, items: authoringAnswers.listInbox.parse(answer.body).items };
}

const fromUser = (items: FeedbackItem[], user: TestUser) =>
  items.filter((i) => i.from?.username === user.username);

describeStores('feedback inbox and suggested edits (R17)', (h) => {
  /** An article in the cards line owned by `owner` ('' = nobody). */
  async function article(owner: string, title = 'Card limits') {
    const id = unique('fb-article');
    await putArticle(h().admin, id, { audience: audience(['cards']), title });
    await h().admin.ok('PUT', `/api/authoring/articles/${id}`, { owner });
    return id;
  }
  const agent = () => h().user([member('cards', 'agent')]);
  const author = () => h().user([member('cards', 'author')]);
  const reviewer = () => h().user([member('cards', 'reviewer')]);

  it('files flags, not-helpful votes and questions once each; helpful votes and resent events file nothing (R17)', async () => {
    const [owner, a] = [await author(), await agent()];
    const id = await article(owner.username);
    const events = [
      event(vote(id, 'flag', { reason: 'outdated', comment: 'The limit changed' })),
      event(vote(id, 'not-helpful')),
      event(vote(id, 'helpful')),
      event(question('pay with my watch abroad')),
    ];
    await a.client.ok('POST', '/api/events', { events });
    // A lost answer: the workstation sends the same events again, one spelled in upper case.
    const again = events.map((e, i) => (i === 0 ? { ...e, key: e.key.toUpperCase() } : e));
    const resent = await a.client.ok<{ duplicates: string[] }>('POST', '/api/events', {
      events: again,
    });
    expect(resent.duplicates).toHaveLength(4);

    const mine = fromUser((await inbox(owner.client, 'mine')).items, a);
    expect(mine.map((i) => [i.kind, i.reason, i.comment, i.query]).sort()).toEqual([
      ['flag', 'outdated', 'The limit changed', null],
      ['not-helpful', null, '', null],
      ['question', null, 'nothing found', 'pay with my watch abroad'],
    ]);
    const flagged = mine.find((i) => i.kind === 'flag');
    expect(flagged).toMatchObject({
      articleId: id,
      articleTitle: 'Card limits',
      lang: 'en',
      revision: 1,
      owner: owner.username,
      from: { username: a.username, displayName: a.username },
      status: 'open',
      resolvedAt: null,
    });
    expect(mine.find((i) => i.kind === 'question')).toMatchObject({ owner: '', articleId: null });
  });

  it("scopes the inbox by the article's current owner; authors may not list everyone's (R17)", async () => {
    const [ownerA, ownerB, rev, a] = [
      await author(),
      await author(),
      await reviewer(),
      await agent(),
    ];
    const id = await article(ownerA.username, 'Owned by A');
    const unowned = await article('');
    await a.client.ok('POST', '/api/events', {
      events: [
        event(vote(id, 'flag', { reason: 'wrong', comment: 'x' })),
        event(vote(unowned, 'not-helpful')),
      ],
    });
    const articlesIn = async (client: TestClient, scope: 'mine' | 'all') =>
      fromUser((await inbox(client, scope)).items, a).map((i) => i.articleId);

    expect(await articlesIn(ownerA.client, 'mine')).toEqual(expect.arrayContaining([id, unowned]));
    expect(await articlesIn(ownerB.client, 'mine')).toEqual([unowned]);
    expect((await inbox(ownerB.client, 'all')).status).toBe(403);
    expect((await inbox(a.client, 'mine')).status).toBe(403);
    expect((await articlesIn(rev.client, 'all')).sort()).toEqual([id, unowned].sort());
    expect(await articlesIn(rev.client, 'mine')).toEqual([unowned]);

    // Handing the article over moves its items to the new owner's inbox.
    await h().admin.ok('PUT', `/api/authoring/articles/${id}`, { owner: ownerB.username });
    expect(await articlesIn(ownerA.client, 'mine')).toEqual([unowned]);
    expect((await articlesIn(ownerB.client, 'mine')).sort()).toEqual([id, unowned].sort());
  });

  it('lets the owner, reviewers, and any author for unowned items answer; replies are required (R17)', async () => {
    const [owner, other, rev, a] = [
      await author(),
      await author(),
      await reviewer(),
      await agent(),
    ];
    const id = await article(owner.username);
    await a.client.ok('POST', '/api/events', {
      events: [
        event(vote(id, 'flag', { reason: 'unclear', comment: 'which fee?' })),
        event(vote(id, 'not-helpful')),
        event(question('watch payments')),
      ],
    });
    const items = fromUser((await inbox(owner.client, 'mine')).items, a);
    const byKind = (k: string) => items.find((i) => i.kind === k)?.id ?? 0;
    const resolve = (client: TestClient, itemId: number, resolution: string, reply = '') =>
      client.post(`/api/authoring/inbox/${itemId}/resolve`, { resolution, reply });

    expect((await resolve(other.client, byKind('flag'), 'fixed')).status).toBe(403);
    expect((await resolve(a.client, byKind('flag'), 'fixed')).status).toBe(403);
    expect((await resolve(owner.client, byKind('flag'), 'replied', '  ')).status).toBe(400);
    expect((await resolve(owner.client, byKind('flag'), 'rejected')).status).toBe(400);
    expect((await resolve(owner.client, 999_999_999, 'fixed')).status).toBe(404);

    const replied = await resolve(
      owner.client,
      byKind('flag'),
      'replied',
      'Fees are in section 2.',
    );
    expect(replied.status).toBe(200);
    expect(authoringAnswers.resolveFeedback.parse(replied.body).item).toMatchObject({
      status: 'replied',
      reply: 'Fees are in section 2.',
      resolvedBy: { username: owner.username },
    });
    expect((await resolve(owner.client, byKind('flag'), 'fixed')).status).toBe(409);
    expect((await resolve(rev.client, byKind('not-helpful'), 'fixed')).status).toBe(200);
    expect(
      (await resolve(other.client, byKind('question'), 'rejected', 'Not our product')).status,
    ).toBe(200);

    expect(fromUser((await inbox(owner.client, 'mine')).items, a)).toEqual([]);
    const closed = fromUser((await inbox(owner.client, 'mine', 'closed')).items, a);
    expect(closed.map((i) => i.status).sort()).toEqual(['fixed', 'rejected', 'replied']);

    // The agent reads the answers to their own feedback.
    const mine = myFeedbackAnswerSchema.parse(await a.client.ok('GET', '/api/feedback/mine'));
    expect(mine.items.find((i) => i.kind === 'flag')).toMatchObject({
      status: 'replied',
      reply: 'Fees are in section 2.',
      articleTitle: 'Card limits',
    });
    expect(mine.items.map((i) => i.from?.username)).toEqual(mine.items.map(() => a.username));
    expect(
      (await owner.client.ok<{ items: unknown[] }>('GET', '/api/feedback/mine')).items,
    ).toEqual([]);
  });

  it('turns a suggested edit into a draft revision by the agent that agents do not get, and an inbox item (R17, R14)', async () => {
    const [owner, a] = [await author(), await agent()];
    const id = await article(owner.username, 'Published title');
    const outsider = await h().user([member('mobile', 'agent')]);
    const suggestion = {
      articleId: id,
      lang: 'en',
      revision: 1,
      title: 'Better title',
      bodyHtml: '<p>New text</p><script>alert(1)</script>',
      comment: 'The limit is 100 now',
    };
    expect((await outsider.client.post('/api/feedback/suggestions', suggestion)).status).toBe(404);
    expect(
      (await a.client.post('/api/feedback/suggestions', { ...suggestion, lang: 'hu' })).status,
    ).toBe(404);
    expect(
      (await a.client.post('/api/feedback/suggestions', { ...suggestion, articleId: 'nope-x' }))
        .status,
    ).toBe(404);

    const { revision } = await a.client.ok<{ revision: number }>(
      'POST',
      '/api/feedback/suggestions',
      suggestion,
    );
    expect(revision).toBe(2);

    // Agents keep the published revision.
    const read = await a.client.ok<{
      article: { variants: { title: string; revision: number }[] };
    }>('GET', `/api/articles/${id}`);
    expect(read.article.variants[0]).toMatchObject({ title: 'Published title', revision: 1 });

    const { revisions } = await owner.client.ok<{
      revisions: {
        revision: number;
        note: string;
        author: { username: string } | null;
        published: boolean;
      }[];
    }>('GET', `/api/authoring/articles/${id}/variants/en/revisions`);
    expect(revisions.find((r) => r.revision === 2)).toMatchObject({
      author: { username: a.username },
      published: false,
      note: `Suggested by ${a.username}: The limit is 100 now`,
    });
    const [row] = await h().store.query<{ body_html: string; status: string }>(
      `SELECT r.body_html, a.status FROM article_revisions r JOIN articles a ON a.id = r.article_id
        WHERE r.article_id = $1 AND r.lang = 'en' AND r.revision = 2`,
      [id],
    );
    expect(row?.body_html).toContain('New text');
    expect(row?.body_html).not.toContain('script');
    expect(row?.status).toBe('draft');
    const workflow = await h().store.query<{ event: string; user_id: number }>(
      'SELECT event, user_id FROM article_workflow WHERE article_id = $1 ORDER BY id',
      [id],
    );
    expect(workflow.at(-1)).toEqual({ event: 'suggested', user_id: a.id });

    const items = fromUser((await inbox(owner.client, 'mine')).items, a);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'suggestion',
        revision: 2,
        comment: 'The limit is 100 now',
        articleId: id,
        articleTitle: 'Published title',
        owner: owner.username,
      }),
    ]);
  });
});
