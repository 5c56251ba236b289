import { expect, it } from 'vitest';
import type { ChangesResponse } from '../../shared/sync/protocol';
import { audience, putArticle } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';
import { MiniReplica, snapshotContents } from '../test-support/replica';

async function changes(replica: MiniReplica) {
  const pages = await replica.pull();
  return pages.flatMap((p) => (p.type === 'changes' ? p.items : []));
}

describeStores('tombstones and resets', (h) => {
  it('sends a tombstone when an article leaves the audience, and the article when it returns', async () => {
    const { admin } = h();
    const id = unique('aud');
    await putArticle(admin, id, { audience: audience(['cards']) });
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    expect(replica.ids('article')).toContain(id);

    await admin.ok('PUT', `/api/authoring/articles/${id}`, { audience: audience(['mobile']) });
    expect(await changes(replica)).toContainEqual({ op: 'delete', kind: 'article', id });
    expect(replica.ids('article')).not.toContain(id);

    await admin.ok('PUT', `/api/authoring/articles/${id}`, {
      audience: audience(['cards', 'mobile']),
    });
    const back = await changes(replica);
    expect(back.some((i) => i.op === 'upsert' && i.record.id === id)).toBe(true);
    expect(replica.contents()).toEqual(await snapshotContents(agent.client));
  });

  it("re-evaluates everything when the user's own memberships change", async () => {
    const { admin } = h();
    const tag = unique('mem');
    await putArticle(admin, `${tag}-cards`, { audience: audience(['cards']) });
    await putArticle(admin, `${tag}-loans`, { audience: audience(['loans']) });
    await putArticle(admin, `${tag}-leads`, { audience: audience(['loans'], ['team-lead']) });
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const mine = () => replica.ids('article').filter((id) => id.startsWith(tag));
    expect(mine()).toEqual([`${tag}-cards`]);

    // Moved from cards to loans: nothing about those articles changed, only who the agent is.
    await admin.ok('POST', `/api/admin/users/${agent.id}/memberships`, member('loans', 'agent'));
    await admin.ok('DELETE', `/api/admin/users/${agent.id}/memberships/cards/agent`);
    const items = await changes(replica);
    expect(items).toContainEqual({ op: 'delete', kind: 'article', id: `${tag}-cards` });
    expect(mine()).toEqual([`${tag}-loans`]);

    await admin.ok(
      'POST',
      `/api/admin/users/${agent.id}/memberships`,
      member('loans', 'team-lead'),
    );
    await changes(replica);
    expect(mine()).toEqual([`${tag}-leads`, `${tag}-loans`]);
    expect(replica.contents()).toEqual(await snapshotContents(agent.client));
    // Another user's membership change does not disturb this replica.
    const other = await h().user([member('mobile', 'agent')]);
    await admin.ok('POST', `/api/admin/users/${other.id}/memberships`, member('cards', 'agent'));
    expect(
      (await changes(replica)).filter((i) =>
        (i.op === 'upsert' ? i.record.id : i.id).startsWith(tag),
      ),
    ).toEqual([]);
  });

  it('sends tombstones for deletes and unpublished variants', async () => {
    const { admin } = h();
    const tag = unique('del');
    await putArticle(admin, `${tag}-a`, { langs: ['en', 'hu'] });
    await putArticle(admin, `${tag}-b`);
    await admin.ok('PUT', `/api/authoring/notices/${tag}-n`, {
      priority: 'info',
      title: { en: 'n' },
      body: { en: 'x' },
    });
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();

    await admin.ok('POST', `/api/authoring/articles/${tag}-a/variants/hu/unpublish`);
    await changes(replica);
    const a = replica.records.get(MiniReplica.key('article', `${tag}-a`));
    expect(a?.kind === 'article' && a.variants.map((v) => v.lang)).toEqual(['en']);

    await admin.ok('POST', `/api/authoring/articles/${tag}-a/variants/en/unpublish`);
    await admin.ok('DELETE', `/api/authoring/articles/${tag}-b`);
    await admin.ok('DELETE', `/api/authoring/notices/${tag}-n`);
    const items = await changes(replica);
    expect(items).toEqual(
      expect.arrayContaining([
        { op: 'delete', kind: 'article', id: `${tag}-a` },
        { op: 'delete', kind: 'article', id: `${tag}-b` },
        { op: 'delete', kind: 'notice', id: `${tag}-n` },
      ]),
    );
    expect(replica.contents()).toEqual(await snapshotContents(agent.client));
  });

  it('answers reset for a cursor older than the retained feed, and for one from the future', async () => {
    const { admin } = h();
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const old = replica.cursor;
    await putArticle(admin, unique('before-compaction'));
    const head = (await agent.client.ok<{ cursor: number }>('GET', '/api/sync/snapshot')).cursor;
    const compacted = await admin.ok<{ horizon: number }>('POST', '/api/admin/feed/compact', {
      throughSeq: head,
    });
    expect(compacted.horizon).toBe(head);

    const expired = await agent.client.ok<ChangesResponse>('GET', `/api/sync/changes?since=${old}`);
    expect(expired).toMatchObject({ type: 'reset', reason: 'cursor-expired' });
    const ahead = await agent.client.ok<ChangesResponse>(
      'GET',
      `/api/sync/changes?since=${head + 1000}`,
    );
    expect(ahead).toMatchObject({ type: 'reset', reason: 'cursor-unknown' });
    // A cursor at the horizon is still good; the replica recovers through a snapshot.
    expect(
      await agent.client.ok<ChangesResponse>('GET', `/api/sync/changes?since=${head}`),
    ).toMatchObject({
      type: 'changes',
      cursor: head,
    });
    await replica.pull();
    expect(replica.resets).toBe(1);
    expect(replica.contents()).toEqual(await snapshotContents(agent.client));
    const id = unique('after-compaction');
    await putArticle(admin, id);
    await replica.pull();
    expect(replica.ids('article')).toContain(id);
  });

  it('updates articles whose category was deleted, and the category itself', async () => {
    const { admin } = h();
    const cat = unique('cat');
    await admin.ok('PUT', `/api/authoring/categories/${cat}`, { names: { en: 'Temp' } });
    const id = unique('in-cat');
    await putArticle(admin, id, { categoryIds: [cat] });
    const agent = await h().user([member('cards', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    await admin.ok('DELETE', `/api/authoring/categories/${cat}`);
    const items = await changes(replica);
    expect(items).toContainEqual({ op: 'delete', kind: 'category', id: cat });
    const article = replica.records.get(MiniReplica.key('article', id));
    expect(article?.kind === 'article' && article.categoryIds).toEqual([]);
  });
});
